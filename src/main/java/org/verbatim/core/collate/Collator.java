package org.verbatim.core.collate;

import java.util.List;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.quote.Quote;

/** Aligns the versions of one quote group word by word: the stage between grouping and variant places. */
@FunctionalInterface
public interface Collator {

    /**
     * @param cluster the group
     * @param quotes  its quotations, in report order then text order
     */
    Collation collate(Cluster cluster, List<Quote> quotes, Versions versions);

    /** Progressive alignment onto the fullest version; see {@link ProgressiveCollator}. */
    static Collator progressive() {
        return new ProgressiveCollator();
    }
}
