package org.verbatim.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story grouping scored the usual way for clustering: over every pair of articles, is the pair in one story in
 * the truth, and in the grouping? Precision: of the pairs grouped together, the share that belong together;
 * recall: of the pairs that belong together, the share grouped together.
 */
public record PairwiseScore(long truePairs, long foundPairs, long bothPairs) {

    public double precision() {
        return foundPairs == 0 ? 1 : (double) bothPairs / foundPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) bothPairs / truePairs;
    }

    /** @param truth per article, its true story; found: per article (same order), the story it was put in */
    public static PairwiseScore of(List<?> truth, List<?> found) {
        if (truth.size() != found.size()) {
            throw new IllegalArgumentException(truth.size() + " articles in the truth, " + found.size() + " grouped");
        }
        Map<Object, Long> t = new HashMap<>();
        Map<Object, Long> f = new HashMap<>();
        Map<List<Object>, Long> both = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            t.merge(truth.get(i), 1L, Long::sum);
            f.merge(found.get(i), 1L, Long::sum);
            both.merge(List.of(truth.get(i), found.get(i)), 1L, Long::sum);
        }
        return new PairwiseScore(pairs(t), pairs(f), pairs(both));
    }

    private static long pairs(Map<?, Long> counts) {
        long n = 0;
        for (long c : counts.values()) {
            n += c * (c - 1) / 2;
        }
        return n;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f, recall %.4f (%d true pairs, %d found, %d both)",
                precision(), recall(), truePairs, foundPairs, bothPairs);
    }
}
