package org.verbatim.corpus;

import java.io.Serializable;

/**
 * How articles are grouped into stories.
 *
 * <p>Candidates: the signature is cut into {@code bands} bands of {@code rows} values; two articles that agree
 * on every value of one band are a candidate pair (locality-sensitive hashing: with 32 bands of 4 rows a pair
 * whose shingles overlap by a Jaccard index of 0.3 is a candidate with probability 0.23, of 0.5 with 0.87, of 0.7
 * with 0.9999). Two articles printing the same long quotation are a candidate pair too. A band or quotation
 * shared by more than {@code maxBucket} articles proposes no pairs (boilerplate, not a story).
 *
 * <p>Confirmation ({@link #confirms}): both dated and more than {@code windowDays} apart: never. Otherwise the
 * share of the shorter article's narrative shingles found in the other ({@code narrative}), and the same for
 * quoted shingles ({@code quoted}); the pair is one story when {@code narrative >= minNarrative}, or when
 * {@code narrative >= minNarrativeWithQuotes} and {@code quoted >= minQuoted}.
 *
 * @param bands                 LSH bands
 * @param rows                  signature values per band; {@code bands * rows} values in a signature
 * @param maxBucket             the largest bucket that still proposes pairs
 * @param windowDays            the most days apart two dated articles of one story can be
 * @param minNarrative          narrative overlap that alone makes a pair one story
 * @param minNarrativeWithQuotes narrative overlap enough when the quotations agree too
 * @param minQuoted             quoted overlap that, with {@code minNarrativeWithQuotes}, makes a pair one story
 */
public record GroupingSettings(int bands, int rows, int maxBucket, int windowDays, double minNarrative,
                               double minNarrativeWithQuotes, double minQuoted) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final GroupingSettings DEFAULTS = new GroupingSettings(32, 4, 5_000, 7, 0.30, 0.12, 0.35);

    public GroupingSettings {
        if (bands < 1 || rows < 1 || bands > 60) {
            throw new IllegalArgumentException("bands must be 1..60 and rows at least 1");
        }
    }

    public int components() {
        return bands * rows;
    }

    public GroupingSettings withWindowDays(int days) {
        return new GroupingSettings(bands, rows, maxBucket, days, minNarrative, minNarrativeWithQuotes, minQuoted);
    }

    /** Whether two candidate articles report one story (symmetric, and the same wherever it runs). */
    public boolean confirms(ArticleSketch a, ArticleSketch b) {
        if (a.dated() && b.dated() && Math.abs(a.day() - b.day()) > windowDays) {
            return false;
        }
        double narrative = ArticleSketch.containment(a.narrative(), b.narrative());
        if (narrative >= minNarrative) {
            return true;
        }
        return narrative >= minNarrativeWithQuotes && ArticleSketch.containment(a.quoted(), b.quoted()) >= minQuoted;
    }
}
