package org.verbatim.ui.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.read.ReadResult;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.story.StorySource;

/**
 * The project the window has open: its store, a title to show, and whether it is a temporary project (the
 * built-in sample opens as one, in a temporary folder, until it is saved somewhere).
 */
public final class ProjectSession implements AutoCloseable {

    private final ProjectStore store;
    private final String title;
    private final boolean temporary;

    private ProjectSession(ProjectStore store, String title, boolean temporary) {
        this.store = store;
        this.title = title;
        this.temporary = temporary;
    }

    /** The built-in sample as a new temporary project in {@code dir}. */
    public static ProjectSession openSample(StorySource sample, Path dir, Pipeline pipeline)
            throws IOException, ProjectException {
        Story story = sample.load();
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "sample-", ".verbatim");
        Files.delete(file);
        ProjectStore store = ProjectStore.create(file, pipeline);
        for (Report r : story.reports()) {
            store.addReport(r.path(), r.path(), r.text().getBytes(StandardCharsets.UTF_8),
                    new ReadResult(r.text(), r.format(), r.meta(), r.hidden()));
        }
        return new ProjectSession(store, story.title(), true);
    }

    /** A new, empty project file; refuses to overwrite one that exists. */
    public static ProjectSession create(Path file, Pipeline pipeline) throws ProjectException {
        ProjectStore store = ProjectStore.create(file, pipeline);
        String name = file.getFileName().toString().replaceFirst("\\.verbatim$", "");
        return new ProjectSession(store, name, false);
    }

    /** A project file. */
    public static ProjectSession open(Path file, Pipeline pipeline) throws ProjectException {
        ProjectStore store = ProjectStore.open(file, pipeline);
        String name = file.getFileName().toString().replaceFirst("\\.verbatim$", "");
        return new ProjectSession(store, name, false);
    }

    public ProjectStore store() {
        return store;
    }

    public String title() {
        return title;
    }

    public boolean isTemporary() {
        return temporary;
    }

    @Override
    public void close() {
        store.close();
    }
}
