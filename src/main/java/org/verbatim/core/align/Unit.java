package org.verbatim.core.align;

import java.util.List;
import java.util.Set;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Token;

/**
 * A piece of text to align: a quotation or a sentence, with what alignment compares.
 *
 * @param id       the quote id, or a sentence key
 * @param reportId the report it is in
 * @param span     where it is
 * @param words    its word and number tokens' comparison forms, lower-cased, in order
 * @param stems    the stems of its content words
 * @param speaker  who it is attributed to, or null
 * @param group    units with the same non-null group never align with each other (parts of one utterance,
 *                 a quote and the quote nested in it)
 */
public record Unit(String id, String reportId, Span span, List<String> words, Set<String> stems, String speaker,
                   String group) {

    public static Unit of(String id, String reportId, Span span, List<Token> tokens, Set<String> stems,
                          String speaker, String group) {
        List<String> words = tokens.stream().filter(Token::isWordLike)
                .map(t -> t.norm().toLowerCase(java.util.Locale.ROOT)).toList();
        return new Unit(id, reportId, span, words, Set.copyOf(stems), speaker, group);
    }
}
