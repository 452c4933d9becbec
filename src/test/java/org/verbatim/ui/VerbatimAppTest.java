package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.sampleFile;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.verbatim.ui.view.ReportPane;

/** The real application, headless: it opens the built-in sample in three read-only panes. */
class VerbatimAppTest extends AppTest {

    private List<ReportPane> openApp() throws Exception {
        app = FxToolkit.setupApplication(() -> new VerbatimApp(List.of("--sample")));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3);
        return new ArrayList<>(robot.lookup(".report-pane").queryAllAs(ReportPane.class));
    }

    @Test
    void opensTheSampleInThreePanesWithTheSampleTexts() throws Exception {
        List<ReportPane> panes = openApp();

        List<String> texts = onFx(() -> panes.stream().map(p -> p.textArea().getText()).toList());
        assertThat(texts).containsExactly(
                sampleFile(FxTestSupport.SAMPLE_FILES[0]),
                sampleFile(FxTestSupport.SAMPLE_FILES[1]),
                sampleFile(FxTestSupport.SAMPLE_FILES[2]));
    }

    @Test
    void panesAreReadOnlyAndWrapped() throws Exception {
        List<ReportPane> panes = openApp();

        assertThat(panes).allSatisfy(p -> {
            assertThat(p.textArea().isEditable()).isFalse();
            assertThat(p.textArea().isWrapText()).isTrue();
        });
    }

    @Test
    void titlesTheWindowAfterTheStoryAndCountsReportsAndGroups() throws Exception {
        openApp();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();

        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("3 reports · 2 quote groups"));
        assertThat(onFx(stage::getTitle))
                .isEqualTo("Verbatim — Putin and Elton John phone call (Sept 2015), three reports (not saved)");
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(() -> stage.getScene().getWidth())).isEqualTo(1366.0);
        assertThat(onFx(() -> stage.getScene().getHeight())).isEqualTo(768.0);
    }

    @Test
    void headersShowTitleAndOutletLine() throws Exception {
        openApp();

        List<String> titles = onFx(() -> robot.lookup(".report-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        List<String> outlets = onFx(() -> robot.lookup(".report-outlet").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertThat(titles).containsExactly(
                "Vladimir Putin offers to meet Elton John",
                "Russia's Putin Calls Elton John, For Real This Time, Offers Meeting",
                "Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(outlets).containsExactly(
                "unknown entertainment outlet", "The Moscow Times", "The Moscow Times · 2015-09-15");
    }
}
