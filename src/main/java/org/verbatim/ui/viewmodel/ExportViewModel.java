package org.verbatim.ui.viewmodel;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.verbatim.export.ExportFormat;
import org.verbatim.ui.task.TaskRunner;

/**
 * File → Export…: which format, the title the export carries, and where it goes. The project is read on its
 * session's lane and the file written on a worker, through a temporary file moved into place; neither on the
 * UI thread. Success and failure are told as {@link UserMessage}s.
 */
public final class ExportViewModel {

    private final WorkbenchViewModel workbench;
    private final TaskRunner runner;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.HTML);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ExportViewModel(WorkbenchViewModel workbench, TaskRunner runner) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        title.set(workbench.getStoryTitle());
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The story's title as the export shows it; the project's title at first. */
    public StringProperty titleProperty() {
        return title;
    }

    /** True while a file is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Where the export goes unless the user says otherwise: beside the project (the home folder for the
     * temporary sample), named after the title, with the format's extension.
     */
    public Path suggestedFile() {
        Path folder = workbench.session() == null || workbench.session().isTemporary()
                ? Path.of(System.getProperty("user.home"))
                : workbench.session().path().toAbsolutePath().getParent();
        String name = title.get() == null || title.get().isBlank() ? "verbatim-report" : title.get().strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 80) {
            name = name.substring(0, 80).strip();
        }
        return folder.resolve(name + "." + format.get().extension());
    }

    /** Writes the export to {@code target}; tells the user where it went, or why it could not be written. */
    public void export(Path target) {
        if (workbench.session() == null) {
            return;
        }
        ExportFormat f = format.get();
        String storyTitle = title.get() == null || title.get().isBlank() ? workbench.getStoryTitle() : title.get();
        busy.set(true);
        workbench.exportInput(storyTitle, "Could not export", in -> runner.run("export " + f.label(), () -> {
            f.writeFile(in, target);
            return target;
        }, written -> {
            busy.set(false);
            workbench.messageProperty().set(UserMessage.info("Exported",
                    "The " + f.description().replaceFirst(":.*", "") + " is in " + written.toAbsolutePath() + "."));
        }, failure -> {
            busy.set(false);
            workbench.messageProperty().set(UserMessage.error("Could not export",
                    target.getFileName() + ": " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                            : failure.getMessage())));
        }), () -> busy.set(false));
    }
}
