package org.verbatim.core.quote;

import java.util.List;
import org.verbatim.core.model.Span;

/**
 * One quotation found in one report.
 *
 * @param id          unique within the comparison ("q7")
 * @param reportId    the report it is in
 * @param span        the quoted words, without the quotation marks, in the report's original text
 * @param ownSpans    the parts of {@code span} that are this speaker's own words: {@code span} minus the
 *                    quotations nested in it (a spokesman's words around the president's)
 * @param text        the original text of {@code span}
 * @param kind        speech or term
 * @param form        between marks, an embedded post, or a block quote
 * @param attribution speaker and verb
 * @param openMark    the opening mark's span; null for unmarked forms
 * @param closeMark   the closing mark's span; null when the quote runs on past its paragraph or is unmarked
 * @param parentId    the quotation this one is nested in; null at top level
 * @param utteranceId the id of the first part of the utterance this is part of (a quote that runs over
 *                    several paragraphs, or is split by its attribution); equal to {@code id} for a first part
 * @param excluded    true when it lies in text excluded from the comparison (page clutter)
 */
public record Quote(String id, String reportId, Span span, List<Span> ownSpans, String text, QuoteKind kind,
                    QuoteForm form, Attribution attribution, Span openMark, Span closeMark, String parentId,
                    String utteranceId, boolean excluded) {

    public Quote {
        ownSpans = List.copyOf(ownSpans);
    }

    public String speaker() {
        return attribution.speaker();
    }

    /** The same quotation as speech: a quoted term that turned out to repeat somebody's words. */
    public Quote asSpeech() {
        return new Quote(id, reportId, span, ownSpans, text, QuoteKind.SPEECH, form, attribution, openMark, closeMark,
                parentId, utteranceId, excluded);
    }

    public boolean isSpeech() {
        return kind == QuoteKind.SPEECH;
    }
}
