package org.verbatim.core.align;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much two units say the same: content-stem overlap weighted by rarity (inverse document frequency over
 * the story's sentences), and the longest run of words they share verbatim.
 */
public final class Similarity {

    /**
     * @param coverMin  weight of the shared stems over the lighter unit's weight (1.0: the shorter is contained)
     * @param coverMax  the same over the heavier unit's weight (1.0: both say the same)
     * @param shared    number of shared stems
     * @param fewest    stems of the unit with fewer
     * @param run       longest common run of words, verbatim
     * @param shortest  words of the shorter unit
     */
    public record Score(double coverMin, double coverMax, int shared, int fewest, int run, int shortest) {}

    /** Stems that agree on this many leading letters count as one. */
    private static final int PREFIX = 6;

    private final Map<String, Double> idf;
    private final double unseen;

    private Similarity(Map<String, Double> idf, double unseen) {
        this.idf = idf;
        this.unseen = unseen;
    }

    /** Weights from document frequencies over {@code documents} (each a set of stems). */
    public static Similarity over(Collection<? extends Set<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> d : documents) {
            for (String s : d) {
                df.merge(s, 1, Integer::sum);
            }
        }
        int n = Math.max(1, documents.size());
        Map<String, Double> idf = new HashMap<>(df.size() * 2);
        df.forEach((s, f) -> idf.put(s, Math.log(1.0 + (double) n / f)));
        return new Similarity(idf, Math.log(1.0 + n));
    }

    public double weight(String stem) {
        return idf.getOrDefault(stem, unseen);
    }

    public double weight(Set<String> stems) {
        double w = 0;
        for (String s : stems) {
            w += weight(s);
        }
        return w;
    }

    public Score score(Unit a, Unit b) {
        return score(a, b, true);
    }

    /**
     * The score; {@code withRun} false leaves the longest shared run at 0 (it is the costly part, and sentence
     * linking does not use it).
     */
    public Score score(Unit a, Unit b, boolean withRun) {
        Set<String> small = a.stems().size() <= b.stems().size() ? a.stems() : b.stems();
        Set<String> large = small == a.stems() ? b.stems() : a.stems();
        double shared = 0;
        int n = 0;
        for (String s : small) {
            if (large.contains(s) || sharesPrefix(s, large)) {
                shared += weight(s);
                n++;
            }
        }
        double wa = weight(a.stems());
        double wb = weight(b.stems());
        double min = Math.min(wa, wb);
        double max = Math.max(wa, wb);
        return new Score(min == 0 ? 0 : shared / min, max == 0 ? 0 : shared / max, n,
                Math.min(a.stems().size(), b.stems().size()), withRun ? longestRun(a.words(), b.words()) : 0,
                Math.min(a.words().size(), b.words().size()));
    }

    /** Stems of one word family that the stemmer left apart: "precaut" and "precautionari". */
    private static boolean sharesPrefix(String stem, Set<String> others) {
        if (stem.length() < PREFIX) {
            return false;
        }
        for (String o : others) {
            if (o.length() >= PREFIX && o.regionMatches(0, stem, 0, PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** Longest common contiguous run of words (dynamic programming, one row). */
    static int longestRun(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        int best = 0;
        for (int i = 1; i <= a.size(); i++) {
            String x = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) {
                    best = cur[j];
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            java.util.Arrays.fill(cur, 0);
        }
        return best;
    }
}
