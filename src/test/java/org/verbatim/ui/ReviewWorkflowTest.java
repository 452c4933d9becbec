package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.ui.view.ReportPane;
import org.verbatim.ui.viewmodel.DiscrepancyRow;

/** What a desk editor does with the sample: find the "to", look at it in every report, confirm it, come back. */
class ReviewWorkflowTest extends AppTest {

    @SuppressWarnings("unchecked")
    private TableView<DiscrepancyRow> openSample() throws Exception {
        start(() -> new VerbatimApp(List.of("--sample")));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3
                && !robot.lookup("#discrepancy-table").queryAs(TableView.class).getItems().isEmpty());
        return robot.lookup("#discrepancy-table").queryAs(TableView.class);
    }

    private static int rowOfTheWordTo(TableView<DiscrepancyRow> table) throws Exception {
        return onFx(() -> {
            List<DiscrepancyRow> rows = table.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).change().equals("\u00ABto\u00BB \u2192 (nothing)")) {
                    return i;
                }
            }
            return -1;
        });
    }

    @Test
    void theSampleOpensInThreePanesAndTheListHoldsTheToOfTheCaption() throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        assertThat(rowOfTheWordTo(table)).isNotNegative();
    }

    @Test
    void selectingTheToScrollsTheOtherPanesToTheCaptionAndMarksIt() throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        int row = rowOfTheWordTo(table);
        onFx(() -> {
            table.getSelectionModel().select(row);
            return null;
        });
        settle();
        List<ReportPane> panes = onFx(() -> List.copyOf(robot.lookup(".report-pane").queryAllAs(ReportPane.class)));
        ReportPane kremlin = panes.get(2);
        String selected = onFx(() -> kremlin.textArea().getSelectedText());
        assertThat(selected).startsWith("Thank-you to President Vladimir Putin");
        int paragraph = onFx(() -> kremlin.textArea().getCaretSelectionBind().getParagraphIndex());
        int first = onFx(() -> kremlin.textArea().firstVisibleParToAllParIndex());
        int last = onFx(() -> kremlin.textArea().lastVisibleParToAllParIndex());
        assertThat(paragraph).isBetween(first, last);
        assertThat(onFx(() -> panes.get(1).model().lacksSelectionProperty().get())).isTrue();
    }

    @Test
    void aConfirmedStatusAndNoteAreThereAfterClosingAndReopeningTheProject(@TempDir Path dir) throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        Path file = dir.resolve("elton.verbatim");
        robot.interact(() -> ((VerbatimApp) app).workbench().saveAs(file));
        waitUntil(() -> file.equals(((VerbatimApp) app).workbench().projectFile())
                && !((VerbatimApp) app).workbench().isLoading() && !table.getItems().isEmpty());
        int row = rowOfTheWordTo(table);
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#status-confirmed");
        robot.clickOn("#annotation-note").write("Instagram prints 'look to forward'");
        robot.clickOn("#save-note");
        settle();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();

        start(() -> new VerbatimApp(List.of(file.toString())));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3
                && !robot.lookup("#discrepancy-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<DiscrepancyRow> reopened = robot.lookup("#discrepancy-table").queryAs(TableView.class);
        DiscrepancyRow to = onFx(() -> reopened.getItems().get(rowOfTheWordTo(reopened)));

        assertThat(to.status()).isEqualTo(AnnotationStatus.CONFIRMED);
        assertThat(to.note()).isEqualTo("Instagram prints 'look to forward'");
    }

    @Test
    void jAndKGoThroughTheDiscrepanciesInOrder() throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        robot.clickOn(".report-text");
        robot.type(KeyCode.J, KeyCode.J, KeyCode.J);
        settle();
        assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(2);
        robot.type(KeyCode.K);
        settle();
        assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(1);
        robot.type(KeyCode.F8);
        settle();
        assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(2);
    }

    @Test
    void ctrlFThenTypingNarrowsTheListToWhatMatches() throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        robot.clickOn(".report-text");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("sic");
        settle();

        assertThat(onFx(() -> table.getItems().stream().map(DiscrepancyRow::change).toList()))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("(sic)"));
    }

    @Test
    void theInspectorShowsTheCaptionAlignedWithTheMissingToMarked() throws Exception {
        TableView<DiscrepancyRow> table = openSample();
        int row = rowOfTheWordTo(table);

        robot.interact(() -> table.getSelectionModel().select(row));
        settle();

        List<String> variants = onFx(() -> robot.lookup(".alignment-variant").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList());
        assertThat(variants).contains("to", "\u2014");
    }
}
