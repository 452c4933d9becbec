package org.verbatim.ui.highlight;

import java.util.Objects;

/**
 * One styled range of a report's text, independent of any view technology.
 *
 * <p>{@code start} and {@code end} are UTF-16 char offsets into the report text, end exclusive (the same
 * indexes as {@link String} and {@link org.verbatim.core.model.Span}). Ranges may overlap; where they do,
 * the classes combine. Ranges outside the text are clamped when styles are built, so an offset past the end
 * is not an error here.
 *
 * @param styleClass one CSS style class, or several separated by spaces (for example {@code "quote quote-2"});
 *                   see {@link HighlightStyles} for the classes the stylesheet knows
 */
public record Highlight(int start, int end, String styleClass) {

    public Highlight {
        Objects.requireNonNull(styleClass, "styleClass");
        if (styleClass.isBlank()) {
            throw new IllegalArgumentException("blank style class");
        }
        if (end < start) {
            throw new IllegalArgumentException("highlight ends before it starts: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
