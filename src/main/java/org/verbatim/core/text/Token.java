package org.verbatim.core.text;

import org.verbatim.core.model.Span;

/**
 * One token of a report.
 *
 * @param start   first char of the token in the report's original text
 * @param end     one past its last char in the original text
 * @param surface the original characters, exactly as printed
 * @param norm    the comparison form: typography folded, NFKC, and case-folded when the settings ask
 * @param type    word, number, punctuation or symbol
 */
public record Token(int start, int end, String surface, String norm, TokenType type) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWordLike() {
        return type == TokenType.WORD || type == TokenType.NUMBER;
    }

    @Override
    public String toString() {
        return surface;
    }
}
