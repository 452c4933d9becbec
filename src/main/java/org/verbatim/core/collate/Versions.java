package org.verbatim.core.collate;

import java.util.List;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.text.Token;

/** What collation needs to know about the quotations it aligns. */
public interface Versions {

    /** The tokens of {@code q} that are compared: its words, less any other speaker's words nested in it. */
    List<Token> tokens(Quote q);

    /** The original text of a report. */
    String text(String reportId);

    /** A stable identity of a report's content (its hash), for orders that must not depend on report order. */
    String identity(String reportId);

    /**
     * Whether the story says its quotations were spoken or written in another language and translated ("speaking
     * in French", "translated from German"): then versions that reword each other are translations.
     */
    default boolean translated() {
        return false;
    }

    /** A quotation of the group, by id. */
    Quote quote(String quoteId);
}
