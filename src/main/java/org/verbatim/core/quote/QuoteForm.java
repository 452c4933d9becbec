package org.verbatim.core.quote;

/** How a quotation is set in the text. */
public enum QuoteForm {
    /** Between quotation marks. */
    MARKED,
    /** A social-media post pasted into the page without marks, recognised by its embed line. */
    EMBEDDED_POST,
    /** A block quotation (markdown "&gt;" lines). */
    BLOCK,
    /** A span the user marked as a quotation. */
    USER
}
