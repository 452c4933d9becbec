package org.verbatim.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.core.ComparisonTables.compare;
import static org.verbatim.core.ComparisonTables.groups;

import org.junit.jupiter.api.Test;

/** Which quotations of different reports the standard pipeline groups as one utterance. */
class QuoteGroupingTest {

    private static final String BILLS = """
            Water bills in the region will rise by 12 percent from April, the regulator announced on Thursday.

            "Customers have every right to be angry about another increase of this size," said Priya Nair, head of the consumer council.
            """;

    @Test
    void exactCopiesGroup() {
        String copy = """
                Households face a 12 percent rise in water bills from April.

                Priya Nair, head of the consumer council, said: "Customers have every right to be angry about another increase of this size."
                """;

        assertThat(groups(compare(BILLS, copy))).isEqualTo("""
                c1 | r1: Customers have every right to be… | r2: Customers have every right to be…
                """);
    }

    @Test
    void aFragmentQuotedInsideASentenceGroups() {
        String fragment = """
                Households face a 12 percent rise in water bills from April.

                Priya Nair, head of the consumer council, said customers had "every right to be angry".
                """;

        assertThat(groups(compare(BILLS, fragment))).isEqualTo("""
                c1 | r1: Customers have every right to be… | r2: every right to be angry
                """);
    }

    @Test
    void aTruncatedQuoteGroups() {
        String truncated = """
                Households face a 12 percent rise in water bills from April.

                Priya Nair, head of the consumer council, said: "Customers have every right to be angry."
                """;

        assertThat(groups(compare(BILLS, truncated))).isEqualTo("""
                c1 | r1: Customers have every right to be… | r2: Customers have every right to be angry.
                """);
    }

    @Test
    void aLightlyEditedQuoteGroups() {
        String edited = """
                Households face a 12 percent rise in water bills from April.

                Priya Nair, head of the consumer council, said: "Our customers have every right to be furious about an increase of this size."
                """;

        assertThat(groups(compare(BILLS, edited))).isEqualTo("""
                c1 | r1: Customers have every right to be… | r2: Our customers have every right to…
                """);
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

    @Test
    void theSameWordsFromClearlyDifferentSpeakersGroupWhenNearVerbatim() {
        String union = """
                Bus drivers in Riverton walked out for a fourth day on Thursday.

                "The strike will go on until the company puts a fair offer on the table for every driver," said Rosa Alvarado, the union's regional organiser.
                """;
        String operator = """
                The Riverton bus strike entered its fourth day.

                "The strike will go on until the company puts a fair offer on the table for every driver," said Ben Tully, a spokesman for the operator.
                """;

        assertThat(groups(compare(union, operator))).isEqualTo("""
                c1 | r1: The strike will go on until… | r2: The strike will go on until…
                """);
    }

    @Test
    void editedWordsFromClearlyDifferentSpeakersStayApart() {
        String union = """
                Bus drivers in Riverton walked out for a fourth day on Thursday.

                "The strike will go on until the company puts a fair offer on the table for every driver," said Rosa Alvarado, the union's regional organiser.
                """;
        String operator = """
                The Riverton bus strike entered its fourth day.

                "This strike will carry on until the company puts a decent offer on the table for each driver," said Ben Tully, a spokesman for the operator.
                """;

        assertThat(groups(compare(union, operator))).isEqualTo("""
                -- | r1: The strike will go on until…
                -- | r2: This strike will carry on until…
                """);
    }

    @Test
    void theSameEditedWordsFromTheSameSpeakerGroup() {
        String union = """
                Bus drivers in Riverton walked out for a fourth day on Thursday.

                "The strike will go on until the company puts a fair offer on the table for every driver," said Rosa Alvarado, the union's regional organiser.
                """;
        String paraphrased = """
                The Riverton bus strike entered its fourth day.

                "This strike will carry on until the company puts a decent offer on the table for each driver," said Rosa Alvarado, the union's regional organiser.
                """;

        assertThat(groups(compare(union, paraphrased))).isEqualTo("""
                c1 | r1: The strike will go on until… | r2: This strike will carry on until…
                """);
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
