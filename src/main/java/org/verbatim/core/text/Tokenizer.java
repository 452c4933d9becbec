package org.verbatim.core.text;

import java.util.List;
import org.verbatim.core.model.Span;

/** Splits a report's text into tokens that carry their original offsets. */
@FunctionalInterface
public interface Tokenizer {

    /**
     * @param text   the original text
     * @param hidden spans of it that a reader does not see (left out of the tokens)
     */
    List<Token> tokenize(String text, List<Span> hidden);

    /** ICU word segmentation over the folded comparison text; case kept. */
    static Tokenizer icu() {
        return new IcuTokenizer(false);
    }

    /** ICU word segmentation with case folded in {@link Token#norm()}. */
    static Tokenizer icuIgnoringCase() {
        return new IcuTokenizer(true);
    }
}
