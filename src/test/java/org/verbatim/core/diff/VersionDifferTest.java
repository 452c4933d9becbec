package org.verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

/** One test per kind of difference between two versions of a quotation, with the spans each one marks. */
class VersionDifferTest {

    /** "KIND | a: "…" | b: "…"" for every difference, each side the original text of its span. */
    private static String diff(Tokenizer tokenizer, String a, String b, boolean reworded) {
        List<Token> ta = tokenizer.tokenize(a, List.of());
        List<Token> tb = tokenizer.tokenize(b, List.of());
        StringBuilder out = new StringBuilder();
        for (Difference d : VersionDiffer.standard().diff(ta, tb, reworded, false)) {
            out.append(d.kind()).append(" | a: \"").append(d.a().of(a)).append("\" | b: \"").append(d.b().of(b))
                    .append("\"\n");
        }
        return out.toString();
    }

    private static String diff(String a, String b) {
        return diff(Tokenizer.icu(), a, b, false);
    }

    @Test
    void identicalVersionsDoNotDiffer() {
        assertThat(diff("We will fight this decision.", "We will fight this decision.")).isEmpty();
    }

    @Test
    void curlyVersusStraightApostropheIsTypographic() {
        assertThat(diff("We won’t sell the club to anyone.", "We won't sell the club to anyone.")).isEqualTo("""
                TYPOGRAPHIC | a: "won’t" | b: "won't"
                """);
    }

    @Test
    void adjacentTypographicChangesAreOneRun() {
        assertThat(diff("“It’s over,” he said.", "\"It's over,\" he said.")).isEqualTo("""
                TYPOGRAPHIC | a: "“It’s" | b: "\"It's"
                TYPOGRAPHIC | a: "”" | b: "\""
                """);
    }

    @Test
    void aDigitForANumberWordOfTheSameValueIsTypographic() {
        assertThat(diff("We found 12 bodies in the river.", "We found twelve bodies in the river.")).isEqualTo("""
                TYPOGRAPHIC | a: "12" | b: "twelve"
                """);
    }

    @Test
    void aCommaForAFullStopIsPunctuation() {
        assertThat(diff("It would be a dream come true,", "It would be a dream come true.")).isEqualTo("""
                PUNCTUATION | a: "," | b: "."
                """);
    }

    @Test
    void aDroppedCommaIsPunctuation() {
        assertThat(diff("This is a disgrace, and the minister knows it.",
                "This is a disgrace and the minister knows it.")).isEqualTo("""
                PUNCTUATION | a: "," | b: ""
                """);
    }

    @Test
    void upperVersusLowerCaseIsCase() {
        assertThat(diff("The Government must act now.", "The government must act now.")).isEqualTo("""
                CASE | a: "Government" | b: "government"
                """);
    }

    @Test
    void aBritishVersusAnAmericanSpellingIsSpelling() {
        assertThat(diff("I apologise to every family that was let down.",
                "I apologize to every family that was let down.")).isEqualTo("""
                SPELLING | a: "apologise" | b: "apologize"
                """);
    }

    @Test
    void colourVersusColorIsSpelling() {
        assertThat(diff("The new colour scheme was a mistake.", "The new color scheme was a mistake.")).isEqualTo("""
                SPELLING | a: "colour" | b: "color"
                """);
    }

    @Test
    void aWordOnlyTheOtherVersionHasIsInserted() {
        assertThat(diff("We will rebuild the school before winter.", "We will rebuild the old school before winter."))
                .isEqualTo("""
                        WORD_INSERTED | a: "" | b: "old"
                        """);
    }

    @Test
    void anInsertedWordIsAnEmptySpanAtThePointOfInsertion() {
        String a = "We will rebuild the school before winter.";
        List<Difference> diffs = VersionDiffer.standard().diff(Tokenizer.icu().tokenize(a, List.of()),
                Tokenizer.icu().tokenize("We will rebuild the old school before winter.", List.of()), false, false);

        assertThat(diffs.get(0).a().isEmpty()).isTrue();
        assertThat(diffs.get(0).a().start()).isEqualTo(a.indexOf("school"));
    }

    @Test
    void aWordLeftOutIsDeleted() {
        assertThat(diff("I look to forward to meeting with you.", "I look forward to meeting with you."))
                .isEqualTo("""
                        WORD_DELETED | a: "to" | b: ""
                        """);
    }

    @Test
    void aWordReplacedIsSubstituted() {
        assertThat(diff("We will rebuild the school before winter.", "We will rebuild the hospital before winter."))
                .isEqualTo("""
                        WORD_SUBSTITUTED | a: "school" | b: "hospital"
                        """);
    }

    @Test
    void aChangedNumberIsNumber() {
        assertThat(diff("Twelve people were hurt and 12 cars destroyed.", "Twelve people were hurt and 13 cars destroyed."))
                .isEqualTo("""
                        NUMBER | a: "12" | b: "13"
                        """);
    }

