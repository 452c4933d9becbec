package org.verbatim.core.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.ComparisonTables;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/** How variant places are cut: one per place, not one per pair, with the versions that print it or lack it. */
class VariantPlaceStructureTest {

    private static final String QUOTE = "We will rebuild the harbour wall before the winter storms arrive, "
            + "and we will not wait for the government to pay for it.";

    @Test
    void threeReportsThatAgreeAgainstOneShareOneReading() {
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"" + QUOTE + "\"",
                "The mayor said: \"" + QUOTE + "\"",
                "The mayor said: \"" + QUOTE + "\"",
                "The mayor said: \"" + QUOTE.replace("winter storms", "storms") + "\"");
        assertThat(ComparisonTables.discrepancies(c))
                .isEqualTo("c1 word-deleted substantive | \"winter\" r1 r2 r3 | \"\" r4\n");
    }

    @Test
    void aMissingWordsGapIsInsideTheQuoteThatLacksThem() {
        String text = "The mayor said: \"" + QUOTE.replace("winter storms", "storms") + "\"";
        Comparison c = ComparisonTables.compare("The mayor said: \"" + QUOTE + "\"", text);
        Discrepancy.Location gap = c.discrepancies().get(0).readings().stream().filter(Discrepancy.Reading::isEmpty)
                .findFirst().orElseThrow().spans().get(0);
        Quote q = c.quotesById().get(gap.quoteId());
        assertThat(gap.span().isEmpty()).isTrue();
        assertThat(q.span().contains(gap.span().start())).isTrue();
        assertThat(text.substring(0, gap.span().start())).endsWith("before the");
    }

    @Test
    void aSentenceAVersionDoesNotPrintIsNotADeletionOfEveryWord() {
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"We will rebuild the harbour wall before the winter storms arrive. "
                        + "Nobody in this town will be left to bail out their kitchen again.\"",
                "\"Nobody in this town will be left to bail out their kitchen again,\" the mayor said.");
        assertThat(ComparisonTables.discrepancies(c))
                .isEqualTo("c1 punctuation cosmetic | \".\" r1 | \",\" r2\n");
    }

    @Test
    void aQuoteSplitByItsAttributionIsNotATruncationOfItsOtherHalf() {
        Comparison c = ComparisonTables.compare(
                "\"We will rebuild the harbour wall before the winter storms arrive,\" the mayor said. "
                        + "\"And we will not wait for the government to pay for it.\"",
                "The mayor said: \"" + QUOTE + "\"");
        assertThat(c.discrepancies()).extracting(Discrepancy::kind).doesNotContain(DiffKind.TRUNCATION);
    }

    @Test
    void aPartialQuotationIsOnePlaceAgainstTheSentenceItComesFrom() {
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"" + QUOTE + "\"",
                "The mayor vowed to rebuild the wall \"before the winter storms\" and to make the capital pay.");
        assertThat(ComparisonTables.discrepancies(c)).isEqualTo(
                "c1 truncation cosmetic | \"" + QUOTE + "\" r1 | \"before the winter storms\" r2\n");
    }

    @Test
    void fragmentsOfTwoSentencesAreTwoPlacesEachAgainstItsOwnSentence() {
        String full = "We will rebuild the harbour wall before the winter storms arrive. "
                + "Nobody in this town will be left to bail out their kitchen again.";
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"" + full + "\"",
                "The mayor promised the wall \"before the winter storms\" and said nobody would be "
                        + "\"left to bail out their kitchen\" this year.");
        assertThat(ComparisonTables.discrepancies(c)).isEqualTo(
                "c1 truncation cosmetic | \"We will rebuild the harbour wall before the winter storms arrive.\" r1"
                        + " | \"before the winter storms\" r2\n"
                        + "c1 truncation cosmetic | \"Nobody in this town will be left to bail out their kitchen again.\""
                        + " r1 | \"left to bail out their kitchen\" r2\n");
    }

    @Test
    void aFragmentOfWhatItsOwnReportPrintsInFullIsNoDifference() {
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"" + QUOTE + "\" She repeated that it would be done \"before the winter storms\".",
                "The mayor said: \"" + QUOTE + "\"");
        assertThat(c.discrepancies()).isEmpty();
    }

    @Test
    void aFragmentThatLeavesOutAWordIsAWordPlaceNotATruncation() {
        Comparison c = ComparisonTables.compare(
                "The mayor said: \"" + QUOTE + "\"",
                "The mayor promised the wall \"before the storms arrive\" and no more.");
        assertThat(ComparisonTables.discrepancies(c))
                .isEqualTo("c1 word-deleted substantive | \"winter\" r1 | \"\" r2\n");
    }

    @Test
    void aSecondTranslationOfOneSentenceIsOnePlaceAcrossItsClauses() {
        Comparison c = ComparisonTables.compare(
                "The minister said, speaking in French: \"From Monday you will no longer be able to go to the "
                        + "restaurant, you will no longer be able to go for a coffee, you will no longer be able to go "
                        + "to the theatre.\"",
                "The minister said, speaking in French: \"From Monday you won't be able to go to the restaurant "
                        + "anymore, you won't be able to have a coffee, you won't be able to go to the theatre.\"");
        assertThat(c.discrepancies()).extracting(Discrepancy::kind).containsExactly(DiffKind.TRANSLATION);
    }

    @Test
    void differentTranslationsOfOneClauseAreOneTranslationPlace() {
        Comparison c = ComparisonTables.compare(
                "The minister said: \"We will not let ourselves be treated as a second-class neighbour by anyone.\"",
                "The minister said: \"We refuse to be treated like a second-rate neighbour by anyone.\"",
                "The minister said: \"We will not accept being treated as a second-class neighbour by anyone.\"");
        assertThat(c.discrepancies()).extracting(Discrepancy::kind).contains(DiffKind.TRANSLATION)
                .doesNotContain(DiffKind.WORD_SUBSTITUTED, DiffKind.NAME);
    }

    @Test
    void twoNamedSpeakersDifferOnTheirNamesNotTheQuote() {
        Comparison c = ComparisonTables.compare(
                "Harbour master Tomasz Kowalczyk said: \"" + QUOTE + "\"",
                "Harbour master Tomasz Kowalczik said: \"" + QUOTE + "\"");
        assertThat(ComparisonTables.discrepancies(c))
                .isEqualTo("c1 speaker substantive | \"Tomasz Kowalczyk\" r1 | \"Tomasz Kowalczik\" r2\n");
    }

    @Test
    void theSameNameTwiceIsNoSpeakerDifference() {
        Comparison c = ComparisonTables.compare(
                "Harbour master Tomasz Kowalczyk said: \"" + QUOTE + "\"",
                "\"" + QUOTE + "\" Kowalczyk told reporters.");
        assertThat(c.discrepancies()).extracting(Discrepancy::kind).doesNotContain(DiffKind.SPEAKER);
    }

    @Test
    void twoMoreCopiesOfTheCaptionStillMakeTheMissingToOnePlace() {
        List<Report> reports = new ArrayList<>(org.verbatim.core.SampleStory.reports());
        String caption = "Elton John wrote: \"Thank-you to President Vladimir Putin for reaching out and speaking via "
                + "telephone with me today. I look forward to meeting with you face-to-face to discuss LGBT "
                + "equality in Russia.\"";
        reports.add(Report.of("r4", "copy-4.txt", caption));
        reports.add(Report.of("r5", "copy-5.txt", caption.replace("face-to-face", "face to face")));
        Comparison c = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
        assertThat(c.discrepancies()).filteredOn(d -> d.readings().stream().anyMatch(r -> r.text().equals("to")))
                .singleElement().satisfies(d -> assertThat(d.readings()).hasSize(2));
    }

    @Test
    void fingerprintsDoNotDependOnTheOrderOfTheReports() {
        List<Report> reports = org.verbatim.core.SampleStory.reports();
        List<Report> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        List<String> a = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS).discrepancies().stream()
                .map(Discrepancy::fingerprint).sorted().toList();
        List<String> b = Pipeline.standard().compare(reversed, ComparisonSettings.DEFAULTS).discrepancies().stream()
                .map(Discrepancy::fingerprint).sorted().toList();
        assertThat(a).isNotEmpty().isEqualTo(b);
    }
}
