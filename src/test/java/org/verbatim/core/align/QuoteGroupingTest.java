package org.verbatim.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.core.ComparisonTables.compare;
import static org.verbatim.core.ComparisonTables.groups;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which quotations of different reports the standard pipeline groups as one utterance. */
class QuoteGroupingTest {

    private static final String BILLS = """
            Water bills in the region will rise by 12 percent from April, the regulator announced on Thursday.

            "Customers have every right to be angry about another increase of this size," said Priya Nair, head of the consumer council.
            """;

    private static final String BILLS_LEAD = """
            Households face a 12 percent rise in water bills from April.

            Priya Nair, head of the consumer council, said""";

    /** Another report's version of the consumer council's words, and the group the two make. */
    static Stream<Arguments> versionsOfTheBillsQuote() {
        return Stream.of(
                Arguments.of("an exact copy groups",
                        ": \"Customers have every right to be angry about another increase of this size.\"",
                        "r2: Customers have every right to be…"),
                Arguments.of("a fragment quoted inside a sentence groups",
                        " customers had \"every right to be angry\".", "r2: every right to be angry"),
                Arguments.of("a truncated quote groups", ": \"Customers have every right to be angry.\"",
                        "r2: Customers have every right to be angry."),
                Arguments.of("a lightly edited quote groups",
                        ": \"Our customers have every right to be furious about an increase of this size.\"",
                        "r2: Our customers have every right to…"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionsOfTheBillsQuote")
    void aVersionOfTheQuoteInAnotherReportGroupsWithIt(String name, String printed, String version) {
        assertThat(groups(compare(BILLS, BILLS_LEAD + printed + "\n")))
                .isEqualTo("c1 | r1: Customers have every right to be… | " + version + "\n");
    }

    @Test
    void anotherTranslationWithModerateOverlapGroups() {
        String french = """
                The Swiss energy minister hit back at Berlin on Tuesday.

                "We will not accept being treated as a second-class neighbour when it comes to electricity supplies this winter," Anne Maillard said.
                """;
        String german = """
                Switzerland's energy minister responded sharply to the German plans.

                "Switzerland refuses to be handled like a second-rate neighbour on electricity supplies during the winter," Anne Maillard told a newspaper in Geneva.
                """;

        assertThat(groups(compare(french, german))).isEqualTo("""
                c1 | r1: We will not accept being treated… | r2: Switzerland refuses to be handled like…
                """);
    }

    @Test
    void twoUtterancesSharingAStockPhraseStayApart() {
        String appointment = """
                The board named Sarah Quint as its new chief executive on Monday.

                "I look forward to working with the whole team to rebuild trust with our customers," Sarah Quint said.
                """;
        String firstDay = """
                Sarah Quint spoke to staff at the head office on her first day.

                "I look forward to working with regulators in Brussels on a fair deal for small suppliers," Sarah Quint said.
                """;

        assertThat(groups(compare(appointment, firstDay))).isEqualTo("""
                -- | r1: I look forward to working with…
                -- | r2: I look forward to working with…
                """);
    }

    private static final String STRIKE = """
            Bus drivers in Riverton walked out for a fourth day on Thursday.

            "The strike will go on until the company puts a fair offer on the table for every driver," said Rosa Alvarado, the union's regional organiser.
            """;
    private static final String NEAR_VERBATIM =
            "\"The strike will go on until the company puts a fair offer on the table for every driver,\"";
    private static final String EDITED =
            "\"This strike will carry on until the company puts a decent offer on the table for each driver,\"";
    private static final String UNION = " said Rosa Alvarado, the union's regional organiser.";
    private static final String OPERATOR = " said Ben Tully, a spokesman for the operator.";

    /** Speakers as evidence, not a veto: only two different named people keep edited words apart. */
    static Stream<Arguments> speakers() {
        return Stream.of(
                Arguments.of("the same words from clearly different speakers group when near verbatim",
                        NEAR_VERBATIM + OPERATOR,
                        "c1 | r1: The strike will go on until… | r2: The strike will go on until…\n"),
                Arguments.of("edited words from clearly different speakers stay apart", EDITED + OPERATOR,
                        "-- | r1: The strike will go on until…\n-- | r2: This strike will carry on until…\n"),
                Arguments.of("the same edited words from the same speaker group", EDITED + UNION,
                        "c1 | r1: The strike will go on until… | r2: This strike will carry on until…\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void aSpeakerKeepsEditedWordsApartOnlyWhenNamedDifferently(String name, String printed, String groups) {
        String other = "The Riverton bus strike entered its fourth day.\n\n" + printed + "\n";
        assertThat(groups(compare(STRIKE, other))).isEqualTo(groups);
    }

    @Test
    void paragraphOrderDoesNotMatter() {
        String hearing = "The inquiry into the Longmoor flood heard evidence from residents on Tuesday.";
        String pumps = "\"The pumps failed within an hour and nobody from the council answered the phone,\""
                + " resident Ruth Okafor told the inquiry.";
        String warning = "\"We warned the council about that culvert three years ago and heard nothing back,\""
                + " said Tom Reddin, who chairs the residents' association.";
        String next = "The inquiry resumes next week.";

        String inOrder = String.join("\n\n", hearing, pumps, warning, next);
        String reordered = String.join("\n\n", warning, next, pumps, hearing);

        assertThat(groups(compare(inOrder, reordered))).isEqualTo("""
                c1 | r1: The pumps failed within an hour… | r2: The pumps failed within an hour…
                c2 | r1: We warned the council about that… | r2: We warned the council about that…
                """);
    }

    @Test
    void aReportThatPrintsAQuoteTwiceGroupsBothCopies() {
        String twice = """
                The mayor spoke at the opening of the bridge on Monday.

                "We expect traffic to return to normal by the end of the week," said Joan Pettit.

                Later, on local radio, she repeated the promise.

                "We expect traffic to return to normal by the end of the week," said Joan Pettit.
                """;
        String once = """
                The bridge reopened on Monday after repairs.

                "We fully expect traffic to return to normal by the end of the week," said Joan Pettit, the mayor.
                """;

        assertThat(groups(compare(twice, once))).isEqualTo("""
                c1 | r1: We expect traffic to return to… | r1: We expect traffic to return to… | r2: We fully expect traffic to return…
                """);
    }

    @Test
    void theSameScareQuotedTermInTwoReportsGroups() {
        String a = "The Russian president called the 'Rocket Man' singer to apologise.";
        String b = "Putin telephoned the \"Rocket Man\" star on Thursday.";

        assertThat(groups(compare(a, b))).isEqualTo("""
                c1 | r1: Rocket Man | r2: Rocket Man
                """);
    }

    @Test
    void differentUtterancesOfOneSpeakerStayApart() {
        String a = """
                Helen Ward visited the coast road on Tuesday.

                "We cannot keep patching this road every winter and hoping for the best," Helen Ward said.
                """;
        String b = """
                The county's highways chief spoke after the storm.

                "The sea wall was built for a different climate, and everyone who drives along it knows that," Helen Ward said.
                """;

        assertThat(groups(compare(a, b))).isEqualTo("""
                -- | r1: We cannot keep patching this road…
                -- | r2: The sea wall was built for…
                """);
    }
}
