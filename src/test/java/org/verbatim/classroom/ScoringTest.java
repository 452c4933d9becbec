package org.verbatim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;
import org.verbatim.store.StudentMark;

/** Marks against the key: the right words give or take one, the right reports, missing there. */
class ScoringTest {

    private static final String A = "Elton John wrote: \"I look to forward to meeting with you face-to-face.\"";
    private static final String B = "Elton John wrote: \"I look forward to meeting with you face-to-face.\"";
    private static final Map<String, String> TEXTS = Map.of("r1", A, "r2", B, "r3", B);

    /** The key: "to" in r1, missing in r2, right after "look". */
    private static final AnswerKey.Item TO = new AnswerKey.Item("f1", "r1", A.indexOf("to forward"),
            A.indexOf("to forward") + 2, "to", "r2", B.indexOf(" forward"), B.indexOf(" forward"), "",
            "word-deleted", "Instagram's typo, silently corrected");
    private static final AnswerKey KEY = new AnswerKey(List.of(TO));

    private static Span in(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static StudentMark mark(String ra, Span a, String rb, Span b, String kind) {
        return new StudentMark(1, ra, a, "", rb, b, "", kind, "why");
    }

    private static Scoring.Score score(StudentMark... marks) {
        return Scoring.standard().score(KEY, List.of(marks), TEXTS);
    }

    @Test
    void theExactWordsAndMissingThereAreFound() {
        Scoring.Score s = score(mark("r1", new Span(TO.startA(), TO.endA()), "r2", null, "word-deleted"));

        assertThat(s.found()).hasSize(1);
        assertThat(s.kindsRight()).isEqualTo(1);
        assertThat(s.summary()).isEqualTo("1 of 1 found, 0 extra, kind right for 1 of 1");
    }

    @Test
    void aWordMoreOnEitherSideStillCounts() {
        assertThat(score(mark("r1", in(A, "look to forward"), "r2", null, "word-deleted")).found()).hasSize(1);
    }

    @Test
    void twoWordsMoreDoNot() {
        assertThat(score(mark("r1", in(A, "I look to forward"), "r2", null, "word-deleted")).found()).isEmpty();
    }

    @Test
    void theOtherWayRoundCountsToo() {
        assertThat(score(mark("r2", in(B, "look forward"), "r1", new Span(TO.startA(), TO.endA()), "word-inserted"))
                .found()).hasSize(1);
    }

    @Test
    void theRightWordsAgainstTheWrongReportAreExtra() {
        Scoring.Score s = score(mark("r1", new Span(TO.startA(), TO.endA()), "r3", null, "word-deleted"));

        assertThat(s.found()).isEmpty();
        assertThat(s.extra()).hasSize(1);
        assertThat(s.missed()).containsExactly(TO);
    }

    @Test
    void theWrongKindIsFoundButCountedAsAWrongKind() {
        Scoring.Score s = score(mark("r1", new Span(TO.startA(), TO.endA()), "r2", null, "typographic"));

        assertThat(s.found()).hasSize(1);
        assertThat(s.kindsRight()).isZero();
    }

    @Test
    void oneMarkFindsOneItemOnly() {
        AnswerKey twice = new AnswerKey(List.of(TO, TO));

        Scoring.Score s = Scoring.standard().score(twice,
                List.of(mark("r1", new Span(TO.startA(), TO.endA()), "r2", null, "word-deleted")), TEXTS);

        assertThat(s.found()).hasSize(1);
        assertThat(s.missed()).hasSize(1);
    }

    @Test
    void wordsAreCountedAsAReaderWould() {
        assertThat(Scoring.words("face-to-face, don't", new Span(0, 19))).isEqualTo(2);
        assertThat(Scoring.words(" , ", new Span(0, 3))).isZero();
    }
}
