package org.verbatim.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.verbatim.core.align.UnionFind;

/**
 * Groups articles into stories: every article in exactly one (a story may be one article). Candidate pairs come
 * from {@link CandidateKeys}; a candidate pair that {@link GroupingSettings#confirms} joins the two articles'
 * stories; the stories are the connected groups. A pair whose articles are already joined through others is not
 * weighed again, which changes nothing in the groups and keeps a story of a hundred wire copies near-linear.
 */
public final class StoryGrouper {

    private static final int INDEX_BITS = 64 - CandidateKeys.KEY_BITS;

    private final CandidateKeys keys;
    private final GroupingSettings settings;

    public StoryGrouper(CandidateKeys keys, GroupingSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    /** The stories of {@code sketches}, where {@code sketches.get(i).index() == i}. */
    public List<Story> group(List<ArticleSketch> sketches, BooleanSupplier cancelled) {
        int n = sketches.size();
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("more than " + (1 << INDEX_BITS) + " articles: use the Spark job");
        }
        long[] entries = buckets(sketches);
        UnionFind sets = new UnionFind(n);
        int from = 0;
        while (from < entries.length) {
            if (cancelled.getAsBoolean()) {
                return List.of();
            }
            long key = entries[from] >>> INDEX_BITS;
            int to = from + 1;
            while (to < entries.length && entries[to] >>> INDEX_BITS == key) {
                to++;
            }
            if (to - from <= settings.maxBucket()) {
                joinBucket(entries, from, to, sketches, sets);
            }
            from = to;
        }
        long[] days = new long[n];
        for (ArticleSketch s : sketches) {
            days[s.index()] = s.day();
        }
        return stories(components(sets, n), days);
    }

    /** Every (key, article) as one long, key in the high bits, sorted: a bucket is a run of equal keys. */
    private long[] buckets(List<ArticleSketch> sketches) {
        long[][] perArticle = new long[sketches.size()][];
        int total = 0;
        for (ArticleSketch s : sketches) {
            long[] k = Arrays.stream(keys.of(s)).distinct().toArray();
            perArticle[s.index()] = k;
            total += k.length;
        }
        long[] entries = new long[total];
        int e = 0;
        for (int i = 0; i < perArticle.length; i++) {
            for (long k : perArticle[i]) {
                entries[e++] = k << INDEX_BITS | i;
            }
        }
        Arrays.sort(entries);
        return entries;
    }

    private void joinBucket(long[] entries, int from, int to, List<ArticleSketch> sketches, UnionFind sets) {
        long mask = (1L << INDEX_BITS) - 1;
        for (int x = from; x < to; x++) {
            int a = (int) (entries[x] & mask);
            for (int y = x + 1; y < to; y++) {
                int b = (int) (entries[y] & mask);
                if (sets.find(a) != sets.find(b) && settings.confirms(sketches.get(a), sketches.get(b))) {
                    sets.union(a, b);
                }
            }
        }
    }

    private static List<List<Integer>> components(UnionFind sets, int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return sets.groups(all);
    }

    /**
     * Stories from groups of article indexes: members earliest first, stories in order of their earliest
     * member, numbered s1, s2, ...; the order {@link Story} documents, wherever the groups were found.
     *
     * @param days per article index, its {@link ArticleSketch#day()}
     */
    public static List<Story> stories(List<List<Integer>> groups, long[] days) {
        Comparator<Integer> byDate = Comparator.comparingLong((Integer i) -> sortDay(days[i]))
                .thenComparingInt(i -> i);
        List<List<Integer>> sorted = new ArrayList<>();
        for (List<Integer> g : groups) {
            List<Integer> members = new ArrayList<>(g);
            members.sort(byDate);
            sorted.add(members);
        }
        sorted.sort(Comparator.comparing((List<Integer> g) -> g.get(0), byDate));
        List<Story> out = new ArrayList<>(sorted.size());
        for (List<Integer> g : sorted) {
            out.add(new Story("s" + (out.size() + 1), g));
        }
        return out;
    }

    private static long sortDay(long day) {
        return day != ArticleSketch.UNDATED ? day : Long.MAX_VALUE;
    }
}
