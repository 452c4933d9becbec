package org.verbatim.core.align;

import java.util.List;

/**
 * Quotations that render the same utterance. Every quotation is in exactly one cluster; a quotation that
 * no other report renders is a cluster of its own.
 *
 * @param id       "c1", "c2", ... in order of first appearance
 * @param quoteIds the quotations (one or more), in report order then text order
 */
public record Cluster(String id, List<String> quoteIds) {
    public Cluster {
        quoteIds = List.copyOf(quoteIds);
    }

    /** More than one quotation: something to compare. */
    public boolean isGroup() {
        return quoteIds.size() > 1;
    }
}
