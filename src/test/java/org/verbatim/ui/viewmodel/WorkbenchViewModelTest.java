package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Report;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.DeferredTaskRunner;
import org.verbatim.ui.task.SynchronousTaskRunner;

class WorkbenchViewModelTest {

    private static final Path SAMPLE_DIR = Path.of("assets/samples/putin-elton-john");

    private static Story story(String title, String... texts) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            reports.add(Report.of("r" + (i + 1), "report-" + (i + 1) + ".txt", texts[i]));
        }
        return new Story(title, reports);
    }

    @Test
    void startsEmptyAndIdle() {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());

        assertThat(vm.getPanes()).isEmpty();
        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getError()).isNull();
        assertThat(vm.getWindowTitle()).isEqualTo("Verbatim");
    }

    @Test
    void loadsTheBuiltInSampleIntoThreePanes() throws IOException {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());

        vm.loadSample();

        assertThat(vm.getPanes()).hasSize(3);
        assertThat(vm.getPanes()).extracting(ReportPaneViewModel::getText).containsExactly(
                Files.readString(SAMPLE_DIR.resolve("putin-offers-to-meet-elton-john.txt"), StandardCharsets.UTF_8),
                Files.readString(SAMPLE_DIR.resolve("putin-calls-elton-john-for-real.txt"), StandardCharsets.UTF_8),
                Files.readString(SAMPLE_DIR.resolve("kremlin-rejects-claim-putin-phoned.txt"), StandardCharsets.UTF_8));
        assertThat(vm.getPanes()).extracting(ReportPaneViewModel::getOutletLine).containsExactly(
                "unknown entertainment outlet", "The Moscow Times", "The Moscow Times · 2015-09-15");
        assertThat(vm.getPanes()).allSatisfy(p -> assertThat(p.getHighlights()).isEmpty());
        assertThat(vm.getWindowTitle())
                .isEqualTo("Verbatim — Putin and Elton John phone call (Sept 2015), three reports");
        assertThat(vm.getStatus()).isEqualTo("3 reports");
        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getProgress()).isEqualTo(1.0);
        assertThat(vm.getError()).isNull();
    }

    @Test
    void showsLoadingUntilTheTaskCompletes() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, () -> story("S", "a", "b"));

        vm.loadSample();

        assertThat(vm.isLoading()).isTrue();
        assertThat(vm.getProgress()).isEqualTo(WorkbenchViewModel.INDETERMINATE);
        assertThat(vm.getStatus()).startsWith("Opening");
        assertThat(vm.getPanes()).isEmpty();

        runner.completeOldest();

        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getPanes()).hasSize(2);
        assertThat(vm.getStatus()).isEqualTo("2 reports");
    }

    @Test
    void saysWhenASingleReportIsOpen() {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), () -> story("S", "only"));
        vm.loadSample();
        assertThat(vm.getStatus()).isEqualTo("1 report");
    }

    @Test
    void aFailedLoadSetsTheErrorAndStopsLoading() {
        StorySource broken = () -> { throw new IOException("gold.json is missing"); };
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), broken);

        vm.loadSample();

        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getProgress()).isZero();
        assertThat(vm.getError()).isEqualTo("gold.json is missing");
        assertThat(vm.getStatus()).isEqualTo("Could not open the sample story");
        assertThat(vm.getPanes()).isEmpty();
        assertThat(vm.getWindowTitle()).isEqualTo("Verbatim");
    }

    @Test
    void aNewLoadClearsTheOldError() {
        boolean[] fail = {true};
        StorySource flaky = () -> {
            if (fail[0]) {
                throw new IOException("not yet");
            }
            return story("S", "a");
        };
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), flaky);
        vm.loadSample();
        fail[0] = false;

        vm.loadSample();

        assertThat(vm.getError()).isNull();
        assertThat(vm.getPanes()).hasSize(1);
    }

    @Test
    void passesTheTextsToTheHighlightProviderAndItsHighlightsToThePanes() {
        List<List<String>> asked = new ArrayList<>();
        HighlightProvider provider = texts -> {
            asked.add(texts);
            return List.of(
                    List.of(new Highlight(0, 3, "quote quote-0")),
                    List.of(),
                    List.of(new Highlight(1, 2, "diff-ins"), new Highlight(0, 4, "quote quote-0")));
        };
        WorkbenchViewModel vm = new WorkbenchViewModel(
                new SynchronousTaskRunner(), () -> story("S", "alpha", "beta", "gamma"), provider);

        vm.loadSample();

        assertThat(asked).containsExactly(List.of("alpha", "beta", "gamma"));
        assertThat(vm.getPanes().get(0).getHighlights()).containsExactly(new Highlight(0, 3, "quote quote-0"));
        assertThat(vm.getPanes().get(1).getHighlights()).isEmpty();
        assertThat(vm.getPanes().get(2).getHighlights()).hasSize(2);
        assertThat(vm.getStatus()).isEqualTo("3 reports");
    }

    @Test
    void aFailingHighlightProviderStillShowsTheReports() {
        HighlightProvider broken = texts -> { throw new IllegalStateException("engine not ready"); };
        WorkbenchViewModel vm = new WorkbenchViewModel(
                new SynchronousTaskRunner(), () -> story("S", "a", "b"), broken);

        vm.loadSample();

        assertThat(vm.getError()).isNull();
        assertThat(vm.getPanes()).hasSize(2).allSatisfy(p -> assertThat(p.getHighlights()).isEmpty());
        assertThat(vm.getStatus()).isEqualTo("2 reports · highlights unavailable: engine not ready");
    }

    @Test
    void aHighlightProviderWithTheWrongNumberOfListsIsTreatedAsFailing() {
        HighlightProvider wrong = texts -> List.of(List.of(new Highlight(0, 1, "quote")));
        WorkbenchViewModel vm = new WorkbenchViewModel(
                new SynchronousTaskRunner(), () -> story("S", "a", "b"), wrong);

        vm.loadSample();

        assertThat(vm.getPanes()).hasSize(2).allSatisfy(p -> assertThat(p.getHighlights()).isEmpty());
        assertThat(vm.getStatus()).contains("highlights unavailable").contains("1 lists for 2 reports");
    }

    @Test
    void nullListsFromTheProviderMeanNoHighlights() {
        List<List<Highlight>> withNull = new ArrayList<>();
        withNull.add(null);
        WorkbenchViewModel vm = new WorkbenchViewModel(
                new SynchronousTaskRunner(), () -> story("S", "a"), texts -> withNull);

        vm.loadSample();

        assertThat(vm.getPanes().get(0).getHighlights()).isEmpty();
        assertThat(vm.getStatus()).isEqualTo("1 report");
    }

    @Test
    void theLatestLoadWinsWhenLoadsOverlap() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        int[] calls = {0};
        StorySource source = () -> ++calls[0] == 1 ? story("Newer", "n1", "n2") : story("Older", "o1");
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, source);

        vm.loadSample();
        vm.loadSample();
        runner.completeNewest();
        runner.completeOldest();

        assertThat(vm.getStoryTitle()).isEqualTo("Newer");
        assertThat(vm.getPanes()).extracting(ReportPaneViewModel::getText).containsExactly("n1", "n2");
        assertThat(vm.isLoading()).isFalse();
    }

    @Test
    void theLatestLoadWinsEvenWhenItFinishesFirstAndTheOlderOneFails() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        int[] calls = {0};
        StorySource source = () -> {
            if (++calls[0] == 2) {
                throw new IOException("stale failure");
            }
            return story("Fresh", "f");
        };
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, source);

        vm.loadSample();
        vm.loadSample();
        runner.completeNewest();
        runner.completeOldest();

        assertThat(vm.getError()).isNull();
        assertThat(vm.getStoryTitle()).isEqualTo("Fresh");
    }
}
