package org.verbatim.ui.view;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file choosers of the project menu, behind an interface so tests can answer them without a screen.
 * Each returns null when the user cancels.
 */
public interface FileDialogs {

    /** A project to open. */
    Path projectToOpen(Window owner);

    /** Where to make a new project, or save one under a new name; always ends in {@code .verbatim}. */
    Path projectToSave(Window owner, String title, String suggestedName);

    /** The JavaFX file choosers, starting in the user's home folder or the last folder used. */
    static FileDialogs standard() {
        return new FileDialogs() {
            private File lastFolder;

            @Override
            public Path projectToOpen(Window owner) {
                FileChooser chooser = chooser("Open a project");
                File f = chooser.showOpenDialog(owner);
                return remember(f);
            }

            @Override
            public Path projectToSave(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName.endsWith(".verbatim") ? suggestedName
                        : suggestedName + ".verbatim");
                Path p = remember(chooser.showSaveDialog(owner));
                if (p != null && !p.getFileName().toString().endsWith(".verbatim")) {
                    p = p.resolveSibling(p.getFileName() + ".verbatim");
                }
                return p;
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Verbatim projects (*.verbatim)", "*.verbatim"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                return chooser;
            }

            private Path remember(File f) {
                if (f == null) {
                    return null;
                }
                lastFolder = f.getAbsoluteFile().getParentFile();
                return f.toPath();
            }
        };
    }
}
