package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Span;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.DeferredTaskRunner;
import org.verbatim.ui.task.FxTaskRunner;
import org.verbatim.ui.task.SynchronousTaskRunner;
import org.verbatim.ui.task.TaskRunner;

/** The window's state, without a display: opening, saving and closing projects, changes, settings. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench(TaskRunner runner) {
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        vm.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        return vm;
    }

    private WorkbenchViewModel withSample() {
        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());
        vm.openSample();
        return vm;
    }

    @Test
    void startsWithNoProjectSoTheWelcomeScreenShows() {
        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());

        assertThat(vm.hasProjectProperty().get()).isFalse();
        assertThat(vm.getPanes()).isEmpty();
        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getStatus()).isEqualTo("No project open");
    }

    @Test
    void theSampleOpensAsATemporaryProjectWithThreeReports() {
        WorkbenchViewModel vm = withSample();

        assertThat(vm.hasProjectProperty().get()).isTrue();
        assertThat(vm.temporaryProperty().get()).isTrue();
        assertThat(vm.getPanes()).extracting(ReportPaneViewModel::getTitle).containsExactly(
                "Vladimir Putin offers to meet Elton John",
                "Russia's Putin Calls Elton John, For Real This Time, Offers Meeting",
                "Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(vm.getStatus()).startsWith("3 reports · 2 quote groups · ");
        assertThat(vm.getWindowTitle()).endsWith("(not saved)");
    }

    @Test
    void theTemporarySampleIsNotARecentProject() {
        WorkbenchViewModel vm = withSample();

        assertThat(vm.getRecentProjects()).isEmpty();
    }

    @Test
    void savingTheSampleAsAFileCarriesOnThereAndRemembersIt() {
        WorkbenchViewModel vm = withSample();
        Path saved = dir.resolve("elton.verbatim");

        vm.saveAs(saved);

        assertThat(vm.projectFile()).isEqualTo(saved);
        assertThat(vm.temporaryProperty().get()).isFalse();
        assertThat(vm.getPanes()).hasSize(3);
        assertThat(vm.getRecentProjects()).containsExactly(saved);
        assertThat(vm.getWindowTitle()).isEqualTo("Verbatim — elton");
    }

    @Test
    void recentProjectsSurviveARestart() {
        WorkbenchViewModel vm = withSample();
        vm.saveAs(dir.resolve("elton.verbatim"));
        vm.close();

        WorkbenchViewModel next = workbench(new SynchronousTaskRunner());

        assertThat(next.getRecentProjects()).containsExactly(dir.resolve("elton.verbatim"));
    }

    @Test
    void aNewProjectHasNoReportsYet() {
        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());

        vm.newProject(dir.resolve("new story.verbatim"));

        assertThat(vm.hasProjectProperty().get()).isTrue();
        assertThat(vm.getPanes()).isEmpty();
        assertThat(vm.getStatus()).startsWith("0 reports");
    }

    @Test
    void aFileThatIsNotAProjectGetsAMessageNamingItAndTheOpenProjectStays() throws Exception {
        WorkbenchViewModel vm = withSample();
        Path notes = Files.writeString(dir.resolve("notes.verbatim"), "just some notes", StandardCharsets.UTF_8);

        vm.openProject(notes);

        assertThat(vm.messageProperty().get().error()).isTrue();
        assertThat(vm.messageProperty().get().detail()).contains("notes.verbatim");
        assertThat(vm.getPanes()).hasSize(3);
        assertThat(vm.hasProjectProperty().get()).isTrue();
    }

    @Test
    void aRecentProjectThatIsGoneIsDroppedFromTheListWithAMessage() throws Exception {
        WorkbenchViewModel vm = withSample();
        Path saved = dir.resolve("elton.verbatim");
        vm.saveAs(saved);
        vm.closeProject();
        Files.delete(saved);

        vm.openProject(saved);

        assertThat(vm.messageProperty().get().detail()).contains("elton.verbatim", "no such file");
        assertThat(vm.getRecentProjects()).isEmpty();
    }

    @Test
    void closingTheProjectGoesBackToTheWelcomeScreen() {
        WorkbenchViewModel vm = withSample();

        vm.closeProject();

        assertThat(vm.hasProjectProperty().get()).isFalse();
        assertThat(vm.getPanes()).isEmpty();
        assertThat(vm.review().getRows()).isEmpty();
        assertThat(vm.getWindowTitle()).isEqualTo("Verbatim");
    }

    @Test
    void aLaterOpenWinsOverOneStillRunning() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel vm = workbench(runner);
        vm.openSample();
        vm.newProject(dir.resolve("empty.verbatim"));

        runner.completeNewest();
        runner.completeOldest();

        assertThat(vm.projectFile()).isEqualTo(dir.resolve("empty.verbatim"));
        assertThat(vm.getPanes()).isEmpty();
    }

    @Test
    void isLoadingUntilTheProjectIsRead() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel vm = workbench(runner);

        vm.openSample();

        assertThat(vm.isLoading()).isTrue();
        assertThat(vm.getProgress()).isEqualTo(WorkbenchViewModel.INDETERMINATE);
        runner.completeOldest();
        assertThat(vm.isLoading()).isFalse();
        assertThat(vm.getProgress()).isEqualTo(1.0);
    }

    @Test
    void aChangeToTheStoreIsComparedAgainAndShown() {
        WorkbenchViewModel vm = withSample();
        String kremlin = vm.getPanes().get(2).id();
        int before = vm.review().getRows().size();
        String text = vm.getPanes().get(2).getText();
        int at = text.indexOf("Thank-you to President Vladimir Putin");

        vm.change("Exclude", store -> {
            store.exclude(kremlin, new Span(at, text.indexOf('\n', at)));
            return null;
        });

        assertThat(vm.review().getRows().size()).isLessThan(before);
        assertThat(vm.isLoading()).isFalse();
    }

    @Test
    void aFailedChangeSaysWhyAndLeavesTheProjectAsItWas() {
        WorkbenchViewModel vm = withSample();
        int before = vm.review().getRows().size();

        vm.change("Import notes.bin", store -> {
            throw new java.io.IOException("notes.bin: this is a binary file, not text");
        });

        assertThat(vm.messageProperty().get().title()).isEqualTo("Import notes.bin failed");
        assertThat(vm.messageProperty().get().detail()).isEqualTo("notes.bin: this is a binary file, not text");
        assertThat(vm.review().getRows()).hasSize(before);
        assertThat(vm.getPanes()).hasSize(3);
    }

    @Test
    void cancelStopsLongWorkAndKeepsWhatWasDone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newSingleThreadExecutor(), Runnable::run)) {
            WorkbenchViewModel bg = workbench(runner);
            bg.openSample();
            for (int waited = 0; (bg.session() == null || bg.isLoading()) && waited < 400; waited++) {
                Thread.sleep(50);
            }
            assertThat(bg.session()).isNotNull();
            int[] steps = {0};
            bg.change("Importing 1,000 files", store -> {
                started.countDown();
                while (!Thread.currentThread().isInterrupted() && steps[0] < 1_000_000) {
                    steps[0]++;
                    Thread.sleep(1);
                }
                return UserMessage.info("Import stopped", steps[0] + " done");
            });
            bg.workLabelProperty().addListener((o, was, now) -> {
                if (now.isEmpty()) {
                    finished.countDown();
                }
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(bg.workLabelProperty().get()).isEqualTo("Importing 1,000 files");

            bg.cancel();

            assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(steps[0]).isLessThan(1_000_000);
            assertThat(bg.messageProperty().get().title()).isEqualTo("Cancelled");
            assertThat(bg.messageProperty().get().error()).isFalse();
            assertThat(bg.getPanes()).hasSize(3);
        }
    }

    @Test
    void aHiddenReportStaysHiddenAfterTheComparisonRunsAgain() {
        WorkbenchViewModel vm = withSample();
        String second = vm.getPanes().get(1).id();
        vm.getPanes().get(1).shownProperty().set(false);

        vm.change("Nothing", store -> null);

        assertThat(vm.getPanes()).filteredOn(p -> p.id().equals(second))
                .singleElement().satisfies(p -> assertThat(p.shownProperty().get()).isFalse());
    }

    @Test
    void clickingTheCaptionInOneReportScrollsTheOthersToIt() {
        WorkbenchViewModel vm = withSample();
        ReportPaneViewModel first = vm.getPanes().get(0);
        ReportPaneViewModel kremlin = vm.getPanes().get(2);
        int click = first.getText().indexOf("look to forward");

        boolean found = vm.revealCounterparts(first.id(), click);

        assertThat(found).isTrue();
        Span there = kremlin.focusProperty().get();
        assertThat(kremlin.getText().substring(there.start(), there.end()))
                .startsWith("Thank-you to President Vladimir Putin");
        assertThat(first.focusProperty().get()).isNull();
    }

    @Test
    void clickingOutsideAnyQuoteOrPassageMovesNothing() {
        WorkbenchViewModel vm = withSample();
        ReportPaneViewModel first = vm.getPanes().get(0);

        boolean found = vm.revealCounterparts(first.id(), 0);

        assertThat(found).isFalse();
        assertThat(vm.getPanes()).allSatisfy(p -> assertThat(p.focusProperty().get()).isNull());
    }

    @Test
    void theTextSizeStaysWithinReadableBounds() {
        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());

        vm.remember(vm.settingsProperty().get().withTextSize(100));

        assertThat(vm.settingsProperty().get().textSize()).isEqualTo(WindowSettings.MAX_TEXT);
    }

    @Test
    void theThemeIsRememberedBetweenRuns() {
        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());
        vm.remember(vm.settingsProperty().get().withTheme(WindowSettings.Theme.DARK));

        WorkbenchViewModel next = workbench(new SynchronousTaskRunner());

        assertThat(next.settingsProperty().get().theme()).isEqualTo(WindowSettings.Theme.DARK);
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaults() throws Exception {
        Files.write(dir.resolve("settings.properties"), new byte[] {(byte) 0xC3, 0x28, 0x5C, 0x75, 0x31});

        WorkbenchViewModel vm = workbench(new SynchronousTaskRunner());

        assertThat(vm.settingsProperty().get()).isEqualTo(WindowSettings.DEFAULTS);
    }

    @Test
    void clickingTheHeatStripSelectsTheNearestDiscrepancyOfThatReport() {
        WorkbenchViewModel vm = withSample();
        ReportPaneViewModel kremlin = vm.getPanes().get(2);
        int caption = kremlin.getText().indexOf("I look forward");

        vm.jumpTo(kremlin.id(), caption);

        DiscrepancyRow row = vm.review().selectedProperty().get();
        assertThat(row).isNotNull();
        assertThat(row.discrepancy().reportIds()).contains(kremlin.id());
        assertThat(kremlin.heatProperty().get()).hasSize(Overview.BINS);
    }
}
