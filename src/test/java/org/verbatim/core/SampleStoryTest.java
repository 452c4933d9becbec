package org.verbatim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;

/** The sample story end to end: A offers to meet (r1), B calls for real (r2), C has the Kremlin deny (r3). */
class SampleStoryTest {

    private static Comparison comparison;
    private static Map<String, Quote> quotes;

    @BeforeAll
    static void compareTheSample() {
        comparison = Pipeline.standard().compare(SampleStory.reports(), ComparisonSettings.DEFAULTS);
        quotes = comparison.quotesById();
    }

    private static Cluster groupOf(String quoteText) {
        return comparison.clusters().stream()
                .filter(c -> c.quoteIds().stream().anyMatch(id -> quotes.get(id).text().startsWith(quoteText)))
                .findFirst().orElseThrow(() -> new AssertionError("no group holds " + quoteText));
    }

    /** The discrepancies of the caption between report A's version and report C's quoted one. */
    private static List<Discrepancy> captionAVersusCQuoted() {
        Cluster caption = groupOf("Thank-you to President Vladimir Putin");
        return comparison.discrepancies().stream()
                .filter(d -> d.clusterId().equals(caption.id()))
                .filter(d -> d.a().reportId().equals("r1") && quotes.get(d.b().quoteId()).form() == QuoteForm.MARKED
                        || d.b().reportId().equals("r1") && quotes.get(d.a().quoteId()).form() == QuoteForm.MARKED)
                .toList();
    }

    @Test
    void theStoryHasTwoGroups() {
        assertThat(ComparisonTables.groups(comparison).lines().filter(l -> l.startsWith("c"))).containsExactly(
                "c1 | r1: I know you were called by… | r2: I know some guys played a…",
                "c2 | r1: Thank-you to President Vladimir Putin for… | r3: Thank-you to President Vladimir Putin for…"
                        + " | r3: Thank-you to President Vladimir Putin for…");
    }

    @Test
    void theInstagramCaptionIsOneGroupOfThreeMentionsInTwoReports() {
        Cluster caption = groupOf("Thank-you to President Vladimir Putin");

        assertThat(caption.quoteIds()).hasSize(3);
        assertThat(caption.quoteIds()).extracting(id -> quotes.get(id).reportId()).containsExactly("r1", "r3", "r3");
        assertThat(caption.quoteIds()).extracting(id -> quotes.get(id).form())
                .containsExactly(QuoteForm.MARKED, QuoteForm.MARKED, QuoteForm.EMBEDDED_POST);
        assertThat(caption.quoteIds()).extracting(id -> quotes.get(id).speaker()).containsOnly("Elton John");
    }

    @Test
    void iLookToForwardAgainstILookForwardIsExactlyOneWordDifferenceTheWordTo() {
        List<Discrepancy> words = captionAVersusCQuoted().stream()
                .filter(d -> d.kind() == DiffKind.WORD_INSERTED || d.kind() == DiffKind.WORD_DELETED
                        || d.kind() == DiffKind.WORD_SUBSTITUTED)
                .toList();

        assertThat(words).hasSize(1);
        Discrepancy to = words.get(0);
        assertThat(to.severity()).isEqualTo(Severity.SUBSTANTIVE);
        assertThat(to.a().text() + to.b().text()).isEqualTo("to");
        String a = comparison.report("r1").text();
        assertThat(a.substring(to.a().span().start() - "I look ".length(), to.a().span().end() + " forward".length()))
                .isEqualTo("I look to forward");
    }

    @Test
    void sicIsAnEditorialInsertion() {
        assertThat(captionAVersusCQuoted()).filteredOn(d -> d.kind() == DiffKind.EDITORIAL)
                .extracting(d -> d.a().text() + d.b().text()).containsExactly("(sic)");
    }

    @Test
    void theDroppedHashtagsAreATruncation() {
        assertThat(captionAVersusCQuoted()).filteredOn(d -> d.kind() == DiffKind.TRUNCATION)
                .extracting(d -> d.a().text() + d.b().text())
                .containsExactly("@president_vladimir_putin @ejaf #lgbt #lgbtrights #ShareTheLove");
    }

