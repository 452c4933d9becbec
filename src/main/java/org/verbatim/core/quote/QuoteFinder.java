package org.verbatim.core.quote;

import java.util.List;
import org.verbatim.core.clutter.Excluded;
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

    /** Marked quotes in every common style, embedded posts and block quotes, with attributions. */
    static QuoteFinder standard() {
        return new StandardQuoteFinder();
    }
}
