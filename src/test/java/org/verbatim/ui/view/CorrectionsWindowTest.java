package org.verbatim.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.ui.FxTestSupport;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;
import org.verbatim.ui.viewmodel.CorrectionsViewModel;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** A desk editor corrects the engine from a report pane's context menu: each kind, and Ctrl+Z takes it back. */
class CorrectionsWindowTest {

    private static final String PESKOV = "I can safely say that President Putin did not have a telephone conversation";
    private static final String PIE = "It\u2019s probably pie in the sky";
    private static final String PRANK = "I know some guys played a trick on you";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void theSampleInTheWindow() throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        model = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        model.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        Stage stage = FxToolkit.setupStage(s -> {
            s.setScene(MainWindow.createScene(model, runner, new FileDialogs() {
                @Override
                public Path projectToOpen(javafx.stage.Window owner) {
                    return null;
                }

                @Override
                public Path projectToSave(javafx.stage.Window owner, String title, String suggestedName) {
                    return null;
                }
            }));
            s.setWidth(MainWindow.DEFAULT_WIDTH);
            s.setHeight(MainWindow.DEFAULT_HEIGHT);
            s.show();
        });
        onFx(() -> { model.openSample(); return null; });
        settle();
        view = onFx(() -> (WorkbenchView) stage.getScene().getRoot());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        onFx(() -> { model.close(); return null; });
    }

    private Optional<Quote> quote(String words) throws Exception {
        return onFx(() -> model.comparison().quotes().stream().filter(q -> q.text().startsWith(words)).findFirst());
    }

    private Cluster clusterOf(Quote q) throws Exception {
        return onFx(() -> model.comparison().clusters().stream().filter(cl -> cl.quoteIds().contains(q.id()))
                .findFirst().orElseThrow());
    }

    /** Selects {@code words} in the pane whose report holds them and opens that pane's context menu. */
    private void rightClickOn(String words) throws Exception {
        ReportPane pane = onFx(() -> view.reportPanes().stream()
                .filter(p -> p.textArea().getText().contains(words)).findFirst().orElseThrow());
        robot.interact(() -> {
            int at = pane.textArea().getText().indexOf(words);
            pane.textArea().selectRange(at, at + words.length());
        });
        robot.interact(() -> {
            var node = pane.textArea();
            javafx.geometry.Bounds b = node.localToScreen(node.getLayoutBounds());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40, b.getMinX() + 40,
                    b.getMinY() + 40, false, null));
        });
        settle();
    }

    private void choose(String menuItemId) throws Exception {
        robot.clickOn("#" + menuItemId);
        settle();
    }

    private void undo() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
    }

    private DialogPane dialog(String id) throws Exception {
        waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    @Test
    void notAQuoteTakesTheQuoteAwayAndCtrlZBringsItBack() throws Exception {
        rightClickOn("President Putin did not have");
        choose("correct-not-quote");
        assertThat(quote(PESKOV)).isEmpty();
        undo();
        assertThat(quote(PESKOV)).isPresent();
    }

    @Test
    void aTermNotAQuoteMakesItATerm() throws Exception {
        rightClickOn("President Putin did not have");
        choose("correct-term");
        assertThat(quote(PESKOV).orElseThrow().kind()).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void keepAloneTakesTheQuoteOutOfItsGroup() throws Exception {
        rightClickOn("some guys played a trick");
        choose("correct-alone");
        assertThat(clusterOf(quote(PRANK).orElseThrow()).quoteIds()).hasSize(1);
    }

    @Test
    void moveToGroupPutsTheQuoteInTheGroupChosenInTheDialog() throws Exception {
        Cluster putin = clusterOf(quote(PRANK).orElseThrow());
        rightClickOn("pie in the sky");
        choose("correct-move");
        DialogPane d = dialog("move-to-group-dialog");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CorrectionsViewModel.Group> groups = (ComboBox<CorrectionsViewModel.Group>) d.lookup(".combo-box");
            groups.getItems().stream().filter(g -> g.id().equals(putin.id())).findFirst()
                    .ifPresent(g -> groups.getSelectionModel().select(g));
        });
        robot.clickOn(d.lookupButton(ButtonType.OK));
        settle();
        assertThat(clusterOf(quote(PIE).orElseThrow()).quoteIds()).contains(quote(PRANK).orElseThrow().id());
    }

    @Test
    void setSpeakerGivesTheQuoteTheNameTyped() throws Exception {
        rightClickOn("some guys played a trick");
        choose("correct-speaker");
        DialogPane d = dialog("speaker-dialog");
        robot.interact(() -> ((TextField) d.lookup("#speaker-name")).setText("Dmitry Peskov"));
        robot.clickOn(d.lookupButton(ButtonType.OK));
        settle();
        Quote q = quote(PRANK).orElseThrow();
        assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(q.attribution().how()).isEqualTo(Attribution.How.USER);
    }

    @Test
    void clearSpeakerLeavesNobodyNamed() throws Exception {
        rightClickOn("some guys played a trick");
        choose("correct-clear-speaker");
        assertThat(quote(PRANK).orElseThrow().speaker()).isNull();
    }

    @Test
    void markAsAQuoteMakesTheSelectedWordsAQuote() throws Exception {
        rightClickOn("the Kremlin denies");
        choose("correct-mark-quote");
        assertThat(quote("the Kremlin denies")).hasValueSatisfying(q -> assertThat(q.form()).isEqualTo(QuoteForm.USER));
    }

    @Test
    void outsideEveryQuoteOnlyMarkingIsOffered() throws Exception {
        rightClickOn("the Kremlin denies");
        ReportPane pane = onFx(() -> view.reportPanes().stream()
                .filter(p -> p.textArea().getText().contains("the Kremlin denies")).findFirst().orElseThrow());
        java.util.Map<String, Boolean> disabled = onFx(() -> {
            java.util.Map<String, Boolean> out = new java.util.HashMap<>();
            pane.textArea().getContextMenu().getItems().forEach(i -> out.put(i.getId(), i.isDisable()));
            return out;
        });
        assertThat(disabled).containsEntry("correct-mark-quote", false).containsEntry("correct-not-quote", true)
                .containsEntry("correct-move", true).containsEntry("correct-speaker", true);
    }
}
