package org.verbatim.core.anchor;

import java.util.Objects;
import org.verbatim.core.model.Span;

/**
 * Where an {@link Anchor} was found in a text, and how.
 *
 * @param span   the annotated range in the new text
 * @param method which stage of {@link Anchoring} found it
 * @param score  how well the place fits the anchor, from 0 to 1: the weighted similarity of the quote, its prefix,
 *               its suffix and its position (1 when all four are unchanged)
 */
public record Located(Span span, Method method, double score) {

    public Located {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(method, "method");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score " + score + " is not in [0, 1]");
        }
    }

    /** The stages of {@link Anchoring}, from the most to the least certain. */
    public enum Method {
        /** The stored position still holds the exact text. */
        POSITION_EXACT,
        /** The exact text was found elsewhere, with its prefix or suffix beside it. */
        EXACT_WITH_CONTEXT,
        /** The exact text was found elsewhere, long enough to stand for itself, but its context has changed. */
        EXACT,
        /** Text close to the exact text was found, with a few chars changed. */
        FUZZY
    }
}
