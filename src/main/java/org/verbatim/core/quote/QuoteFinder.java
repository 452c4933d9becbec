package org.verbatim.core.quote;

import java.util.List;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Span;

/** Finds the quotations of one report and who they are attributed to. */
@FunctionalInterface
public interface QuoteFinder {

    /**
     * @param reportId   the report's id; quote ids are made from it ("r1-q3")
     * @param text       the report's original text
     * @param paragraphs its paragraphs
     * @param excluded   the clutter in it; quotes there are returned flagged as excluded
     */
    List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded);

    /**
     * The quotations with the user's corrections applied: spans marked as quotes added, quotes marked as not
     * quotes dropped, terms made terms, speakers set. A finder that can attribute added quotes overrides this.
     */
    default List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded,
                             Corrections corrections) {
        List<Quote> found = find(reportId, text, paragraphs, excluded);
        return corrections.isEmpty() ? found : QuoteCorrections.apply(reportId, text, found, corrections.of(reportId));
    }

    /** Marked quotes in every common style, embedded posts and block quotes, with attributions. */
    static QuoteFinder standard() {
        return new StandardQuoteFinder();
    }
}
