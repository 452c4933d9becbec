package org.verbatim.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.ContentWords;
import org.verbatim.core.text.Paragraphs;
import org.verbatim.core.text.Sentences;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

/** How the standard link rule relates two renderings, with weights from the story's sentences. */
class LinkRuleTest {

    private static final String STORY = """
            The Swiss energy minister hit back at Berlin on Tuesday over plans to limit electricity exports.

            Germany said the plan would protect its own grid during the coldest weeks of the year.

            Swiss officials said talks would continue in Bern next month.
            """;

    private static final String ORIGINAL = "We will not accept being treated as a second-class neighbour when it comes"
            + " to electricity supplies this winter.";

    private final ContentWords words = new ContentWords();

    private Unit unit(String id, String text) {
        List<Token> tokens = Tokenizer.icu().tokenize(text, List.of());
        return Unit.of(id, id, new Span(0, text.length()), tokens, words, null, null);
    }

    /** The relation of two versions, weighed over the story plus the two versions themselves. */
    private Relation relate(String a, String b, boolean speakersDiffer) {
        List<Set<String>> documents = new ArrayList<>();
        Sentences sentences = new Sentences();
        for (Span p : Paragraphs.of(STORY)) {
            for (Span s : sentences.of(STORY, p)) {
                documents.add(unit("s", s.of(STORY)).stems());
            }
        }
        Unit ua = unit("a", a);
        Unit ub = unit("b", b);
        documents.add(ua.stems());
        documents.add(ub.stems());
        Similarity similarity = Similarity.over(documents);
        return LinkRule.standard().relate(ua, ub, similarity.score(ua, ub),
                speakersDiffer ? Speakers.Agreement.CLEARLY_DIFFERENT : Speakers.Agreement.SAME_OR_UNKNOWN);
    }

    @Test
    void aCopyIsVerbatim() {
        assertThat(relate(ORIGINAL, ORIGINAL, false)).isEqualTo(Relation.VERBATIM);
    }

    @Test
    void aFragmentOfFiveWordsOrMoreIsVerbatim() {
        assertThat(relate(ORIGINAL, "a second-class neighbour when it comes to electricity supplies", false))
                .isEqualTo(Relation.VERBATIM);
    }

    @Test
    void aFewWordsChangedIsEdited() {
        assertThat(relate(ORIGINAL, "We shall not accept being treated as a second-class partner when it comes to"
                + " power supplies this winter.", false))
                .isEqualTo(Relation.EDITED);
    }

    @Test
    void anotherTranslationWithModerateOverlapIsReworded() {
        assertThat(relate(ORIGINAL, "Switzerland refuses to be handled like a second-rate neighbour on electricity"
                + " supplies during the winter.", false))
                .isEqualTo(Relation.REWORDED);
    }

    @Test
    void anotherTranslationFromAnotherSpeakerIsNoRelation() {
        assertThat(relate(ORIGINAL, "Switzerland refuses to be handled like a second-rate neighbour on electricity"
                + " supplies during the winter.", true))
                .isNull();
    }

    @Test
    void aCopyFromAnotherSpeakerIsStillVerbatim() {
        assertThat(relate(ORIGINAL, ORIGINAL, true)).isEqualTo(Relation.VERBATIM);
    }

    @Test
    void sharingAStockPhraseIsNoRelation() {
        assertThat(relate("I look forward to working with the whole team to rebuild trust with our customers.",
                "I look forward to working with regulators in Brussels on a fair deal for small suppliers.", false))
                .isNull();
    }
}