    @Test
    void aFullStopForTheCommaBeforeTheAttributionIsPunctuation() {
        assertThat(captionAVersusCQuoted()).filteredOn(d -> d.kind() == DiffKind.PUNCTUATION)
                .extracting(d -> d.a().text() + " / " + d.b().text()).containsExactly(". / ,");
    }

    @Test
    void sicHashtagsAndFullStopAreSeparateDiscrepancies() {
        assertThat(captionAVersusCQuoted()).extracting(Discrepancy::kind)
                .contains(DiffKind.EDITORIAL, DiffKind.TRUNCATION, DiffKind.PUNCTUATION)
                .doesNotHaveDuplicates();
    }

    @Test
    void straightVersusCurlyMarksOfTheCaptionAreTypographic() {
        assertThat(captionAVersusCQuoted()).filteredOn(d -> d.kind() == DiffKind.TYPOGRAPHIC)
                .extracting(d -> d.a().text() + " / " + d.b().text()).containsExactly("\" / “");
    }

    @Test
    void theEscapedUnderscoresOfTheEmbeddedPostAreNoDifference() {
        Cluster caption = groupOf("Thank-you to President Vladimir Putin");

        assertThat(comparison.discrepancies()).filteredOn(d -> d.clusterId().equals(caption.id()))
                .noneMatch(d -> d.a().text().contains("\\_") || d.b().text().contains("\\_"));
    }

    @Test
    void putinsWordsRelayedByPeskovInAAndBAreOneGroupClassedAsTranslation() {
        Cluster apology = groupOf("I know");

        assertThat(apology.quoteIds()).extracting(id -> quotes.get(id).reportId()).containsExactly("r1", "r2");
        assertThat(apology.quoteIds()).extracting(id -> quotes.get(id).speaker()).containsOnly("Vladimir Putin");
        assertThat(comparison.discrepancies()).filteredOn(d -> d.clusterId().equals(apology.id()))
                .extracting(Discrepancy::kind).containsExactly(DiffKind.TRANSLATION);
    }

    @Test
    void peskovsWordsAroundPutinsAreHisOwn() {
        Quote inner = quotes.get(groupOf("I know").quoteIds().get(0));
        Quote outer = quotes.get(inner.parentId());

        assertThat(outer.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(outer.ownSpans()).extracting(s -> s.of(comparison.report("r1").text()))
                .containsExactly("Putin called and said:");
    }

    @Test
    void quotedTermsAreTermsNotSpeech() {
        assertThat(comparison.quotes()).filteredOn(q -> !q.isSpeech() && !q.excluded()).extracting(Quote::text)
                .containsExactly("Rocket Man", "gay propaganda");
    }

    @Test
    void quotesInTheAppealBlockAreExcluded() {
        assertThat(comparison.quotes()).filteredOn(Quote::excluded).extracting(Quote::text).containsExactly(
                "undesirable", "foreign agent.", "discredits the decisions of the Russian leadership.");
    }

    @Test
    void everyQuotesTextIsTheFileSliceAtItsSpan() {
        for (Quote q : comparison.quotes()) {
            String file = comparison.report(q.reportId()).text();
            assertThat(q.span().of(file)).as(q.id()).isEqualTo(q.text());
            for (var own : q.ownSpans()) {
                assertThat(q.span().contains(own)).as(q.id()).isTrue();
            }
        }
    }

    @Test
    void everyDiscrepancysTextIsTheFileSliceAtItsSpan() {
        for (Discrepancy d : comparison.discrepancies()) {
            assertThat(d.a().span().of(comparison.report(d.a().reportId()).text())).isEqualTo(d.a().text());
            assertThat(d.b().span().of(comparison.report(d.b().reportId()).text())).isEqualTo(d.b().text());
        }
    }

    @Test
    void eachReportReadsItsTextFromTheFile() {
        assertThat(comparison.report("r2").text()).isEqualTo(SampleStory.text(SampleStory.B));
    }
}
