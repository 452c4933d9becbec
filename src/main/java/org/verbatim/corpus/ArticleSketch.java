package org.verbatim.corpus;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What story grouping keeps of an article: small, and the same on one machine and on a cluster.
 *
 * @param index     the article's place in the input
 * @param day       the day it is dated, as an epoch day; {@link #UNDATED} when unknown
 * @param signature its MinHash signature over all its word shingles (see {@link Sketcher})
 * @param narrative the hashes of its shingles outside quotations, sorted, distinct
 * @param quoted    the hashes of its shingles inside quotations, sorted, distinct
 * @param quoteKeys one key per quotation long enough to identify it (the smallest hash of its shingles)
 */
public record ArticleSketch(int index, long day, byte[] signature, int[] narrative, int[] quoted, long[] quoteKeys)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@link #day} of an article whose date is not known. */
    public static final long UNDATED = Long.MIN_VALUE;

    public boolean dated() {
        return day != UNDATED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleSketch s && s.index == index && s.day == day && Arrays.equals(s.signature, signature)
                && Arrays.equals(s.narrative, narrative) && Arrays.equals(s.quoted, quoted)
                && Arrays.equals(s.quoteKeys, quoteKeys);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "ArticleSketch[" + index + ", " + narrative.length + " narrative and " + quoted.length
                + " quoted shingles, " + quoteKeys.length + " quotes]";
    }

    /** How many values two sorted arrays share. */
    static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** The share of the smaller set found in the other; 0 when either is empty. */
    static double containment(int[] a, int[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) shared(a, b) / min;
    }
}
