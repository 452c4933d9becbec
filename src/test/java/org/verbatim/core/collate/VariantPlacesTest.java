package org.verbatim.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.core.ComparisonTables;

/**
 * What a desk editor would call each difference: one named case per row, each a short story of two or three
 * reports quoting the same person, and the places the engine lists for it (kind, severity, each reading with the
 * reports that print it), as {@link ComparisonTables#discrepancies} writes them.
 */
class VariantPlacesTest {

    private static final String SAID = "The mayor said: \"";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a curly apostrophe against a straight one is typographic",
                        SAID + "We won’t sell the harbour to anyone who asks for it.\"",
                        SAID + "We won't sell the harbour to anyone who asks for it.\"",
                        "c1 typographic cosmetic | \"won’t\" r1 | \"won't\" r2\n"),
                Arguments.of("the same apostrophe change made twice is one place",
                        SAID + "We won’t sell the harbour and we won’t sell the beach to anyone.\"",
                        SAID + "We won't sell the harbour and we won't sell the beach to anyone.\"",
                        "c1 typographic cosmetic | \"won’t\" r1 r1 | \"won't\" r2 r2\n"),
                Arguments.of("a stray space inside a word is typographic, not case",
                        SAID + "We will open the new bridge to day for everyone in the town.\"",
                        SAID + "We will open the new bridge today for everyone in the town.\"",
                        "c1 typographic cosmetic | \"to day\" r1 | \"today\" r2\n"),
                Arguments.of("a contraction spelt out is cosmetic, not a date",
                        SAID + "It's the best news this town has had in a very long time.\"",
                        SAID + "It is the best news this town has had in a very long time.\"",
                        "c1 spelling cosmetic | \"It's\" r1 | \"It is\" r2\n"),
                Arguments.of("British and American spelling is spelling",
                        SAID + "We will organise the clean-up with every volunteer we can find.\"",
                        SAID + "We will organize the clean-up with every volunteer we can find.\"",
                        "c1 spelling cosmetic | \"organise\" r1 | \"organize\" r2\n"),
                Arguments.of("one word of substance changed is found when neither version is the longest",
                        SAID + "Every child must be able to walk to school safe and sound.\"",
                        SAID + "Every child must be able to walk to school safely and sound.\"",
                        "c1 word-substituted substantive | \"safe\" r1 | \"safely\" r2\n"),
                Arguments.of("a word left out is one place, its gap inside the quote that lacks it",
                        SAID + "I look to forward to meeting every one of you at the town hall.\"",
                        SAID + "I look forward to meeting every one of you at the town hall.\"",
                        "c1 word-deleted substantive | \"to\" r1 | \"\" r2\n"),
                Arguments.of("a number changed is a number",
                        SAID + "We will cut 1,200 jobs at the harbour over the next two years.\"",
                        SAID + "We will cut 1,300 jobs at the harbour over the next two years.\"",
                        "c1 number substantive | \"1,200\" r1 | \"1,300\" r2\n"),
                Arguments.of("a number in figures or in words is typographic",
                        SAID + "We will build 12 new homes on the old harbour site next year.\"",
                        SAID + "We will build twelve new homes on the old harbour site next year.\"",
                        "c1 typographic cosmetic | \"12\" r1 | \"twelve\" r2\n"),
                Arguments.of("a date changed is a date",
                        SAID + "The new bridge will open on Monday for everyone in the town.\"",
                        SAID + "The new bridge will open on Tuesday for everyone in the town.\"",
                        "c1 date-time substantive | \"Monday\" r1 | \"Tuesday\" r2\n"),
                Arguments.of("a case change is case",
                        SAID + "The Harbour Board has let this town down for far too long.\"",
                        SAID + "The harbour board has let this town down for far too long.\"",
                        "c1 case cosmetic | \"Harbour Board\" r1 | \"harbour board\" r2\n"),
                Arguments.of("an editor's bracketed insertion is editorial",
                        SAID + "He has let this town down for far too long and everyone knows it.\"",
                        SAID + "He [the harbour master] has let this town down for far too long and everyone knows it.\"",
                        "c1 editorial substantive | \"\" r1 | \"[the harbour master]\" r2\n"),
                Arguments.of("a quote that stops early is one truncation",
                        SAID + "We will rebuild the harbour wall, and we will do it before the winter storms arrive.\"",
                        SAID + "We will rebuild the harbour wall, and we will do it\"",
                        "c1 truncation substantive | \"before the winter storms arrive.\" r1 | \"\" r2\n"),
                Arguments.of("the modal 'may' left out is a word, not a month",
                        SAID + "Some of us may disagree, but we will rebuild the harbour wall together.\"",
                        SAID + "Some of us disagree, but we will rebuild the harbour wall together.\"",
                        "c1 word-deleted substantive | \"may\" r1 | \"\" r2\n"),
                Arguments.of("a quote that starts later is one truncation, not also a change of case",
                        SAID + "I think the harbour board knows exactly what it has done to this town.\"",
                        SAID + "The harbour board knows exactly what it has done to this town.\"",
                        "c1 truncation substantive | \"I think\" r1 | \"\" r2\n"),
                Arguments.of("a word cut off where the page ends is a truncation, not a name",
                        SAID + "We cannot keep waiting for the national government to fix this road.\"",
                        SAID + "We cannot keep waiting for the national governm",
                        "c1 truncation substantive | \"government to fix this road\" r1 | \"governm\" r2\n"
                                + "c1 punctuation cosmetic | \".\" r1 | \"\" r2\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachDifferenceIsOnePlaceOfTheRightKind(String name, String a, String b, String places) {
        assertThat(ComparisonTables.discrepancies(ComparisonTables.compare(a, b))).isEqualTo(places);
    }
}
