package org.verbatim.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.read.ReadResult;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.FxTestSupport;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** The window's layout as a person sees it: welcome screen, panes side by side, themes, text size. */
class WorkbenchViewTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private WorkbenchViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (model != null) {
            onFx(() -> { model.close(); return null; });
        }
    }

    /** The window at 1366×768 with no project open; file choosers answer {@code open}. */
    private WorkbenchView show(Path open) throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        model = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        model.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        FileDialogs answers = new FileDialogs() {
            @Override
            public Path projectToOpen(Window owner) {
                return open;
            }

            @Override
            public Path projectToSave(Window owner, String title, String suggestedName) {
                return open;
            }
        };
        stage = FxToolkit.setupStage(s -> {
            s.setScene(MainWindow.createScene(model, runner, answers));
            s.setWidth(MainWindow.DEFAULT_WIDTH);
            s.setHeight(MainWindow.DEFAULT_HEIGHT);
            s.show();
        });
        settle();
        return onFx(() -> (WorkbenchView) stage.getScene().getRoot());
    }

    private WorkbenchView showSample() throws Exception {
        WorkbenchView view = show(null);
        onFx(() -> { model.openSample(); return null; });
        settle();
        return view;
    }

    @Test
    void withNoProjectTheWelcomeScreenOffersTheSampleNewOpenAndRecent() throws Exception {
        WorkbenchView view = show(null);

        assertThat(onFx(() -> view.lookup("#welcome").isVisible())).isTrue();
        assertThat(onFx(() -> view.lookup("#open-sample").isVisible())).isTrue();
        assertThat(onFx(() -> view.lookup("#new-project") != null && view.lookup("#open-project") != null
                && view.lookup("#recent-projects") != null)).isTrue();
    }

    @Test
    void openTheSampleFromTheWelcomeScreen() throws Exception {
        WorkbenchView view = show(null);

        robot.clickOn("#open-sample");
        settle();

        assertThat(onFx(() -> view.reportPanes().size())).isEqualTo(3);
        assertThat(onFx(() -> view.lookup("#welcome").isVisible())).isFalse();
    }

    @Test
    void openingAFileThatIsNotAProjectShowsADialogNamingIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.verbatim"), "shopping list", StandardCharsets.UTF_8);
        show(notes);

        robot.clickOn("#open-project");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());

        String detail = onFx(() -> ((javafx.scene.control.Label) robot.lookup("#message-detail").query()).getText());
        assertThat(detail).contains("notes.verbatim");
        assertThat(onFx(() -> model.hasProjectProperty().get())).isFalse();
    }

    @Test
    void threePanesFitSideBySideAndTheirTextsStartOnOneLine() throws Exception {
        WorkbenchView view = showSample();

        List<ReportPane> panes = onFx(view::reportPanes);
        List<Double> widths = onFx(() -> panes.stream().map(ReportPane::getWidth).toList());
        List<Double> textTops = onFx(() -> panes.stream()
                .map(p -> p.textArea().localToScene(0, 0).getY()).toList());
        List<Double> rights = onFx(() -> panes.stream()
                .map(p -> p.localToScene(p.getWidth(), 0).getX()).toList());

        assertThat(widths).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(300.0));
        assertThat(widths.get(1)).isCloseTo(widths.get(0), offset(1.0));
        assertThat(widths.get(2)).isCloseTo(widths.get(0), offset(1.0));
        assertThat(rights.get(2)).as("the third pane ends inside the window").isLessThanOrEqualTo(1366.0);
        assertThat(textTops.get(1)).isEqualTo(textTops.get(0));
        assertThat(textTops.get(2)).isEqualTo(textTops.get(0));
    }

    @Test
    void withManyReportsOnlyThePanesOnScreenAreBuiltAndTheScrollBarMovesAlong() throws Exception {
        Path project = dir.resolve("many.verbatim");
        try (ProjectStore store = ProjectStore.create(project, Pipeline.standard())) {
            for (int i = 1; i <= 8; i++) {
                String text = "Report " + i + ". \"We will meet on Monday,\" the minister said.";
                store.addReport("r" + i + ".txt", "r" + i + ".txt", text.getBytes(StandardCharsets.UTF_8),
                        new ReadResult(text, SourceFormat.TEXT, new ReportMeta("Report " + i, null, null, null),
                                List.of()));
            }
        }
        WorkbenchView view = show(project);
        robot.clickOn("#open-project");
        settle();

        assertThat(onFx(() -> view.reportPanes().size())).isBetween(PaneStrip.MIN_VISIBLE, 4);
        assertThat(onFx(() -> robot.lookup(".report-pane").queryAll().size()))
                .isEqualTo(onFx(() -> view.reportPanes().size()));
        ScrollBar bar = onFx(() -> (ScrollBar) view.lookup("#pane-scroll"));
        assertThat(onFx(bar::isVisible)).isTrue();

        onFx(() -> { bar.setValue(bar.getMax()); return null; });
        settle();

        assertThat(onFx(() -> view.reportPanes().get(view.reportPanes().size() - 1).model().getTitle()))
                .isEqualTo("Report 8");
    }

    @Test
    void hidingAReportTakesItsPaneAway() throws Exception {
        WorkbenchView view = showSample();

        onFx(() -> { model.getPanes().get(1).shownProperty().set(false); return null; });
        settle();

        assertThat(onFx(() -> view.reportPanes().stream().map(p -> p.model().getTitle()).toList()))
                .containsExactly("Vladimir Putin offers to meet Elton John",
                        "Kremlin Rejects Claim That Putin Phoned Elton John");
    }

    @Test
    void ctrlPlusMakesTheReadingTextBiggerAndCtrlZeroPutsItBack() throws Exception {
        WorkbenchView view = showSample();
        robot.clickOn(view.reportPanes().get(0).textArea());

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle();
        double bigger = onFx(() -> model.settingsProperty().get().textSize());
        String style = onFx(() -> view.reportPanes().get(0).textArea().getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        settle();

        assertThat(bigger).isEqualTo(WindowSettings.DEFAULT_TEXT + 2);
        assertThat(style).contains("16.0px");
        assertThat(onFx(() -> model.settingsProperty().get().textSize())).isEqualTo(WindowSettings.DEFAULT_TEXT);
    }

    @Test
    void theDarkThemeIsAppliedToTheWholeWindow() throws Exception {
        WorkbenchView view = showSample();

        onFx(() -> {
            model.remember(model.settingsProperty().get().withTheme(WindowSettings.Theme.DARK));
            return null;
        });
        settle();

        assertThat(onFx(() -> view.getStyleClass())).contains("dark");
        FxTestSupport.snapshot(view, "dark-window.png");
    }

    @Test
    void onALaptopScreenTheReportsListFoldsAway() throws Exception {
        WorkbenchView view = showSample();

        assertThat(onFx(view::sideListShown)).isFalse();
    }

    @Test
    void tabMovesFromOneReportToTheNextAndOnToTheDiscrepancyList() throws Exception {
        WorkbenchView view = showSample();
        List<ReportPane> panes = onFx(view::reportPanes);
        robot.clickOn(panes.get(0).textArea());

        robot.type(KeyCode.TAB);
        boolean second = onFx(() -> panes.get(1).textArea().isFocused());
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB);

        assertThat(second).isTrue();
        assertThat(onFx(() -> panes.stream().noneMatch(p -> p.textArea().isFocused()))).isTrue();
    }

    @Test
    void excludingTheCaptionFromTheComparisonTakesItsDiscrepanciesAwayAndIncludingBringsThemBack()
            throws Exception {
        WorkbenchView view = showSample();
        ReportPane kremlin = onFx(() -> view.reportPanes().get(2));
        int before = onFx(() -> model.review().getRows().size());
        String text = onFx(() -> kremlin.textArea().getText());
        int start = text.indexOf("Thank-you to President Vladimir Putin");
        int end = text.indexOf("#ShareTheLove", start) + "#ShareTheLove".length();
        robot.interact(() -> kremlin.textArea().selectRange(start, end));

        contextMenu(kremlin.textArea());
        robot.clickOn("Exclude from comparison");
        settle();
        int excluded = onFx(() -> model.review().getRows().size());
        robot.interact(() -> view.reportPanes().get(2).textArea().selectRange(start, end));
        contextMenu(view.reportPanes().get(2).textArea());
        robot.clickOn("Include in comparison again");
        settle();

        assertThat(excluded).isLessThan(before);
        assertThat(onFx(() -> model.review().getRows().size())).isEqualTo(before);
    }

    /** What a right click asks for; Monocle's headless robot presses the button but sends no menu request. */
    private void contextMenu(javafx.scene.Node node) throws Exception {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getLayoutBounds());
            javafx.geometry.Point2D local = new javafx.geometry.Point2D(40, 40);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getMinX() + local.getX(), b.getMinY() + local.getY(), false, null));
        });
        settle();
    }

    @Test
    void printingWithoutAPrinterSaysSoAndOffersTheHtmlReport() throws Exception {
        showSample();

        robot.clickOn("File").clickOn("Print…");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());

        String detail = onFx(() -> ((javafx.scene.control.Label) robot.lookup("#message-detail").query()).getText());
        assertThat(detail).contains("No printer is set up", "HTML report");
    }

    @Test
    void clickingTheWarmBandOfAHeatStripSelectsADiscrepancyThere() throws Exception {
        WorkbenchView view = showSample();
        ReportPane kremlin = onFx(() -> view.reportPanes().get(2));
        HeatStrip strip = onFx(() -> (HeatStrip) kremlin.lookup(".heat-strip"));
        double[] bins = onFx(() -> kremlin.model().heatProperty().get());
        int warm = 0;
        while (bins[warm] == 0) {
            warm++;
        }
        double y = (warm + 0.5) / bins.length;

        javafx.geometry.Point2D p = onFx(() -> strip.localToScreen(HeatStrip.WIDTH / 2, y * strip.getHeight()));
        robot.clickOn(p);
        settle();

        assertThat(onFx(() -> model.review().selectedProperty().get())).isNotNull();
        assertThat(onFx(() -> strip.getChildrenUnmodifiable().size())).isPositive();
    }

    @Test
    void aNewProjectOpensTheReportsListEvenOnALaptop() throws Exception {
        WorkbenchView view = show(dir.resolve("new story.verbatim"));

        robot.clickOn("#new-project");
        settle();

        assertThat(onFx(view::sideListShown)).isTrue();
        assertThat(onFx(() -> view.lookup("#add-reports").isVisible())).isTrue();
    }

    @Test
    void wordCountsReadNaturally() {
        assertThat(ReportPane.wordCount(0)).isEqualTo("0 words");
        assertThat(ReportPane.wordCount(1)).isEqualTo("1 word");
        assertThat(ReportPane.wordCount(1234)).isEqualTo("1,234 words");
    }
}
