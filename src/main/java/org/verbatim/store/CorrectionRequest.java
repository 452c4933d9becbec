package org.verbatim.store;

import org.verbatim.core.model.Span;

/**
 * A correction the user asks for, naming quotations and groups as the current comparison calls them ("q7",
 * "c2"); the store anchors it to the words and keeps it. See {@link ProjectStore#correct}.
 */
public sealed interface CorrectionRequest {

    /** The words at {@code span} of a report are a quotation the engine missed. */
    record MarkQuote(String reportId, Span span) implements CorrectionRequest {}

    /** A found quotation is not a quotation. */
    record NotAQuote(String quoteId) implements CorrectionRequest {}

    /** A found quotation is a quoted term, nobody's words. */
    record Term(String quoteId) implements CorrectionRequest {}

    /** The quotation's speaker is {@code speaker}; null clears it (nobody is named). Replaces an earlier one. */
    record Speaker(String quoteId, String speaker) implements CorrectionRequest {}

    /** The quotation goes out of its group, into one of its own. */
    record Alone(String quoteId) implements CorrectionRequest {}

    /** The quotation goes out of its group into group {@code clusterId}. */
    record Move(String quoteId, String clusterId) implements CorrectionRequest {}

    /** Two groups are one. */
    record Merge(String clusterId, String otherClusterId) implements CorrectionRequest {}
}
