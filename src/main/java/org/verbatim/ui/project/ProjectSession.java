package org.verbatim.ui.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.read.ReadResult;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.Lane;

/**
 * The project the window has open, and its one owner: the store lives on the session's {@link Lane}, opened
 * there and called there only, one call at a time in the order made, never on the UI thread. Everything else
 * reaches it through {@link #call}. Also the title to show, and whether it is a temporary project (the
 * built-in sample opens as one, in a temporary folder, until it is saved somewhere).
 */
public final class ProjectSession {

    /** Work on the store, run on the session's lane. */
    @FunctionalInterface
    public interface StoreCall<T> {
        T apply(ProjectStore store) throws Exception;
    }

    private final ProjectStore store;
    private final Lane lane;
    private final String title;
    private final boolean temporary;

    private ProjectSession(ProjectStore store, Lane lane, String title, boolean temporary) {
        this.store = Objects.requireNonNull(store, "store");
        this.lane = Objects.requireNonNull(lane, "lane");
        this.title = title;
        this.temporary = temporary;
    }

    /** A session over a store opened on {@code lane}'s thread. */
    public static ProjectSession over(ProjectStore store, Lane lane, String title, boolean temporary) {
        return new ProjectSession(store, lane, title, temporary);
    }

    /** The built-in sample as a new temporary project in {@code dir}; call on {@code lane}'s thread. */
    public static ProjectSession openSample(StorySource sample, Path dir, Pipeline pipeline, Lane lane)
            throws IOException, ProjectException {
        Story story = sample.load();
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "sample-", ".verbatim");
        Files.delete(file);
        ProjectStore store = ProjectStore.create(file, pipeline);
        try {
            for (Report r : story.reports()) {
                store.addReport(r.path(), r.path(), r.text().getBytes(StandardCharsets.UTF_8),
                        new ReadResult(r.text(), r.format(), r.meta(), r.hidden()));
            }
        } catch (ProjectException | RuntimeException e) {
            store.close();
            throw e;
        }
        return new ProjectSession(store, lane, story.title(), true);
    }

    /** A new, empty project file (refusing to overwrite one that exists); call on {@code lane}'s thread. */
    public static ProjectSession create(Path file, Pipeline pipeline, Lane lane) throws ProjectException {
        return new ProjectSession(ProjectStore.create(file, pipeline), lane, nameOf(file), false);
    }

    /** A project file; call on {@code lane}'s thread. */
    public static ProjectSession open(Path file, Pipeline pipeline, Lane lane) throws ProjectException {
        return new ProjectSession(ProjectStore.open(file, pipeline), lane, nameOf(file), false);
    }

    private static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.verbatim$", "");
    }

    /**
     * Runs {@code work} on the store, on the session's lane after every call made before it; the outcome goes to
     * the UI thread.
     */
    public <T> void call(String name, StoreCall<T> work, Consumer<? super T> onSuccess,
                         Consumer<? super Throwable> onFailure) {
        lane.run(name, () -> work.apply(store), onSuccess, onFailure);
    }

    /**
     * The store, for work already running on the session's lane (inside {@link #call}, or while opening). The
     * store refuses calls from any other thread.
     */
    public ProjectStore store() {
        return store;
    }

    /** The project file. */
    public Path path() {
        return store.path();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public String title() {
        return title;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /**
     * Closes the store after the calls already made, and ends the lane. On the lane's own thread (a failed open,
     * say) the store is closed at once, so the file is free again before anyone hears of the failure.
     */
    public void close() {
        if (lane.isOwnThread()) {
            store.close();
        } else {
            lane.run("close " + title, () -> {
                store.close();
                return null;
            }, done -> { }, failure -> { });
        }
        lane.close();
    }
}
