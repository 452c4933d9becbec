package org.verbatim.corpus;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The buckets an article falls into: one per LSH band of its signature, one per quotation key. Two articles in
 * one bucket are a candidate pair. A key is {@value #KEY_BITS} bits: which band (or "a quotation") in the top
 * bits, a hash of the band's values (or of the quotation key) below, so that one machine and a cluster sort the
 * same keys into the same buckets.
 */
public final class CandidateKeys {

    /** Bits of a key; the rest of a long is free for an article's index when packing. */
    public static final int KEY_BITS = 38;
    private static final int KIND_BITS = 6;
    private static final long HASH_MASK = (1L << (KEY_BITS - KIND_BITS)) - 1;
    /** The kind of a quotation's key; bands are 0..{@value #QUOTE_KIND}-1. */
    private static final long QUOTE_KIND = (1L << KIND_BITS) - 1;

    private final Sketcher sketcher;
    private final GroupingSettings settings;
    private final Hasher64 hasher = Hashing.komihash5_0();

    public CandidateKeys(Sketcher sketcher, GroupingSettings settings) {
        if (sketcher.components() < settings.components()) {
            throw new IllegalArgumentException("signatures of " + sketcher.components() + " values cannot fill "
                    + settings.bands() + " bands of " + settings.rows());
        }
        this.sketcher = sketcher;
        this.settings = settings;
    }

    /** Every bucket key of the article, bands first; may repeat a key. */
    public long[] of(ArticleSketch s) {
        int bands = settings.bands();
        int rows = settings.rows();
        long[] out = new long[bands + s.quoteKeys().length];
        for (int b = 0; b < bands; b++) {
            HashStream64 h = hasher.hashStream();
            for (int r = 0; r < rows; r++) {
                h.putLong(sketcher.component(s.signature(), b * rows + r));
            }
            out[b] = key(b, h.getAsLong());
        }
        for (int q = 0; q < s.quoteKeys().length; q++) {
            out[bands + q] = key(QUOTE_KIND, hasher.hashLongToLong(s.quoteKeys()[q]));
        }
        return out;
    }

    private static long key(long kind, long hash) {
        return kind << (KEY_BITS - KIND_BITS) | hash & HASH_MASK;
    }
}