    @Test
    void aChangedNameIsName() {
        assertThat(diff("I spoke to Mr Peskov about the call this morning.",
                "I spoke to Mr Peskow about the call this morning.")).isEqualTo("""
                NAME | a: "Peskov" | b: "Peskow"
                """);
    }

    @Test
    void aChangedWeekdayIsDateTime() {
        assertThat(diff("The talks will resume on Monday in Geneva.", "The talks will resume on Tuesday in Geneva."))
                .isEqualTo("""
                        DATE_TIME | a: "Monday" | b: "Tuesday"
                        """);
    }

    @Test
    void aChangedYearIsDateTime() {
        assertThat(diff("The line will close in 2027.", "The line will close in 2028.")).isEqualTo("""
                DATE_TIME | a: "2027" | b: "2028"
                """);
    }

    @Test
    void aVersionThatStopsEarlyIsTruncated() {
        assertThat(diff("We will fight this decision in every court in the land,",
                "We will fight this decision in every court")).isEqualTo("""
                TRUNCATION | a: "in the land" | b: ""
                """);
    }

    @Test
    void aVersionThatStartsLateIsTruncated() {
        assertThat(diff("Customers have every right to be angry", "every right to be angry")).isEqualTo("""
                TRUNCATION | a: "Customers have" | b: ""
                """);
    }

    @Test
    void aBracketedClarificationIsEditorial() {
        assertThat(diff("He is always ready to clarify the real state of affairs.",
                "He [Putin] is always ready to clarify the real state of affairs.")).isEqualTo("""
                EDITORIAL | a: "" | b: "[Putin]"
                """);
    }

    @Test
    void sicIsEditorial() {
        assertThat(diff("I look to forward to meeting you (sic).", "I look to forward to meeting you."))
                .isEqualTo("""
                        EDITORIAL | a: "(sic)" | b: ""
                        """);
    }

    @Test
    void aBracketedWordForTheSpokenOneIsEditorialAndADeletion() {
        assertThat(diff("I would welcome talks because things get done better.",
                "I would welcome [dialogue] because things get done better.")).isEqualTo("""
                EDITORIAL | a: "" | b: "[dialogue]"
                WORD_DELETED | a: "talks" | b: ""
                """);
    }

    @Test
    void versionsSharingFewWordsAreOneTranslationOverBothWholeQuotes() {
        assertThat(diff("The rescue teams worked through the night to reach the miners.",
                "Rescuers spent all night trying to get to the trapped workers.")).isEqualTo("""
                TRANSLATION | a: "The rescue teams worked through the night to reach the miners." | b: "Rescuers spent all night trying to get to the trapped workers."
                """);
    }

    @Test
    void versionsAlignmentCalledRewordedAreOneTranslationHoweverManyWordsTheyShare() {
        assertThat(diff(Tokenizer.icu(), "They are harmless, though this does not justify their actions.",
                "They are harmless people, though this does not justify what they did.", true)).isEqualTo("""
                TRANSLATION | a: "They are harmless, though this does not justify their actions." | b: "They are harmless people, though this does not justify what they did."
                """);
    }

    @Test
    void eachDifferenceOfAVersionIsReportedSeparately() {
        assertThat(diff("“We expect about 12 flights to leave on Monday,” she said.",
                "\"We expect about 13 flights to leave on Tuesday.\" she said.").lines()).containsExactlyInAnyOrder(
                "TYPOGRAPHIC | a: \"“\" | b: \"\"\"",
                "NUMBER | a: \"12\" | b: \"13\"",
                "DATE_TIME | a: \"Monday\" | b: \"Tuesday\"",
                "PUNCTUATION | a: \",\" | b: \".\"",
                "TYPOGRAPHIC | a: \"”\" | b: \"\"\"");
    }

    @Test
    void spansPointAtTheOriginalCharactersPastCurlyMarksAndOddSpaces() {
        String a = "“It’s probably pie in the sky … he may\u00A0laugh at 12\u00A0o’clock,” he said.";
        String b = "\"It's probably pie in the sky ... he may laugh at 13 o'clock,\" he said.";

        List<Difference> diffs = VersionDiffer.standard().diff(Tokenizer.icu().tokenize(a, List.of()),
                Tokenizer.icu().tokenize(b, List.of()), false, false);
        Difference number = diffs.stream().filter(d -> d.kind() == DiffKind.NUMBER).findFirst().orElseThrow();

        assertThat(number.a().of(a)).isEqualTo("12");
        assertThat(number.a().start()).isEqualTo(a.indexOf("12"));
        assertThat(number.b().of(b)).isEqualTo("13");
        assertThat(number.b().start()).isEqualTo(b.indexOf("13"));
    }
}
