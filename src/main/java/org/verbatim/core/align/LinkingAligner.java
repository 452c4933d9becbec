package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links every pair of units that a {@link LinkRule} accepts and returns the connected groups. Candidate pairs
 * come from an inverted index of stems, so the cost follows the number of pairs that share a word rather
 * than the square of the number of units. Two units of one report link only when they are verbatim copies
 * (a report that quotes a post and then embeds it).
 */
final class LinkingAligner implements QuoteAligner {

    /** Stems in more than this share of the units are too common to propose pairs on their own. */
    private static final double COMMON = 0.5;

    private final LinkRule rule;

    LinkingAligner(LinkRule rule) {
        this.rule = rule;
    }

    @Override
    public List<List<Unit>> align(List<Unit> units, Similarity similarity) {
        UnionFind sets = new UnionFind(units.size());
        for (int[] pair : candidates(units)) {
            Unit a = units.get(pair[0]);
            Unit b = units.get(pair[1]);
            if (a.group() != null && a.group().equals(b.group())) {
                continue;
            }
            Similarity.Score s = similarity.score(a, b);
            Relation r = rule.relate(a, b, s, Speakers.agreement(a.speaker(), b.speaker()));
            if (r == null) {
                continue;
            }
            if (a.reportId().equals(b.reportId()) && !(r == Relation.VERBATIM && s.coverMax() >= 0.6)) {
                continue;
            }
            sets.union(pair[0], pair[1]);
        }
        return sets.groups(units);
    }

    /** Pairs of units that share at least one stem that is not too common. */
    private static List<int[]> candidates(List<Unit> units) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (String s : units.get(i).stems()) {
                index.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        int limit = Math.max(8, (int) (units.size() * COMMON));
        Set<Long> seen = new java.util.HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (List<Integer> posting : index.values()) {
            if (posting.size() > limit) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int i = posting.get(x);
                    int j = posting.get(y);
                    if (seen.add((long) i * units.size() + j)) {
                        out.add(new int[] {i, j});
                    }
                }
            }
        }
        out.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        return out;
    }

}
