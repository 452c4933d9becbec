package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.ui.highlight.Highlight;

class ReportPaneViewModelTest {

    private static Report report(ReportMeta meta, String text) {
        return new Report("r1", "a.txt", text, SourceFormat.TEXT, meta, List.of());
    }

    @Test
    void takesTitleOutletAndDateFromTheReport() {
        ReportPaneViewModel pane = ReportPaneViewModel.of(
                report(new ReportMeta("Headline", "The Moscow Times", "2015-09-15", null), "Some text."));

        assertThat(pane.id()).isEqualTo("r1");
        assertThat(pane.source()).isEqualTo("a.txt");
        assertThat(pane.getTitle()).isEqualTo("Headline");
        assertThat(pane.getOutletLine()).isEqualTo("The Moscow Times · 2015-09-15");
        assertThat(pane.getText()).isEqualTo("Some text.");
        assertThat(pane.getHighlights()).isEmpty();
    }

    @Test
    void outletLineHasOnlyWhatIsStated() {
        assertThat(ReportPaneViewModel.of(report(new ReportMeta("T", "Outlet", null, null), "")).getOutletLine())
                .isEqualTo("Outlet");
        assertThat(ReportPaneViewModel.of(report(new ReportMeta("T", " ", "2015-09-15", null), "")).getOutletLine())
                .isEqualTo("2015-09-15");
        assertThat(ReportPaneViewModel.of(report(ReportMeta.EMPTY, "")).getOutletLine()).isEmpty();
    }

    @Test
    void titleFallsBackToTheSource() {
        assertThat(ReportPaneViewModel.of(report(ReportMeta.EMPTY, "text")).getTitle()).isEqualTo("a.txt");
    }

    @Test
    void countsWords() {
        assertThat(ReportPaneViewModel.countWords("")).isZero();
        assertThat(ReportPaneViewModel.countWords("  \n ")).isZero();
        assertThat(ReportPaneViewModel.countWords("Putin phoned him, Peskov said — twice.")).isEqualTo(6);
        assertThat(ReportPaneViewModel.countWords("face-to-face\u00a0LGBT\n\n#lgbt @ejaf")).isEqualTo(4);
        assertThat(new ReportPaneViewModel("r", "s", "t", "", "one two three").getWordCount()).isEqualTo(3);
    }

    @Test
    void highlightsAreCopiedAndNullMeansNone() {
        ReportPaneViewModel pane = new ReportPaneViewModel("r", "s", "t", "", "0123456789");
        List<Highlight> given = new ArrayList<>(List.of(new Highlight(1, 4, "quote")));
        List<List<Highlight>> seen = new ArrayList<>();
        pane.highlightsProperty().addListener((obs, old, now) -> seen.add(now));

        pane.setHighlights(given);
        given.clear();
        assertThat(pane.getHighlights()).containsExactly(new Highlight(1, 4, "quote"));
        assertThatThrownBy(() -> pane.getHighlights().clear()).isInstanceOf(UnsupportedOperationException.class);

        pane.setHighlights(null);
        assertThat(pane.getHighlights()).isEmpty();
        assertThat(seen).hasSize(2);
    }
}
