package org.verbatim.core.align;

import java.util.List;

/**
 * Links every pair of units that a {@link LinkRule} accepts and returns the connected groups. Candidate pairs
 * come from {@link Candidates} (an inverted index of stems; pairs sharing at least two), so the cost follows
 * the number of pairs that share words rather than the square of the number of units. Two units of one report link only when they are verbatim copies
 * (a report that quotes a post and then embeds it).
 */
final class LinkingAligner implements QuoteAligner {

    private final LinkRule rule;

    LinkingAligner(LinkRule rule) {
        this.rule = rule;
    }

    @Override
    public List<List<Unit>> align(List<Unit> units, Similarity similarity) {
        UnionFind sets = new UnionFind(units.size());
        Candidates candidates = new Candidates(units, 2);
        for (int i = 0; i < units.size(); i++) {
            for (int j : candidates.of(i)) {
                if (sets.find(i) == sets.find(j)) {
                    continue; // already linked through others: the group is what counts
                }
                Unit a = units.get(i);
                Unit b = units.get(j);
                if (a.group() != null && a.group().equals(b.group())) {
                    continue;
                }
                Similarity.Score s = similarity.score(a, b);
                Relation r = rule.relate(a, b, s, a.agreement(b));
                if (r == null) {
                    continue;
                }
                if (a.reportId().equals(b.reportId()) && !(r == Relation.VERBATIM && s.coverMax() >= 0.6)) {
                    continue;
                }
                sets.union(i, j);
            }
        }
        return sets.groups(units);
    }
}
