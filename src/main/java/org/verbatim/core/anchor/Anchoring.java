package org.verbatim.core.anchor;

import java.util.Optional;

/**
 * Re-anchoring: finds where an annotation belongs in a text that may have been edited or re-imported since the
 * annotation was made.
 */
@FunctionalInterface
public interface Anchoring {

    /**
     * @param text   the report's current text
     * @param anchor what the annotation remembers of the text it was made on
     * @return where the annotation belongs now, or empty when it cannot be placed with confidence (the caller lists
     *         it as orphaned)
     */
    Optional<Located> locate(String text, Anchor anchor);

    /**
     * The default, after the W3C selectors and Hypothesis's anchoring: the stored position if it still holds the
     * quote, else the best exact occurrence of the quote by context and position, else the best approximate match,
     * if it scores well enough. See {@code QuoteAnchoring} for the scores and thresholds.
     *
     * @return the standard anchoring, which keeps no state and may be shared
     */
    static Anchoring standard() {
        return QuoteAnchoring.STANDARD;
    }
}
