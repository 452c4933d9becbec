package org.verbatim.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;

/** The built-in sample (Putin / Elton John, three reports): the acceptance criteria of the engine. */
class SampleStoryTest {

    private static Gold gold;
    private static Comparison comparison;
    private static Map<String, Quote> quotes;

    @BeforeAll
    static void compareTheSample() throws Exception {
        gold = new Gold(Path.of("assets/samples/putin-elton-john"));
        comparison = gold.compare();
        quotes = comparison.quotesById();
    }

    @Test
    void everyGoldQuoteIsFoundAndEveryGoldPairGrouped() {
        Gold.Score s = gold.score(comparison);
        assertThat(s.quoteRecall()).as(s.toString()).isEqualTo(1.0);
        assertThat(s.f1()).as(s.toString()).isEqualTo(1.0);
    }

    @Test
    void theInstagramCaptionIsOneGroupWithThreeMentionsInTwoReports() {
        Cluster caption = clusterContaining("I look to forward");
        assertThat(caption.quoteIds()).hasSize(3);
        assertThat(caption.quoteIds().stream().map(id -> quotes.get(id).reportId()).distinct()).hasSize(2);
        assertThat(caption.quoteIds().stream().map(id -> quotes.get(id).form()))
                .contains(QuoteForm.EMBEDDED_POST);
    }

    @Test
    void theCaptionsToIsOnePlaceReadToByOneReportAndLeftOutByBothKremlinMentions() {
        List<Discrepancy> to = captionDiscrepancies().stream()
                .filter(d -> d.readings().stream().anyMatch(r -> r.text().equals("to"))).toList();
        assertThat(to).hasSize(1);
        Discrepancy place = to.get(0);
        assertThat(place.kind()).isEqualTo(DiffKind.WORD_DELETED);
        assertThat(place.severity()).isEqualTo(Severity.SUBSTANTIVE);
        assertThat(place.readings()).extracting(Discrepancy.Reading::text).containsExactly("to", "");
        assertThat(reportsOf(place.readings().get(0))).containsExactly("putin-offers-to-meet-elton-john.txt");
        Discrepancy.Reading gap = place.readings().get(1);
        assertThat(gap.spans()).hasSize(2);
        for (Discrepancy.Location l : gap.spans()) {
            String text = comparison.report(l.reportId()).text();
            assertThat(comparison.report(l.reportId()).path()).isEqualTo("kremlin-rejects-claim-putin-phoned.txt");
            assertThat(l.span().isEmpty()).isTrue();
            assertThat(quotes.get(l.quoteId()).span().contains(l.span())).isTrue();
            assertThat(text.substring(0, l.span().start())).endsWith("I look");
        }
    }

