package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links every pair of units that a {@link LinkRule} accepts and returns the connected groups. Candidate pairs
 * come from {@link Candidates} (an inverted index of stems; pairs sharing at least two), so the cost follows
 * the number of pairs that share words rather than the square of the number of units.
 *
 * <p>Pairs are joined best first, and a join that would put together two statements that two reports each print
 * apart is refused: when a speaker says two similar things moments apart and each report prints both, each
 * version goes with its own statement, not all four together. Two units of one report link directly only when they are
 * verbatim copies (a report that quotes a post and then embeds it), or when one is a few words of the other.
 */
final class LinkingAligner implements QuoteAligner {

    /** A unit this long or longer counts as a statement of its own in its report (a fragment does not). */
    private static final int STATEMENT_WORDS = 6;

    private final LinkRule rule;

    LinkingAligner(LinkRule rule) {
        this.rule = rule;
    }

    private record Pair(int a, int b, double score) {}

    @Override
    public List<List<Unit>> align(List<Unit> units, Similarity similarity) {
        Candidates candidates = new Candidates(units, 2);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j : candidates.of(i)) {
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
                if (a.reportId().equals(b.reportId()) && !(r == Relation.VERBATIM && s.coverMax() >= 0.6
                        && (partOf(a.words(), b.words()) || partOf(b.words(), a.words())))) {
                    continue; // in one report only a copy or a fragment of the same words links
                }
                pairs.add(new Pair(i, j, s.coverMin() + s.coverMax() + s.run() / 100.0));
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        UnionFind sets = new UnionFind(units.size());
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ra = sets.find(p.a());
            int rb = sets.find(p.b());
            if (ra == rb || twoStatementsOfOneReport(units, members.get(ra), members.get(rb))) {
                continue;
            }
            sets.union(ra, rb);
            int root = sets.find(ra);
            int other = root == ra ? rb : ra;
            members.get(root).addAll(members.get(other));
            members.get(other).clear();
        }
        return sets.groups(units);
    }

    /** {@code part}'s words stand, one after another, in {@code whole}. */
    private static boolean partOf(List<String> part, List<String> whole) {
        return java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /**
     * Whether joining the two groups would put together two statements that two reports each print apart: a
     * speaker said two similar things, and each report quotes both. A report's fragment of its own quote (a
     * headline) and a word-for-word copy (a post quoted, then embedded) are not a second statement; one word more
     * in the middle ("We still believe …" after "We believe …") is.
     */
    private static boolean twoStatementsOfOneReport(List<Unit> units, List<Integer> x, List<Integer> y) {
        java.util.Set<String> reports = new java.util.HashSet<>();
        for (int i : x) {
            Unit a = units.get(i);
            if (a.words().size() < STATEMENT_WORDS || reports.contains(a.reportId())) {
                continue;
            }
            for (int j : y) {
                Unit b = units.get(j);
                boolean oneUtterance = a.group() != null && a.group().equals(b.group());
                // a fragment of a standalone quote (a headline) is the same statement; a part of a longer
                // utterance is compared as the utterance it belongs to, which the other does not hold
                boolean fragment = a.group() == null && b.group() == null
                        && (partOf(a.words(), b.words()) || partOf(b.words(), a.words()));
                if (!oneUtterance && b.reportId().equals(a.reportId()) && b.words().size() >= STATEMENT_WORDS
                        && !fragment) {
                    reports.add(a.reportId());
                    break;
                }
            }
        }
        return reports.size() >= 2;
    }
}
