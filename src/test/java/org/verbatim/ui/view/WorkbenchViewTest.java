package org.verbatim.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.verbatim.core.model.Report;
import org.verbatim.ui.FxTestSupport;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.highlight.StyleSpansAdapter;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.task.DeferredTaskRunner;
import org.verbatim.ui.task.SynchronousTaskRunner;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** The window's view against view models driven by test runners, headless. */
class WorkbenchViewTest {

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private WorkbenchView show(WorkbenchViewModel model, TaskRunner runner) throws Exception {
        stage = FxToolkit.setupStage(s -> MainWindow.show(s, model, runner));
        settle();
        return onFx(() -> (WorkbenchView) stage.getScene().getRoot());
    }

    private static Node find(WorkbenchView view, String selector) {
        return view.lookup(selector);
    }

    @Test
    void theWindowShowsALoadingNoticeBeforeTheStoryArrives() throws Exception {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        WorkbenchView view = show(model, runner);

        onFx(() -> { model.loadSample(); return null; });
        settle();
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(() -> find(view, "#loading-notice").isVisible())).isTrue();
        assertThat(onFx(() -> view.reportPanes().size())).isZero();
        FxTestSupport.snapshot(view, "loading.png");

        onFx(() -> { runner.completeOldest(); return null; });
        settle();
        assertThat(onFx(() -> find(view, "#loading-notice").isVisible())).isFalse();
        assertThat(onFx(() -> view.reportPanes().size())).isEqualTo(3);
        assertThat(onFx(stage::getTitle)).startsWith("Verbatim — Putin and Elton John");
    }

    @Test
    void aFailedLoadShowsTheErrorAndCanBeRetried() throws Exception {
        int[] attempts = {0};
        WorkbenchViewModel model = new WorkbenchViewModel(new SynchronousTaskRunner(), () -> {
            if (++attempts[0] == 1) {
                throw new IOException("gold.json is missing");
            }
            return new Story("Second try", List.of(Report.of("r1", "a.txt", "Text.")));
        });
        WorkbenchView view = show(model, new SynchronousTaskRunner());

        onFx(() -> { model.loadSample(); return null; });
        settle();
        assertThat(onFx(() -> find(view, "#error-notice").isVisible())).isTrue();
        assertThat(onFx(() -> view.reportPanes().size())).isZero();
        FxTestSupport.snapshot(view, "load-failed.png");

        onFx(() -> { ((Button) view.lookup("#error-notice .button")).fire(); return null; });
        settle();
        assertThat(onFx(() -> find(view, "#error-notice").isVisible())).isFalse();
        assertThat(onFx(() -> view.reportPanes().size())).isEqualTo(1);
    }

    @Test
    void highlightsReachTheTextAreasAsOneMergedSpanList() throws Exception {
        HighlightProvider provider = texts -> List.of(
                List.of(new Highlight(0, 8, "quote quote-1"), new Highlight(4, 12, "diff-ins")),
                List.of(),
                List.of(new Highlight(10, 20, "clutter")));
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner, new ClasspathSampleSource(), provider);
        WorkbenchView view = show(model, runner);

        onFx(() -> { model.loadSample(); return null; });
        settle();

        List<ReportPane> panes = onFx(view::reportPanes);
        StyleSpans<Collection<String>> first = onFx(() -> panes.get(0).textArea().getStyleSpans(0, 14));
        assertThat(StyleSpansAdapter.describe(first))
                .isEqualTo("4[quote,quote-1] 4[diff-ins,quote,quote-1] 4[diff-ins] 2[]");
        StyleSpans<Collection<String>> second = onFx(() -> panes.get(1).textArea().getStyleSpans(0, 30));
        assertThat(StyleSpansAdapter.describe(second)).isEqualTo("30[]");
        StyleSpans<Collection<String>> third = onFx(() -> panes.get(2).textArea().getStyleSpans(8, 22));
        assertThat(StyleSpansAdapter.describe(third)).isEqualTo("2[] 10[clutter] 2[]");
    }

    @Test
    void changedHighlightsReplaceTheOldOnes() throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner, new ClasspathSampleSource(),
                texts -> texts.stream().map(t -> List.of(new Highlight(0, 5, "quote"))).toList());
        WorkbenchView view = show(model, runner);
        onFx(() -> { model.loadSample(); return null; });
        settle();
        ReportPane pane = onFx(() -> view.reportPanes().get(0));

        onFx(() -> { pane.model().setHighlights(List.of(new Highlight(2, 3, "diff-del"))); return null; });
        assertThat(onFx(() -> StyleSpansAdapter.describe(pane.textArea().getStyleSpans(0, 6))))
                .isEqualTo("2[] 1[diff-del] 3[]");

        onFx(() -> { pane.model().setHighlights(List.of()); return null; });
        assertThat(onFx(() -> StyleSpansAdapter.describe(pane.textArea().getStyleSpans(0, 6)))).isEqualTo("6[]");
    }

    @Test
    void threePanesFitSideBySideAndTheirTextsStartOnOneLine() throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        WorkbenchView view = show(model, runner);
        onFx(() -> { model.loadSample(); return null; });
        settle();

        List<ReportPane> panes = onFx(view::reportPanes);
        List<Double> widths = onFx(() -> panes.stream().map(ReportPane::getWidth).toList());
        List<Double> textTops = onFx(() -> panes.stream()
                .map(p -> p.textArea().localToScene(0, 0).getY()).toList());
        List<Double> rights = onFx(() -> panes.stream()
                .map(p -> p.localToScene(p.getWidth(), 0).getX()).toList());

        assertThat(widths).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(ReportPane.MIN_WIDTH));
        assertThat(widths.get(1)).isCloseTo(widths.get(0), offset(1.0));
        assertThat(widths.get(2)).isCloseTo(widths.get(0), offset(1.0));
        assertThat(rights.get(2)).as("the third pane ends inside the window").isLessThanOrEqualTo(1366.0);
        assertThat(textTops.get(1)).isEqualTo(textTops.get(0));
        assertThat(textTops.get(2)).isEqualTo(textTops.get(0));
    }

    @Test
    void aNarrowWindowScrollsThePanesSideways() throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        WorkbenchView view = show(model, runner);
        onFx(() -> { model.loadSample(); return null; });
        onFx(() -> { stage.setWidth(800); return null; });
        settle();

        List<ReportPane> panes = onFx(view::reportPanes);
        assertThat(onFx(() -> panes.stream().map(ReportPane::getWidth).toList()))
                .allSatisfy(w -> assertThat(w).isEqualTo(ReportPane.MIN_WIDTH));
        ScrollPane strip = onFx(() -> (ScrollPane) view.lookup(".report-strip"));
        assertThat(onFx(() -> strip.getContent().getLayoutBounds().getWidth()))
                .isGreaterThan(onFx(() -> strip.getViewportBounds().getWidth()));
        FxTestSupport.snapshot(view, "narrow-window.png");
    }

    @Test
    void anEmptyReportShowsAnEmptyPane() throws Exception {
        SynchronousTaskRunner runner = new SynchronousTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(runner,
                () -> new Story("Empty", List.of(Report.of("r1", "empty.txt", ""))),
                texts -> List.of(List.of(new Highlight(0, 4, "quote"))));
        WorkbenchView view = show(model, runner);
        onFx(() -> { model.loadSample(); return null; });
        settle();

        assertThat(onFx(() -> view.reportPanes().get(0).textArea().getLength())).isZero();
        assertThat(onFx(() -> view.reportPanes().get(0).model().getWordCount())).isZero();
    }

    @Test
    void wordCountsReadNaturally() {
        assertThat(ReportPane.wordCount(0)).isEqualTo("0 words");
        assertThat(ReportPane.wordCount(1)).isEqualTo("1 word");
        assertThat(ReportPane.wordCount(1234)).isEqualTo("1,234 words");
    }
}
