package org.verbatim.core.align;

import java.util.List;

/**
 * Quotations from one or more reports that render the same utterance.
 *
 * @param id       "c1", "c2", ... in order of first appearance
 * @param quoteIds the quotations, in report order then text order
 */
public record Cluster(String id, List<String> quoteIds) {
    public Cluster {
        quoteIds = List.copyOf(quoteIds);
    }
}