    @Test
    void sicIsAnEditorialInsertion() {
        assertThat(captionDiscrepancies()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DiffKind.EDITORIAL);
            assertThat(d.readings()).extracting(Discrepancy.Reading::text).containsExactly("(sic).", "");
        });
    }

    @Test
    void theDroppedHashtagsAreATruncation() {
        assertThat(captionDiscrepancies()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DiffKind.TRUNCATION);
            assertThat(d.readings()).anySatisfy(r -> assertThat(r.text()).startsWith("@president_vladimir_putin")
                    .endsWith("#ShareTheLove"));
        });
    }

    @Test
    void theCommaForTheFullStopIsPunctuation() {
        assertThat(captionDiscrepancies()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DiffKind.PUNCTUATION);
            assertThat(d.severity()).isEqualTo(Severity.COSMETIC);
            assertThat(d.readings()).extracting(Discrepancy.Reading::text).containsExactlyInAnyOrder(".", ",");
        });
    }

    @Test
    void theEscapedUnderscoresOfTheEmbeddedPostAreNoDifference() {
        assertThat(captionDiscrepancies()).noneSatisfy(d -> assertThat(d.readings())
                .anySatisfy(r -> assertThat(r.text()).contains("\\_")));
    }

    @Test
    void everyPlaceLiesInsideTheQuoteOfEachVersionThatPrintsIt() {
        for (Discrepancy d : comparison.discrepancies()) {
            if (d.kind() == DiffKind.SPEAKER) {
                continue;
            }
            for (Discrepancy.Location l : d.locations()) {
                assertThat(quotes.get(l.quoteId()).span().contains(l.span())).as(d.id() + " " + l).isTrue();
            }
        }
    }

    @Test
    void putinsWordsRelayedByPeskovAreOneGroupClassedAsTranslation() {
        Cluster apology = clusterContaining("they are harmless");
        assertThat(apology.quoteIds()).hasSize(2);
        // a changed word is the translators', not an edit; what else differs is their punctuation and capitals
        assertThat(comparison.discrepancies()).filteredOn(d -> d.clusterId().equals(apology.id()))
                .extracting(Discrepancy::kind).contains(DiffKind.TRANSLATION)
                .doesNotContain(DiffKind.WORD_SUBSTITUTED, DiffKind.NAME, DiffKind.TRUNCATION);
    }

    @Test
    void everyQuoteTextIsTheOriginalTextAtItsSpan() {
        for (Quote q : comparison.quotes()) {
            assertThat(q.span().of(comparison.report(q.reportId()).text())).isEqualTo(q.text());
        }
    }

    @Test
    void allTheSampleClutterIsExcluded() {
        Map<String, String> firstExcluded = Map.of(
                "putin-offers-to-meet-elton-john.txt", "Report a problem",
                "putin-calls-elton-john-for-real.txt", "Support The Moscow Times!",
                "kremlin-rejects-claim-putin-phoned.txt", "Original url:");
        for (Comparison.ReportResult r : comparison.reports()) {
            String text = r.report().text();
            List<String> excluded = r.excluded().stream().map(e -> e.span().of(text)).toList();
            assertThat(excluded).as(r.report().path()).contains(firstExcluded.get(r.report().path()));
        }
        Comparison.ReportResult forReal = comparison.reports().get(1);
        String text = forReal.report().text();
        assertThat(forReal.excluded()).anySatisfy(e -> {
            assertThat(e.span().of(text)).startsWith("Sign up for our free weekly newsletter").endsWith("Read more");
        });
    }

    @Test
    void peskovsWordsAroundPutinsAreHisOwn() {
        Quote inner = quoteStarting("I know");
        Quote outer = quotes.get(inner.parentId());
        assertThat(outer.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(outer.ownSpans()).extracting(s -> s.of(comparison.report(outer.reportId()).text()))
                .containsExactly("Putin called and said:");
    }

    @Test
    void quotesInTheAppealBlockAreExcluded() {
        assertThat(comparison.quotes()).filteredOn(Quote::excluded).extracting(Quote::text).containsExactly(
                "undesirable", "foreign agent.", "discredits the decisions of the Russian leadership.");
    }

    @Test
    void scareQuotedTermsAreNotSpeech() {
        assertThat(comparison.quotes()).filteredOn(q -> q.text().equals("Rocket Man") || q.text().equals("gay propaganda"))
                .hasSize(2).allSatisfy(q -> assertThat(q.isSpeech()).isFalse());
    }

    @Test
    void speakersAreNamedAndPronounsResolved() {
        assertThat(quoteStarting("Putin phoned him").speaker()).isEqualTo("Dmitry Peskov");
        assertThat(quoteStarting("It’s probably pie in the sky").speaker()).isEqualTo("Elton John");
        assertThat(quoteStarting("We just couldn't pass up").speaker()).isEqualTo("the pranksters");
        assertThat(quoteStarting("I know some guys").speaker()).isEqualTo("Vladimir Putin");
    }

    private static Quote quoteStarting(String prefix) {
        return comparison.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Cluster clusterContaining(String words) {
        return comparison.clusters().stream().filter(Cluster::isGroup)
                .filter(c -> c.quoteIds().stream().anyMatch(id -> quotes.get(id).text().contains(words)))
                .findFirst().orElseThrow();
    }

    private static List<String> reportsOf(Discrepancy.Reading r) {
        return r.spans().stream().map(l -> comparison.report(l.reportId()).path()).distinct().toList();
    }

    private static List<Discrepancy> captionDiscrepancies() {
        String id = clusterContaining("I look to forward").id();
        return comparison.discrepancies().stream().filter(d -> d.clusterId().equals(id)).toList();
    }
}
