package org.verbatim.ui;

import java.util.Objects;

import javafx.application.Application;
import javafx.stage.Stage;

import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.ui.highlight.EngineHighlights;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.FxTaskRunner;
import org.verbatim.ui.view.MainWindow;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The JavaFX application, and the one place the window's services are built.
 *
 * <p>Interim window: shows the built-in sample story's reports side by side, read-only. The window
 * appears first; the story loads in the background.
 *
 * <p>Highlights come from a {@link HighlightProvider}, called once per load off the UI thread with the
 * reports' texts. {@link Application#launch} uses the no-argument constructor, which uses the engine
 * ({@link EngineHighlights}); tests (and anything that creates the application itself, such as TestFX's
 * {@code FxToolkit.setupApplication(() -> new VerbatimApp(provider))}) can pass another.
 */
public class VerbatimApp extends Application {

    private final HighlightProvider highlightProvider;
    private FxTaskRunner runner;

    /** Used by {@link Application#launch}: highlights from the standard engine. */
    public VerbatimApp() {
        this(new EngineHighlights(Pipeline.standard(), ComparisonSettings.DEFAULTS));
    }

    /** An application whose reports are highlighted by the given provider. */
    public VerbatimApp(HighlightProvider highlightProvider) {
        this.highlightProvider = Objects.requireNonNull(highlightProvider, "highlightProvider");
    }

    /** Starts the window; called by {@code org.verbatim.Main} when it is given no command. */
    public static void launchApp(String[] args) {
        Application.launch(VerbatimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        ClasspathSampleSource sample = new ClasspathSampleSource();
        workbench = new WorkbenchViewModel(runner, sample, highlightProvider);
        MainWindow.show(stage, workbench, runner);
        Pipeline pipeline = Pipeline.standard();
        java.nio.file.Path file = projectArgument();
        if (file != null) {
            workbench.open(() -> ProjectSession.open(file, pipeline));
        } else {
            java.nio.file.Path temp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "verbatim");
            workbench.open(() -> ProjectSession.openSample(sample, temp, pipeline));
        }
    }

    /** A {@code .verbatim} file given on the command line, or null. */
    private java.nio.file.Path projectArgument() {
        for (String arg : getParameters().getRaw()) {
            if (arg.endsWith(".verbatim")) {
                return java.nio.file.Path.of(arg);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    private WorkbenchViewModel workbench;

    /** The window's state, for tests that drive the real application. */
    WorkbenchViewModel workbench() {
        return workbench;
    }
}
