package org.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.read.ReadResult;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.FxTaskRunner;
import org.verbatim.ui.view.MainWindow;
import org.verbatim.ui.view.WorkbenchView;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * Window figures for docs/benchmarks.md, one JVM per measurement (src/bench/window.sh runs them side by side):
 * <ul>
 *   <li>{@code bare}: a bare JavaFX window with one label, JVM start to its first frame;</li>
 *   <li>{@code launch}: the workbench with the sample, JVM start to the first frame with the three panes;</li>
 *   <li>{@code jump REPORTS WORDS}: opens a project of generated reports (0 = the sample) and times the
 *   next-discrepancy jump from the key's action to the frame drawn after it, with the panes built and the
 *   heap after a full GC.</li>
 * </ul>
 * Each prints one line, {@code key=value} pairs, then exits.
 */
public final class WindowBench extends Application {

    private static String[] args;

    /** The main class must not be an Application, or the java launcher asks for JavaFX modules. */
    public static final class Launcher {
        private Launcher() {}

        public static void main(String[] a) {
            args = a;
            Application.launch(WindowBench.class, a);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void start(Stage stage) throws Exception {
        switch (args[0]) {
            case "bare" -> bare(stage);
            case "launch" -> launch(stage);
            case "jump" -> jump(stage, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("bare | launch | jump REPORTS WORDS");
        }
    }

    private void bare(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
        stage.show();
        afterFrames(2, () -> done("mode=bare first_frame_ms=" + sinceJvmStart()));
    }

    /** The workbench as {@code VerbatimApp} builds it; with {@code sample}, opening it before the window. */
    private WorkbenchViewModel workbench(Stage stage, FxTaskRunner runner, boolean sample) throws Exception {
        WorkbenchViewModel vm = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        Path config = Files.createTempDirectory("verbatim-bench");
        vm.useServices(VerbatimApp.standardServices(config,
                new SettingsFile(config.resolve("settings.properties"))));
        if (sample) {
            vm.openSample();
        }
        MainWindow.show(stage, vm, runner);
        return vm;
    }

    private void launch(Stage stage) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        WorkbenchViewModel vm = workbench(stage, runner, true);
        WorkbenchView view = (WorkbenchView) stage.getScene().getRoot();
        long[] texts = new long[1];
        waitFor(() -> view.reportPanes().size() == 3, () -> afterFrames(2, () -> {
            texts[0] = sinceJvmStart();
            waitFor(() -> !vm.isLoading() && !vm.review().getRows().isEmpty(), () -> afterFrames(2,
                    () -> done("mode=launch texts_on_screen_ms=" + texts[0] + " compared_on_screen_ms="
                            + sinceJvmStart())));
        }));
    }

    private void jump(Stage stage, int reports, int words) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        WorkbenchViewModel vm = workbench(stage, runner, false);
        if (reports == 0) {
            vm.openSample();
        } else {
            vm.openProject(generated(reports, words));
        }
        WorkbenchView view = (WorkbenchView) stage.getScene().getRoot();
        waitFor(() -> !vm.isLoading() && vm.hasProjectProperty().get() && !vm.review().getRows().isEmpty(),
                () -> afterFrames(10, () -> jumps(vm, view, reports, words, new ArrayList<>(), 60)));
    }

    /** Times {@code left} jumps one after another: J's action, then the second frame after it (the drawn one). */
    private void jumps(WorkbenchViewModel vm, WorkbenchView view, int reports, int words, List<Long> times,
                       int left) {
        if (left == 0) {
            List<Long> measured = new ArrayList<>(times.subList(10, times.size())); // the first 10 warm up
            measured.sort(null);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            done(String.format(Locale.ROOT, "mode=jump reports=%d words=%d discrepancies=%d panes_built=%d "
                            + "jump_median_ms=%.1f jump_p90_ms=%.1f heap_after_gc_mb=%d",
                    reports, words, vm.review().getRows().size(), view.reportPanes().size(),
                    measured.get(measured.size() / 2) / 1e6, measured.get(measured.size() * 9 / 10) / 1e6, heap));
            return;
        }
        int rows = vm.review().getRows().size();
        int next = (vm.review().selectedIndexProperty().get() + 1) % rows;
        long t0 = System.nanoTime();
        vm.review().select(next);
        afterFrames(2, () -> {
            times.add(System.nanoTime() - t0);
            jumps(vm, view, reports, words, times, left - 1);
        });
    }

    private static Path generated(int count, int words) throws Exception {
        Path file = Files.createTempDirectory("verbatim-bench").resolve(count + "x" + words + ".verbatim");
        try (ProjectStore store = ProjectStore.create(file, Pipeline.standard())) {
            for (Report r : new NewsGenerator(42, words).reports(count)) {
                byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
                store.addReport(r.path(), r.path(), bytes, new ReadResult(r.text(), r.format(), r.meta(), List.of()));
            }
            store.comparison();
        }
        return file;
    }

    private static void waitFor(java.util.function.BooleanSupplier ready, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (ready.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs {@code then} at the start of the {@code n}-th pulse from now: the frames before it are drawn. */
    private static void afterFrames(int n, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= n) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void done(String line) {
        System.out.println(line);
        Platform.exit();
        System.exit(0);
    }
}
