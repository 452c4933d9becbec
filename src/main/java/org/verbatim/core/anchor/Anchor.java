package org.verbatim.core.anchor;

import java.util.Objects;
import org.verbatim.core.model.Span;

/**
 * What an annotation remembers of the text it was made on, so that it can find its place again after the text is
 * edited or re-imported: the quote with its context, and the position it had.
 *
 * @param quote    the selected text, with up to {@value #CONTEXT_LENGTH} chars of context on each side
 * @param position where the selection was; its length is the length of {@code quote.exact()}
 */
public record Anchor(TextQuoteSelector quote, TextPositionSelector position) {

    /** Chars of prefix and of suffix that {@link #describe} keeps, as Hypothesis does. */
    public static final int CONTEXT_LENGTH = 32;

    public Anchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(position, "position");
        if (position.length() != quote.exact().length()) {
            throw new IllegalArgumentException("position " + position.span() + " does not fit the "
                    + quote.exact().length() + " chars of the quote");
        }
    }

    /**
     * Describes a non-empty span of a text: its exact text, up to {@value #CONTEXT_LENGTH} chars before and after it
     * (fewer at the ends of the text, and one fewer where the cut would split a surrogate pair), and its position.
     *
     * @param text the text the annotation is made on
     * @param span the annotated range of {@code text}
     * @return the anchor to store with the annotation
     * @throws IllegalArgumentException when the span is empty or does not lie inside the text
     */
    public static Anchor describe(String text, Span span) {
        if (span.isEmpty() || span.end() > text.length()) {
            throw new IllegalArgumentException("cannot anchor " + span + " in a text of " + text.length() + " chars");
        }
        int prefixStart = Math.max(0, span.start() - CONTEXT_LENGTH);
        if (Character.isLowSurrogate(text.charAt(prefixStart)) && prefixStart > 0
                && Character.isHighSurrogate(text.charAt(prefixStart - 1))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), span.end() + CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isLowSurrogate(text.charAt(suffixEnd))
                && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd--;
        }
        TextQuoteSelector quote = new TextQuoteSelector(
                span.of(text), text.substring(prefixStart, span.start()), text.substring(span.end(), suffixEnd));
        return new Anchor(quote, TextPositionSelector.of(span));
    }
}
