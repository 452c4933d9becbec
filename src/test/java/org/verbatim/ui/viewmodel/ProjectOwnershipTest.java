package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.OpenFiles;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ReportImport;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.FxTaskRunner;
import org.verbatim.ui.task.SynchronousTaskRunner;

/**
 * The window owns an open project through one lane: every call on it, from the review editor as from a long
 * change, lands one after the other in the order made, never on the UI thread; and a project that fails to
 * open is let go at once.
 */
class ProjectOwnershipTest {

    @TempDir
    Path dir;

    private Services services(Pipeline pipeline) {
        Services standard = VerbatimApp.standardServices(dir.resolve("temp"), null);
        return new Services(pipeline, standard.readers(), standard.tokenizers(), standard.exercises(),
                standard.temporaryFolder(), null);
    }

    /** Runs {@code step} on the stand-in UI thread and waits for it. */
    private static <T> T on(ExecutorService ui, Callable<T> step) throws Exception {
        return ui.submit(step).get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(ExecutorService ui, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!on(ui, condition)) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void aStatusChangeWhileAChangeIsBlockedInItsWorkLandsAfterItAndBothUndoInOrder() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "stand-in UI thread"));
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newFixedThreadPool(2), ui)) {
            WorkbenchViewModel vm = on(ui, () -> {
                WorkbenchViewModel w = new WorkbenchViewModel(runner, new ClasspathSampleSource());
                w.useServices(services(Pipeline.standard()));
                w.openSample();
                return w;
            });
            waitUntil(ui, () -> !vm.isLoading() && !vm.review().getRows().isEmpty());
            on(ui, () -> {
                vm.review().select(0);
                return null;
            });
            CountDownLatch inTheWork = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);

            on(ui, () -> {
                vm.change("Adding a pasted report", store -> {
                    inTheWork.countDown();
                    assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
                    ReportImport.pasted("Nothing to do with Elton John.", new ReportMeta("Weather", null, null,
                            null)).addTo(store);
                    return null;
                });
                return null;
            });
            assertThat(inTheWork.await(30, TimeUnit.SECONDS)).isTrue();
            on(ui, () -> {
                vm.review().setStatus(AnnotationStatus.CONFIRMED);
                return null;
            });
            goOn.countDown();

            waitUntil(ui, () -> !vm.isLoading() && vm.getPanes().size() == 4
                    && vm.review().getRows().get(0).status() == AnnotationStatus.CONFIRMED);
            on(ui, () -> {
                vm.undo();
                return null;
            });
            waitUntil(ui, () -> vm.review().getRows().get(0).status() == AnnotationStatus.UNREVIEWED);
            assertThat(on(ui, () -> vm.getPanes().size())).isEqualTo(4);
            on(ui, () -> {
                vm.undo();
                return null;
            });
            waitUntil(ui, () -> !vm.isLoading() && vm.getPanes().size() == 3);
            assertThat(on(ui, () -> vm.messageProperty().get())).isNull();
            on(ui, () -> {
                vm.close();
                return null;
            });
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void aProjectWhoseComparisonFailsIsLetGoSoItOpensAgain() throws Exception {
        Path file = dir.resolve("one report.verbatim");
        try (ProjectStore store = ProjectStore.create(file, Pipeline.standard())) {
            ReportImport.pasted("\u201CWe will stay,\u201D Alvarado said.", ReportMeta.EMPTY).addTo(store);
        }
        Pipeline broken = Pipeline.builder().clutter((text, paragraphs) -> {
            throw new IllegalStateException("the engine broke");
        }).build();
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        vm.useServices(services(broken));

        vm.openProject(file);

        assertThat(vm.messageProperty().get().title()).isEqualTo("Could not open the project");
        assertThat(OpenFiles.under(file)).isZero();
        try (ProjectStore again = ProjectStore.open(file, Pipeline.standard())) {
            assertThat(again.reports()).hasSize(1);
        }
    }

    @Test
    void aSampleThatFailsHalfWayLeavesNothingOpen() throws Exception {
        StorySource halfBroken = () -> new Story("Broken", List.of(Report.of("r1", "a.txt", "One report."),
                new Report("r2", "b.txt", null, org.verbatim.core.model.SourceFormat.TEXT, ReportMeta.EMPTY,
                        List.of())));
        WorkbenchViewModel vm = new WorkbenchViewModel(new SynchronousTaskRunner(), halfBroken);
        vm.useServices(services(Pipeline.standard()));

        vm.openSample();

        assertThat(vm.messageProperty().get().title()).isEqualTo("Could not open the project");
        assertThat(OpenFiles.under(dir.resolve("temp"))).isZero();
    }
}
