package org.verbatim.core.align;

import java.util.List;
import java.util.Map;
import org.verbatim.core.quote.Quote;

/** Puts every quotation of the story in exactly one group: the stage between finding quotes and collating them. */
@FunctionalInterface
public interface QuoteGrouper {

    /**
     * @param quotes every quotation by id, in report order then text order; a stage may replace a quotation by
     *               a corrected one (a term that turns out to be speech), in place
     * @return the groups, every quotation in exactly one
     */
    List<Cluster> group(Map<String, Quote> quotes, Story story);

    /** Speech aligned by {@link QuoteAligner#standard()}, then terms, split halves and singles; see the class. */
    static QuoteGrouper standard() {
        return new StandardGrouper(QuoteAligner.standard());
    }
}
