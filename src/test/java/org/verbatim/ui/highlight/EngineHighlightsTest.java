package org.verbatim.ui.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;

/** The engine's results as the window colours them, on the built-in sample. */
class EngineHighlightsTest {

    private static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");
    private static List<String> texts;
    private static List<List<Highlight>> highlights;

    @BeforeAll
    static void highlightTheSample() throws Exception {
        texts = new ArrayList<>();
        for (String f : List.of("putin-offers-to-meet-elton-john.txt", "putin-calls-elton-john-for-real.txt",
                "kremlin-rejects-claim-putin-phoned.txt")) {
            texts.add(Files.readString(SAMPLE.resolve(f)));
        }
        List<org.verbatim.core.model.Report> reports = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            reports.add(org.verbatim.core.model.Report.of("r" + (i + 1), "report " + (i + 1), texts.get(i)));
        }
        highlights = EngineHighlights.highlights(Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS));
    }

    private static List<String> styled(int report, String style) {
        return highlights.get(report).stream().filter(h -> h.styleClass().contains(style))
                .map(h -> texts.get(report).substring(h.start(), h.end())).toList();
    }

    @Test
    void oneListPerReport() {
        assertThat(highlights).hasSize(3);
    }

    @Test
    void theSiteBannerIsDimmedAsClutter() {
        assertThat(styled(1, HighlightStyles.CLUTTER)).contains("Support The Moscow Times!");
    }

    @Test
    void theCaptionWearsTheSameGroupColourInBothReports() {
        String colourInA = highlights.get(0).stream()
                .filter(h -> texts.get(0).substring(h.start(), h.end()).startsWith("Thank-you to President"))
                .map(Highlight::styleClass).findFirst().orElseThrow();
        assertThat(colourInA).startsWith("quote quote-");
        assertThat(styled(2, colourInA)).hasSize(2);
    }

    @Test
    void theWordTheOtherVersionDroppedIsStruckThrough() {
        assertThat(styled(0, HighlightStyles.DIFF_DEL)).contains("to");
    }

    @Test
    void cosmeticDifferencesAreNotMarked() {
        assertThat(styled(0, HighlightStyles.DIFF_CHG)).doesNotContain(".");
        assertThat(styled(2, HighlightStyles.DIFF_CHG)).doesNotContain(",");
    }

    @Test
    void aQuoteWhoseSpeakerTheUserSetIsOutlinedAsTheUsers() {
        String text = texts.get(1);
        int at = text.indexOf("I know some guys");
        var set = new org.verbatim.core.model.Corrections(List.of(), List.of(), List.of(),
                List.of(new org.verbatim.core.model.Corrections.SpeakerOverride(
                        new org.verbatim.core.model.Corrections.QuoteAt("r2",
                                new org.verbatim.core.model.Span(at, at + 16)), "Dmitry Peskov")),
                List.of(), List.of());
        List<org.verbatim.core.model.Report> reports = List.of(
                org.verbatim.core.model.Report.of("r1", "report 1", texts.get(0)),
                org.verbatim.core.model.Report.of("r2", "report 2", text));
        List<List<Highlight>> marked = EngineHighlights.highlights(Pipeline.standard().compare(reports,
                ComparisonSettings.DEFAULTS.withCorrections(set)));
        assertThat(marked.get(1)).filteredOn(h -> h.styleClass().contains(HighlightStyles.USER_QUOTE))
                .extracting(h -> text.substring(h.start(), h.end())).anyMatch(s -> s.startsWith("I know some guys"));
        assertThat(styled(1, HighlightStyles.USER_QUOTE)).isEmpty();
    }
}
