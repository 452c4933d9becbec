package org.verbatim.core.diff;

import org.verbatim.core.model.Span;

/**
 * A classified difference between two renderings of one utterance, ready to annotate.
 *
 * @param id          "d1", "d2", ... in output order
 * @param clusterId   the group the two quotations belong to
 * @param kind        what changed
 * @param severity    cosmetic or substantive
 * @param fingerprint a hash that stays the same when the same reports are compared again
 * @param a           the reference version's side
 * @param b           the other version's side
 */
public record Discrepancy(String id, String clusterId, DiffKind kind, Severity severity, String fingerprint,
                          Side a, Side b) {

    /**
     * One side of a discrepancy.
     *
     * @param quoteId  the quotation
     * @param reportId its report
     * @param span     the differing words (empty at an insertion point)
     * @param text     the original text of {@code span}
     */
    public record Side(String quoteId, String reportId, Span span, String text) {}
}
