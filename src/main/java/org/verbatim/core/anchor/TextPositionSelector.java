package org.verbatim.core.anchor;

import org.verbatim.core.model.Span;

/**
 * The W3C Web Annotation {@code TextPositionSelector}: where the selection was, as a half-open range
 * {@code [start, end)}.
 *
 * <p>Like every offset inside Verbatim, {@code start} and {@code end} are UTF-16 char indexes (see {@link Span}). The
 * W3C model counts code points; a writer that exports selectors converts at the edge, as the JSON output does
 * with {@link org.verbatim.core.model.CodePoints}.
 *
 * @param start index of the first selected char
 * @param end   index one past the last selected char
 * @see <a href="https://www.w3.org/TR/annotation-model/#text-position-selector">
 *      W3C Web Annotation Data Model, 4.2.5</a>
 */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad position [" + start + ", " + end + ")");
        }
    }

    /** The selector of a span. */
    public static TextPositionSelector of(Span span) {
        return new TextPositionSelector(span.start(), span.end());
    }

    /** This position as a span. */
    public Span span() {
        return new Span(start, end);
    }

    /** Number of chars selected. */
    public int length() {
        return end - start;
    }
}
