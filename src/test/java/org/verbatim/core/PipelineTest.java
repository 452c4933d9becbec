package org.verbatim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.core.ComparisonTables.compare;
import static org.verbatim.core.ComparisonTables.discrepancies;
import static org.verbatim.core.ComparisonTables.groups;
import static org.verbatim.core.ComparisonTables.reports;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

class PipelineTest {

    private static final String BILLS = """
            Water bills in the region will rise by 12 percent from April, the regulator announced on Thursday.

            "Customers have every right to be angry about another increase of this size," said Priya Nair, head of the consumer council.

            Report a problem
            """;
    private static final String COPY = """
            Households face a 12 percent rise in water bills from April, the regulator announced.

            Priya Nair, head of the consumer council, said: "Customers have every right to be angry about another increase of this size."
            """;

    @Test
    void noReportsMakeAnEmptyComparison() {
        Comparison c = Pipeline.standard().compare(List.of(), ComparisonSettings.DEFAULTS);

        assertThat(c.reports()).isEmpty();
        assertThat(c.quotes()).isEmpty();
        assertThat(c.clusters()).noneMatch(org.verbatim.core.align.Cluster::isGroup);
    }

    @Test
    void aSingleReportHasQuotesButNoGroups() {
        Comparison c = compare(BILLS);

        assertThat(c.quotes()).hasSize(1);
        assertThat(c.clusters()).noneMatch(org.verbatim.core.align.Cluster::isGroup);
        assertThat(c.discrepancies()).isEmpty();
    }

    @Test
    void eachReportComesBackWithWhatTheClutterRulesExcluded() {
        Comparison c = compare(BILLS, COPY);

        assertThat(c.reports().get(0).excluded()).extracting(e -> e.span().of(BILLS))
                .containsExactly("Report a problem");
        assertThat(c.reports().get(1).excluded()).isEmpty();
    }

    @Test
    void quotesComeInReportOrderThenTextOrder() {
        Comparison c = compare(COPY, BILLS);

        assertThat(c.quotes()).extracting(Quote::id).containsExactly("r1-q1", "r2-q1");
    }

    @Test
    void narrativeSentencesTellingTheSameFactAreLinkedAsPassages() {
        Comparison c = compare(BILLS, COPY);

        assertThat(c.passages()).hasSize(1);
        Passage p = c.passages().get(0);
        assertThat(p.spans()).extracting(s -> s.reportId() + ": " + s.span().of(c.report(s.reportId()).text()))
                .containsExactly(
                        "r1: Water bills in the region will rise by 12 percent from April, the regulator announced"
                                + " on Thursday.",
                        "r2: Households face a 12 percent rise in water bills from April, the regulator announced.");
    }

    @Test
    void aSpanTheUserExcludesTakesItsQuoteOutOfTheComparison() {
        Span quoteParagraph = new Span(BILLS.indexOf("\"Customers"), BILLS.indexOf("\n\nReport"));
        ComparisonSettings settings = new ComparisonSettings(false, ComparisonSettings.DEFAULTS.minSeverity(),
                Map.of("r1", List.of(quoteParagraph)), Map.of());

        Comparison c = compare(settings, BILLS, COPY);

        assertThat(c.reports().get(0).excluded()).extracting(Excluded::reason)
                .containsExactly("excluded by the user", "page furniture");
        assertThat(c.quotes().get(0).excluded()).isTrue();
        assertThat(c.clusters()).noneMatch(org.verbatim.core.align.Cluster::isGroup);
    }

    @Test
    void aSpanTheUserIncludesIsNoLongerClutter() {
        Span furniture = new Span(BILLS.indexOf("Report a problem"), BILLS.indexOf("Report a problem") + 16);
        ComparisonSettings settings = new ComparisonSettings(false, ComparisonSettings.DEFAULTS.minSeverity(),
                Map.of(), Map.of("r1", List.of(furniture)));

        assertThat(compare(settings, BILLS, COPY).reports().get(0).excluded()).isEmpty();
    }

    @Test
    void ignoringCaseDropsACaseChange() {
        String lower = COPY.replace("\"Customers", "\"customers");

        Comparison c = compare(ComparisonSettings.DEFAULTS.withIgnoreCase(true), BILLS, lower);

        assertThat(discrepancies(c)).doesNotContain("case");
    }

    @Test
    void aStageCanBeSwappedThroughTheBuilder() {
        Pipeline noClutter = Pipeline.builder().clutter(ClutterDetector.none()).build();

        Comparison c = noClutter.compare(reports(BILLS, COPY), ComparisonSettings.DEFAULTS);

        assertThat(c.reports()).allMatch(r -> r.excluded().isEmpty());
    }

    @Test
    void onePipelineServesConcurrentComparisonsAlike() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        String expected = groups(pipeline.compare(SampleStory.reports(), ComparisonSettings.DEFAULTS));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = pool.invokeAll(Collections.nCopies(8,
                    () -> groups(pipeline.compare(SampleStory.reports(), ComparisonSettings.DEFAULTS))));
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askingForAReportThatWasNotComparedFails() {
        Comparison c = compare(BILLS);

        assertThatThrownBy(() -> c.report("r9")).isInstanceOf(IllegalArgumentException.class).hasMessage("no report r9");
    }

    @Test
    void clusterIdsFollowTheOrderOfFirstAppearance() {
        String hearing = "The inquiry into the Longmoor flood heard evidence on Tuesday.";
        String pumps = "\"The pumps failed within an hour and nobody from the council answered the phone,\""
                + " Ruth Okafor told the inquiry.";
        String warning = "\"We warned the council about that culvert three years ago and heard nothing back,\""
                + " said Tom Reddin.";

        Comparison c = compare(String.join("\n\n", hearing, warning, pumps), String.join("\n\n", pumps, warning));

        assertThat(groups(c)).isEqualTo("""
                c1 | r1: We warned the council about that… | r2: We warned the council about that…
                c2 | r1: The pumps failed within an hour… | r2: The pumps failed within an hour…
                """);
    }
}
