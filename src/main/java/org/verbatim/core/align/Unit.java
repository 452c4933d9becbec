package org.verbatim.core.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.ContentWords;
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
 * @param plain    the stems of words printed in lower case: what a sentence says rather than whom it names
 * @param named    the speaker is named beside the quote (not a pronoun or description resolved to a name): strong
 *                 enough evidence to keep two quotations apart
 */
public record Unit(String id, String reportId, Span span, List<String> words, Set<String> stems, String speaker,
                   String group, Set<String> plain, boolean named) {

    public static Unit of(String id, String reportId, Span span, List<Token> tokens, ContentWords content,
                          String speaker, String group) {
        return of(id, reportId, span, tokens, content, speaker, group, speaker != null);
    }

    public static Unit of(String id, String reportId, Span span, List<Token> tokens, ContentWords content,
                          String speaker, String group, boolean named) {
        List<String> words = tokens.stream().filter(Token::isWordLike)
                .map(t -> t.norm().toLowerCase(java.util.Locale.ROOT)).toList();
        Set<String> stems = new HashSet<>();
        Set<String> plain = new HashSet<>();
        for (Token t : tokens) {
            String stem = content.stemOf(t);
            if (stem != null) {
                stems.add(stem);
                if (!Character.isUpperCase(t.surface().charAt(0))) {
                    plain.add(stem);
                }
            }
        }
        return new Unit(id, reportId, span, words, Set.copyOf(stems), speaker, group, Set.copyOf(plain), named);
    }

    /** The same unit in a group whose units never align with each other. */
    public Unit inGroup(String value) {
        return new Unit(id, reportId, span, words, stems, speaker, value, plain, named);
    }

    /** How far the two units' speakers disagree, counting only named speakers as able to differ clearly. */
    public Speakers.Agreement agreement(Unit other) {
        Speakers.Agreement a = Speakers.agreement(speaker, other.speaker);
        return a == Speakers.Agreement.CLEARLY_DIFFERENT && !(named && other.named) ? Speakers.Agreement.WEAKLY_DIFFERENT : a;
    }

    /** Stems of lower-case words that both units have. */
    public int sharedPlain(Unit other) {
        int n = 0;
        for (String s : plain) {
            if (other.plain.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
