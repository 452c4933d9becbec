package org.verbatim.ui.view;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * What the menu and the welcome screen do: ask for a file where needed, then tell the model. Shared by both
 * so a command behaves the same wherever it is chosen.
 */
public final class ShellActions {

    private final WorkbenchViewModel model;
    private final FileDialogs files;
    private final Supplier<Window> owner;

    public ShellActions(WorkbenchViewModel model, FileDialogs files, Supplier<Window> owner) {
        this.model = model;
        this.files = files;
        this.owner = owner;
    }

    public WorkbenchViewModel model() {
        return model;
    }

    /** The window dialogs belong to. */
    public Window owner() {
        return owner.get();
    }

    public void newProject() {
        Path p = files.projectToSave(owner.get(), "Make a new project", "Untitled story");
        if (p != null) {
            model.newProject(p);
        }
    }

    public void openProject() {
        Path p = files.projectToOpen(owner.get());
        if (p != null) {
            model.openProject(p);
        }
    }

    public void openRecent(Path p) {
        model.openProject(p);
    }

    public void openSample() {
        model.openSample();
    }

    /** Saves the project under a new name and carries on there; offered for every project, named for the sample. */
    public void saveAs() {
        if (model.session() == null) {
            return;
        }
        Path p = files.projectToSave(owner.get(), "Save the project as", model.getStoryTitle());
        if (p != null) {
            model.saveAs(p);
        }
    }

    public void closeProject() {
        model.closeProject();
    }

    public void biggerText() {
        textSize(+1);
    }

    public void smallerText() {
        textSize(-1);
    }

    public void resetText() {
        model.remember(model.settingsProperty().get().withTextSize(WindowSettings.DEFAULT_TEXT));
    }

    private void textSize(int step) {
        WindowSettings s = model.settingsProperty().get();
        model.remember(s.withTextSize(s.textSize() + step));
    }

    public void theme(WindowSettings.Theme theme) {
        model.remember(model.settingsProperty().get().withTheme(theme));
    }
}
