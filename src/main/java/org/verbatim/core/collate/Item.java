package org.verbatim.core.collate;

import java.util.Locale;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.TokenType;

/**
 * One thing a witness prints, as collation compares it: a word, a punctuation mark, or an editor's insertion
 * taken whole ("[unvaccinated people]", "(sic)").
 *
 * @param key     what makes two items the same: the word without case or typography, the mark's family
 * @param surface the original characters
 * @param span    where it is in the report's original text
 * @param type    word (numbers too), punctuation (symbols too), or editorial
 * @param quoteId the quotation it is in
 */
record Item(String key, String surface, Span span, Type type, String quoteId) {

    enum Type {
        WORD, PUNCT, EDITORIAL
    }

    /** The key every editorial insertion shares, so that two editors' brackets meet in one column. */
    static final String EDITORIAL_KEY = "[...]";

    static Item of(Token t, String quoteId) {
        Type type = t.isWordLike() ? Type.WORD : Type.PUNCT;
        return new Item(key(t), t.surface(), t.span(), type, quoteId);
    }

    static Item word(Span span, String surface, String key, String quoteId) {
        return new Item(key, surface, span, Type.WORD, quoteId);
    }

    static Item editorial(Span span, String surface, String quoteId) {
        return new Item(EDITORIAL_KEY, surface, span, Type.EDITORIAL, quoteId);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    /** Ends a sentence: a full stop, a question or exclamation mark, an ellipsis. */
    boolean endsSentence() {
        return type == Type.PUNCT && (key.equals(".") || key.equals("!") || key.equals("?") || key.equals("..."));
    }

    private static String key(Token t) {
        String n = t.norm();
        if (t.type() == TokenType.PUNCT || t.type() == TokenType.SYMBOL) {
            if (n.equals("'") || n.equals("\"") || n.equals("`")) {
                return "\""; // every quotation mark is one mark; which one is typography
            }
            if (n.matches("-+")) {
                return "-";
            }
            if (n.matches("\\.{3,}")) {
                return "...";
            }
            return n;
        }
        return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
