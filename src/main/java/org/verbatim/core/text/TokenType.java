package org.verbatim.core.text;

/** What a token is, as far as comparison cares. */
public enum TokenType {
    /** Letters, possibly with inner apostrophes or underscores ("don't", "president_vladimir_putin"). */
    WORD,
    /** Digits, with inner separators ("2,000", "8:11", "3.5"). */
    NUMBER,
    /** Sentence and clause punctuation: . , ; : ! ? ( ) [ ] - and quotation marks. */
    PUNCT,
    /** Anything else that is not a space: {@code @ # % & $}, emoji. */
    SYMBOL
}
