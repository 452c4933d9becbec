package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.stage.Stage;

import org.verbatim.classroom.Exercises;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Tokenizers;
import org.verbatim.ui.classroom.ClassroomPart;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.FxTaskRunner;
import org.verbatim.ui.view.MainWindow;
import org.verbatim.ui.viewmodel.Services;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The JavaFX application, and the one place the window's services are built: the task runner, the engine, the
 * readers, the tokenizers, classroom mode, the built-in sample, the remembered settings; and where classroom
 * mode is added to the window.
 *
 * <p>With nothing on the command line the window opens on the welcome screen; with a {@code .verbatim} file
 * it opens that project; with {@code --sample} it opens the built-in sample story. The window shows first;
 * the project loads in the background.
 */
public class VerbatimApp extends Application {

    private final List<String> startArgs;
    private FxTaskRunner runner;
    private WorkbenchViewModel workbench;

    /** Used by {@link Application#launch}: starts as the command line says. */
    public VerbatimApp() {
        this(null);
    }

    /** Starts as {@code args} say, whatever the command line (for tests that make the application). */
    public VerbatimApp(List<String> args) {
        this.startArgs = args;
    }

    /** Starts the window; called by {@code org.verbatim.Main} when it is given no command. */
    public static void launchApp(String[] args) {
        Application.launch(VerbatimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        workbench = new WorkbenchViewModel(runner, new ClasspathSampleSource());
        workbench.useServices(standardServices(Path.of(System.getProperty("java.io.tmpdir"), "verbatim"),
                SettingsFile.forUser()));
        // the project starts loading before the window is built, so the two overlap
        List<String> args = startArgs != null ? startArgs : getParameters().getRaw();
        for (String arg : args) {
            if (arg.equals("--sample")) {
                workbench.openSample();
                break;
            }
            if (arg.endsWith(".verbatim")) {
                workbench.openProject(Path.of(arg));
                break;
            }
        }
        MainWindow.show(stage, workbench, runner, new ClassroomPart());
    }

    /**
     * The window's standard services: the standard engine, readers made on first use (off the UI thread: they
     * load the HTML and Markdown libraries), ICU tokenizers and classroom mode on that engine.
     *
     * @param temporaryFolder where temporary projects (the sample) are made
     * @param settings        the remembered window settings; null to remember nothing
     */
    public static Services standardServices(Path temporaryFolder, SettingsFile settings) {
        Pipeline pipeline = Pipeline.standard();
        return new Services(pipeline, new OnFirstUse<>(Readers::defaults), Tokenizers.icu(), new Exercises(pipeline),
                temporaryFolder, settings);
    }

    /** A value made the first time it is asked for, once, from any thread. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        OnFirstUse(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
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

    /** The window's state, for tests that drive the real application. */
    WorkbenchViewModel workbench() {
        return workbench;
    }
}
