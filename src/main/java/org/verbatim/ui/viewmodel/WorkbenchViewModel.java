package org.verbatim.ui.viewmodel;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.core.model.Report;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.story.Story;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.TaskRunner;

/**
 * The window's state: the report panes, whether a story is loading, and what went wrong.
 *
 * <p>{@link #loadSample()} reads the story and computes its highlights through the {@link TaskRunner}, off
 * the UI thread, then replaces the panes in one step. Use it from the UI thread. A highlight provider that
 * fails does not stop the reports from showing: they show without highlights and the status says so.
 */
public final class WorkbenchViewModel {

    /** The progress value while the length of the work is unknown (as JavaFX progress controls use it). */
    public static final double INDETERMINATE = -1;

    static final String APP_NAME = "Verbatim";

    private static final System.Logger LOG = System.getLogger(WorkbenchViewModel.class.getName());

    private final TaskRunner runner;
    private final StorySource source;
    private final HighlightProvider highlightProvider;

    private final ObservableList<ReportPaneViewModel> panes = FXCollections.observableArrayList();
    private final ObservableList<ReportPaneViewModel> readOnlyPanes = FXCollections.unmodifiableObservableList(panes);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);
    private final ReadOnlyStringWrapper storyTitle = new ReadOnlyStringWrapper(this, "storyTitle", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No story open");
    private final ReadOnlyStringWrapper fileState = new ReadOnlyStringWrapper(this, "fileState", "");

    /** The right end of the status bar: where the work is kept ("Saved in story.verbatim", "Read-only"). */
    public ReadOnlyStringProperty fileStateProperty() {
        return fileState.getReadOnlyProperty();
    }

    private long generation;
    private final ReviewViewModel review = new ReviewViewModel();
    private org.verbatim.ui.project.ProjectSession session;

    /** Opens a project session (made in the background by {@code opener}) in place of what is open. */
    public void open(java.util.concurrent.Callable<org.verbatim.ui.project.ProjectSession> opener) {
        long thisLoad = ++generation;
        loading.set(true);
        progress.set(INDETERMINATE);
        error.set(null);
        status.set("Opening…");
        runner.run("open project", () -> {
            org.verbatim.ui.project.ProjectSession s = opener.call();
            org.verbatim.core.Comparison c = s.store().comparison();
            return new Opened(s, c, s.store().annotations(),
                    org.verbatim.ui.highlight.EngineHighlights.highlights(c));
        }, opened -> {
            if (thisLoad == generation) {
                showSession(opened);
            } else {
                opened.session().close();
            }
        }, failure -> {
            if (thisLoad == generation) {
                fail(failure);
            }
        });
    }

    private record Opened(org.verbatim.ui.project.ProjectSession session, org.verbatim.core.Comparison comparison,
                          List<org.verbatim.store.Annotation> annotations, List<List<Highlight>> highlights) {}

    private void showSession(Opened o) {
        if (session != null && session != o.session()) {
            session.close();
        }
        boolean sameProject = session == o.session();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        if (sameProject) {
            panes.stream().filter(p -> !p.shownProperty().get()).forEach(p -> hidden.add(p.id()));
        }
        session = o.session();
        List<ReportPaneViewModel> newPanes = new ArrayList<>();
        List<org.verbatim.core.Comparison.ReportResult> reports = o.comparison().reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportPaneViewModel pane = ReportPaneViewModel.of(reports.get(i).report());
            pane.setHighlights(o.highlights().get(i));
            pane.shownProperty().set(!hidden.contains(pane.id()));
            newPanes.add(pane);
        }
        panes.setAll(newPanes);
        review.load(o.session().store(), o.comparison(), o.annotations());
        String title = o.session().title();
        storyTitle.set(title);
        windowTitle.set(APP_NAME + " — " + title + (o.session().isTemporary() ? " (not saved)" : ""));
        long groups = o.comparison().clusters().stream().filter(org.verbatim.core.align.Cluster::isGroup).count();
        status.set(reports.size() + " reports · " + groups + " quote groups · " + o.comparison().discrepancies().size()
                + " discrepancies");
        fileState.set(o.session().store().isReadOnly() ? "Read-only: " + o.session().store().path().getFileName()
                : o.session().isTemporary() ? "Sample project, in a temporary file"
                : "Every change saved in " + o.session().store().path().getFileName());
        progress.set(1);
        loading.set(false);
    }

    /** Work on the open project's store, run off the UI thread by {@link #change}. */
    @FunctionalInterface
    public interface StoreWork {
        /**
         * Changes the store. Check {@link Thread#isInterrupted()} between long steps: Cancel interrupts.
         *
         * @return what to tell the user afterwards (a partial import, say), or null for nothing
         */
        UserMessage apply(org.verbatim.store.ProjectStore store) throws Exception;
    }

    private final javafx.beans.property.ObjectProperty<UserMessage> message =
            new javafx.beans.property.SimpleObjectProperty<>(this, "message");
    private final ReadOnlyStringWrapper workLabel = new ReadOnlyStringWrapper(this, "workLabel", "");
    private volatile Thread workThread;

    /**
     * Changes the open project in the background ({@code label} shows in the status bar with a progress bar
     * and Cancel), then compares the reports again and shows the results. A failure leaves a
     * {@link #messageProperty() message} and the window showing what the store now holds; each store edit
     * is its own transaction, so nothing already saved is lost.
     */
    public void change(String label, StoreWork work) {
        org.verbatim.ui.project.ProjectSession s = session;
        if (s == null) {
            message.set(UserMessage.error(label, "No project is open."));
            return;
        }
        long thisLoad = ++generation;
        loading.set(true);
        progress.set(INDETERMINATE);
        workLabel.set(label);
        status.set(label + "\u2026");
        runner.run(label, () -> {
            workThread = Thread.currentThread();
            UserMessage said = null;
            Exception failure = null;
            try {
                said = work.apply(s.store());
            } catch (Exception e) {
                failure = e;
            } finally {
                workThread = null;
                Thread.interrupted();
            }
            org.verbatim.core.Comparison c = s.store().comparison();
            return new Changed(new Opened(s, c, s.store().annotations(),
                    org.verbatim.ui.highlight.EngineHighlights.highlights(c)),
                    failure != null ? UserMessage.error(label + " failed", describe(failure)) : said);
        }, changed -> {
            workLabel.set("");
            if (thisLoad == generation) {
                showSession(changed.opened());
            } else {
                loading.set(false);
            }
            if (changed.message() != null) {
                message.set(changed.message());
            }
        }, failure -> {
            workLabel.set("");
            loading.set(false);
            progress.set(1);
            message.set(UserMessage.error(label + " failed", describe(failure)));
        });
    }

    private record Changed(Opened opened, UserMessage message) {}

    /** Interrupts the running {@link #change}; the work stops at its next check and what is done is kept. */
    public void cancel() {
        Thread t = workThread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** What the running background work is ("Importing 3 files"); empty when none runs. */
    public ReadOnlyStringProperty workLabelProperty() {
        return workLabel.getReadOnlyProperty();
    }

    /** A dialog to show; the view shows it and sets this back to null. */
    public javafx.beans.property.ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** The open project, or null. */
    public org.verbatim.ui.project.ProjectSession session() {
        return session;
    }

    /** The discrepancy list and annotation editor of the open project. */
    public ReviewViewModel review() {
        return review;
    }

    /** The open project's file, or null when none is open. */
    public java.nio.file.Path projectFile() {
        return session == null ? null : session.store().path();
    }

    /** Closes the open project, if any. */
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Without highlights: {@link HighlightProvider#NONE}. */
    public WorkbenchViewModel(TaskRunner runner, StorySource source) {
        this(runner, source, HighlightProvider.NONE);
    }

    public WorkbenchViewModel(TaskRunner runner, StorySource source, HighlightProvider highlightProvider) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.source = Objects.requireNonNull(source, "source");
        this.highlightProvider = Objects.requireNonNull(highlightProvider, "highlightProvider");
        review.focusProperty().addListener((obs, old, focus) -> {
            boolean any = review.selectedProperty().get() != null;
            for (ReportPaneViewModel pane : panes) {
                pane.focusProperty().set(focus.get(pane.id()));
                pane.lacksSelectionProperty().set(any && !focus.containsKey(pane.id()));
            }
        });
    }

    /**
     * Loads the story from the source in the background. A load started later wins over one still running.
     */
    public void loadSample() {
        long thisLoad = ++generation;
        loading.set(true);
        progress.set(INDETERMINATE);
        error.set(null);
        status.set("Opening the sample story…");
        runner.run("load sample", this::loadInBackground,
                loaded -> { if (thisLoad == generation) { show(loaded); } },
                failure -> { if (thisLoad == generation) { fail(failure); } });
    }

    /** The outcome of a load: the story, one highlight list per report, and why highlights are missing. */
    private record Loaded(Story story, List<List<Highlight>> highlights, String highlightProblem) {}

    private Loaded loadInBackground() throws Exception {
        Story story = source.load();
        List<String> texts = story.reports().stream().map(Report::text).toList();
        int count = texts.size();
        try {
            List<List<Highlight>> highlights = highlightProvider.highlightsFor(texts);
            if (highlights == null || highlights.size() != count) {
                throw new IllegalStateException("the highlight provider returned "
                        + (highlights == null ? "nothing" : highlights.size() + " lists")
                        + " for " + count + " reports");
            }
            List<List<Highlight>> copies = new ArrayList<>(count);
            for (List<Highlight> list : highlights) {
                copies.add(list == null ? List.of() : List.copyOf(list));
            }
            return new Loaded(story, copies, null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "highlights failed; showing the reports without them", e);
            List<List<Highlight>> none = texts.stream().map(t -> List.<Highlight>of()).toList();
            return new Loaded(story, none, describe(e));
        }
    }

    private void show(Loaded loaded) {
        List<ReportPaneViewModel> newPanes = new ArrayList<>();
        List<Report> reports = loaded.story().reports();
        for (int i = 0; i < reports.size(); i++) {
            ReportPaneViewModel pane = ReportPaneViewModel.of(reports.get(i));
            pane.setHighlights(loaded.highlights().get(i));
            newPanes.add(pane);
        }
        panes.setAll(newPanes);
        String title = loaded.story().title();
        storyTitle.set(title);
        windowTitle.set(title.isBlank() ? APP_NAME : APP_NAME + " — " + title);
        String count = reports.size() == 1 ? "1 report" : reports.size() + " reports";
        fileState.set("Read-only");
        status.set(loaded.highlightProblem() == null
                ? count
                : count + " · highlights unavailable: " + loaded.highlightProblem());
        progress.set(1);
        loading.set(false);
    }

    private void fail(Throwable failure) {
        LOG.log(Level.WARNING, "could not open the sample story", failure);
        error.set(describe(failure));
        status.set("Could not open the sample story");
        progress.set(0);
        loading.set(false);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** The report panes in display order; replaced as a whole when a story loads. */
    public ObservableList<ReportPaneViewModel> getPanes() {
        return readOnlyPanes;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** {@link #INDETERMINATE} while loading, 1 when loaded, 0 before the first load or after a failure. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    /**
     * Why the last load failed, in a few words for the user ("gold.json is missing"); null when it went
     * fine or is still running. The status line says that it failed.
     */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public ReadOnlyStringProperty storyTitleProperty() {
        return storyTitle.getReadOnlyProperty();
    }

    public String getStoryTitle() {
        return storyTitle.get();
    }

    /** "Verbatim — story title", or "Verbatim" while no story is open. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public String getWindowTitle() {
        return windowTitle.get();
    }

    /** One line for the status bar: "3 reports", "Opening the sample story…", ... */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }
}
