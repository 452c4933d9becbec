package org.verbatim.ui.viewmodel;

import java.lang.System.Logger.Level;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.classroom.Exercises;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.Readers;
import org.verbatim.export.ExportInput;
import org.verbatim.review.Annotation;
import org.verbatim.store.Affects;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoredReport;
import org.verbatim.ui.highlight.EngineHighlights;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.Lane;
import org.verbatim.ui.task.TaskRunner;

/**
 * The window's state: the open project, its report panes and discrepancy review, what is running in the
 * background, the messages for the user, and the remembered settings.
 *
 * <p>The open project is owned by its {@link ProjectSession}: every call on its store runs on the session's own
 * thread, one at a time in the order made, never on the UI thread. Opening a project, and every change to its
 * reports, runs there: the store is read or changed, the reports compared (or the cached comparison read), the
 * highlights computed; then the panes are replaced in one step on the UI thread. A load started later wins
 * over one still running. Use this class from the UI thread.
 */
public final class WorkbenchViewModel {

    /** The progress value while the length of the work is unknown (as JavaFX progress controls use it). */
    public static final double INDETERMINATE = -1;

    static final String APP_NAME = "Verbatim";

    private static final System.Logger LOG = System.getLogger(WorkbenchViewModel.class.getName());

    private final TaskRunner runner;
    private final StorySource source;

    private final ObservableList<ReportPaneViewModel> panes = FXCollections.observableArrayList();
    private final ObservableList<ReportPaneViewModel> readOnlyPanes = FXCollections.unmodifiableObservableList(panes);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper storyTitle = new ReadOnlyStringWrapper(this, "storyTitle", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No project open");
    private final ReadOnlyStringWrapper fileState = new ReadOnlyStringWrapper(this, "fileState", "");
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>(this, "message");
    private final ReadOnlyStringWrapper workLabel = new ReadOnlyStringWrapper(this, "workLabel", "");
    private final ReviewViewModel review = new ReviewViewModel();

    private long generation;
    private ProjectSession session;
    private Comparison comparison;
    private volatile Thread workThread;
    private Services services;

    /** A workbench whose "Open the sample story" opens {@code sample}; call {@link #useServices} next. */
    public WorkbenchViewModel(TaskRunner runner, StorySource sample) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.source = Objects.requireNonNull(sample, "sample");
        review.focusProperty().addListener((obs, old, focus) -> {
            boolean any = review.selectedProperty().get() != null;
            for (ReportPaneViewModel pane : panes) {
                pane.focusProperty().set(focus.get(pane.id()));
                pane.lacksSelectionProperty().set(any && !focus.containsKey(pane.id()));
            }
        });
    }

    /**
     * What projects are opened with: the engine, the readers, the tokenizers, classroom mode, a folder for
     * temporary projects (the sample) and the file of remembered settings. Call once, before the window shows.
     */
    public void useServices(Services built) {
        this.services = Objects.requireNonNull(built, "services");
        if (built.settings() != null) {
            settings.set(built.settings().load());
        }
        recent.setAll(settings.get().recent().stream().map(Path::of).toList());
    }

    /** The services this window was given. */
    public Services services() {
        return services;
    }

    /** The readers, made on first use (call off the UI thread). */
    Readers readers() {
        return services.readers().get();
    }

    /** Classroom mode's service, on the engine this window uses. */
    public Exercises exercises() {
        return services.exercises();
    }

    // ------------------------------------------------------------------------------------ opening

    /** Makes a project session on its own lane, on that lane's thread. */
    @FunctionalInterface
    interface Opener {
        ProjectSession open(Lane lane) throws Exception;
    }

    /** Opens a project session (made on a lane of its own by {@code opener}) in place of what is open. */
    void open(String name, Opener opener) {
        long thisLoad = ++generation;
        loading.set(true);
        progress.set(INDETERMINATE);
        status.set("Opening…");
        Lane lane = runner.newLane(name);
        lane.run("open " + name, () -> {
            ProjectSession s;
            try {
                s = opener.open(lane);
            } catch (Exception | Error e) {
                lane.close();
                throw e;
            }
            try {
                return firstLook(s, thisLoad);
            } catch (Exception | Error e) {
                s.close();
                throw e;
            }
        }, outcome -> {
            if (thisLoad != generation) {
                if (outcome instanceof Opened o) {
                    o.session().close();
                } else if (outcome instanceof StudentViewModel st) {
                    st.close();
                }
            } else if (outcome instanceof Opened o) {
                showSession(o);
            } else if (outcome instanceof ExerciseFile ex) {
                loading.set(false);
                progress.set(session == null ? 0 : 1);
                exerciseToStart.set(ex.file());
            } else if (outcome instanceof StudentViewModel st) {
                showStudent(st);
            }
        }, failure -> {
            if (thisLoad == generation) {
                openFailed(failure);
            }
        });
    }

    /** On the session's lane: what the file is, its texts for the panes at once, then the comparison. */
    private Object firstLook(ProjectSession s, long thisLoad) throws ProjectException {
        ProjectStore store = s.store();
        store.sayNoticesTo(notice -> runner.onUiThread(() -> message.set(UserMessage.info("About the project file",
                notice))));
        Classroom.Role role = store.classroom().role();
        if (role == Classroom.Role.EXERCISE) {
            s.close();
            return new ExerciseFile(s.path());
        }
        if (role == Classroom.Role.STUDENT_WORK) {
            return new StudentViewModel(s, exercises());
        }
        List<Report> texts = store.reports().stream().map(StoredReport::report).toList();
        runner.onUiThread(() -> {
            if (thisLoad == generation) {
                showTexts(s, texts);
            }
        });
        return Opened.read(s);
    }

    /**
     * A project that would not open: a dialog says why, naming the file (the store's messages do), and the
     * window goes back to what it showed: the open project, or the welcome screen.
     */
    private void openFailed(Throwable failure) {
        LOG.log(Level.WARNING, "could not open a project", failure);
        progress.set(session == null ? 0 : 1);
        loading.set(false);
        status.set(session == null ? "No project open" : status.get());
        message.set(UserMessage.error("Could not open the project", describe(failure)));
    }

    // ------------------------------------------------------------------------------------ classroom

    /** An exercise file was opened: the student must give their name before their copy is made. */
    private record ExerciseFile(Path file) {}

    private final ObjectProperty<Path> exerciseToStart = new SimpleObjectProperty<>(this, "exerciseToStart");
    private final ReadOnlyObjectWrapper<StudentViewModel> student = new ReadOnlyObjectWrapper<>(this, "student");

    /**
     * An exercise file the user opened, waiting for the student's name (the view asks, then calls
     * {@link #startStudentWork}); set it back to null to give up.
     */
    public ObjectProperty<Path> exerciseToStartProperty() {
        return exerciseToStart;
    }

    /** The student's work on an exercise, when one is open (the window then shows it); else null. */
    public ReadOnlyObjectProperty<StudentViewModel> studentProperty() {
        return student.getReadOnlyProperty();
    }

    /**
     * Makes the student's own copy of an exercise, "EXERCISE - NAME.verbatim" beside it, and opens it; when
     * that file is already there (the student comes back to it), opens it as it is.
     */
    public void startStudentWork(Path exercise, String studentName) {
        exerciseToStart.set(null);
        String name = studentName == null ? "" : studentName.strip();
        if (name.isEmpty()) {
            message.set(UserMessage.error("No name given", "Type your name, so your teacher knows whose work it is."));
            return;
        }
        String base = exercise.getFileName().toString().replaceFirst("\\.verbatim$", "");
        Path target = exercise.toAbsolutePath().resolveSibling(
                base + " - " + name.replaceAll("[\\\\/:*?\"<>|]+", " ").strip() + ".verbatim");
        Services use = services;
        open("student work", lane -> {
            if (!Files.exists(target)) {
                use.exercises().startWork(exercise, name, target).close();
            }
            return ProjectSession.open(target, use.pipeline(), lane);
        });
    }

    private void showStudent(StudentViewModel st) {
        close();
        panes.clear();
        hasProject.set(false);
        temporary.set(false);
        student.set(st);
        storyTitle.set(st.title());
        windowTitle.set(APP_NAME + " \u2014 " + st.title() + " (" + st.studentName() + ")");
        status.set("Exercise \u00B7 " + st.getPanes().size() + " reports");
        fileState.set("Your work is saved in " + st.file().getFileName());
        progress.set(1);
        loading.set(false);
        remember(settings.get().withRecent(st.file().toAbsolutePath().normalize().toString()));
    }

    // ------------------------------------------------------------------------------------ projects

    private final ObjectProperty<WindowSettings> settings =
            new SimpleObjectProperty<>(this, "settings", WindowSettings.DEFAULTS);
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasProject = new ReadOnlyBooleanWrapper(this, "hasProject", false);
    private final ReadOnlyBooleanWrapper temporary = new ReadOnlyBooleanWrapper(this, "temporary", false);

    /** The remembered settings; change them through the methods below so they are saved. */
    public ReadOnlyObjectProperty<WindowSettings> settingsProperty() {
        return settings;
    }

    /** Replaces the remembered settings and saves them. */
    public void remember(WindowSettings changed) {
        settings.set(changed);
        recent.setAll(changed.recent().stream().map(Path::of).toList());
        SettingsFile file = services == null ? null : services.settings();
        if (file != null) {
            file.save(changed);
        }
    }

    /** Recently opened project files, most recent first. */
    public ObservableList<Path> getRecentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** True while the open project lives in a temporary file (the sample before "Save as"). */
    public ReadOnlyBooleanProperty temporaryProperty() {
        return temporary.getReadOnlyProperty();
    }

    /** True while a project is open; the welcome screen shows when it is false. */
    public ReadOnlyBooleanProperty hasProjectProperty() {
        return hasProject.getReadOnlyProperty();
    }

    /** Opens a project file. A missing recent file is dropped from the list, with a dialog saying so. */
    public void openProject(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.exists(f)) {
            remember(settings.get().withoutRecent(f.toString()));
            message.set(UserMessage.error("Could not open the project", f.getFileName() + ": there is no such file ("
                    + f.getParent() + ")"));
            return;
        }
        Services use = services;
        open(f.getFileName().toString(), lane -> ProjectSession.open(f, use.pipeline(), lane));
    }

    /** Makes a new, empty project file and opens it; reports are added to it afterwards. */
    public void newProject(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Services use = services;
        open(f.getFileName().toString(), lane -> ProjectSession.create(f, use.pipeline(), lane));
    }

    /** The built-in sample as a temporary project; {@link #saveAs} keeps it. */
    public void openSample() {
        Services use = services;
        open("sample", lane -> ProjectSession.openSample(source, use.temporaryFolder(), use.pipeline(), lane));
    }

    /**
     * Saves the open project under a new name and carries on in the copy (the way "Save as" works for the
     * temporary sample project); the original file is left as it was.
     */
    public void saveAs(Path target) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        Path t = target.toAbsolutePath().normalize();
        if (t.equals(s.path().toAbsolutePath().normalize())) {
            message.set(UserMessage.info("Already saved", "Every change is already saved in " + t.getFileName()));
            return;
        }
        Services use = services;
        s.call("save a copy", store -> {
            Files.deleteIfExists(t);
            store.saveCopy(t);
            return t;
        }, copy -> open(t.getFileName().toString(), lane -> ProjectSession.open(copy, use.pipeline(), lane)),
                failure -> message.set(UserMessage.error("Could not save the project", describe(failure))));
    }

    /** Closes the open project (or the student's work) and shows the welcome screen. */
    public void closeProject() {
        generation++;
        close();
        panes.clear();
        review.clear();
        storyTitle.set("");
        windowTitle.set(APP_NAME);
        status.set("No project open");
        fileState.set("");
        hasProject.set(false);
        temporary.set(false);
        loading.set(false);
    }

    /** A project read on its lane: its session, comparison (with the reports' details as stored now), review. */
    private record Opened(ProjectSession session, Comparison comparison, List<Annotation> annotations,
                          ComparisonSettings settings, List<List<Highlight>> highlights) {

        static Opened read(ProjectSession s) throws ProjectException {
            ProjectStore store = s.store();
            Comparison c = store.comparison();
            return new Opened(s, c, store.annotations(), store.settings(), EngineHighlights.highlights(c));
        }
    }

    private void showSession(Opened o) {
        if (session != null && session != o.session()) {
            session.close();
        }
        boolean sameProject = session == o.session();
        Set<String> hidden = new HashSet<>();
        if (sameProject) {
            panes.stream().filter(p -> !p.shownProperty().get()).forEach(p -> hidden.add(p.id()));
        }
        if (student.get() != null) {
            student.get().close();
            student.set(null);
        }
        session = o.session();
        comparison = o.comparison();
        hasProject.set(true);
        temporary.set(o.session().isTemporary());
        if (!o.session().isTemporary()) {
            remember(settings.get().withRecent(o.session().path().toAbsolutePath().normalize().toString()));
        }
        List<Comparison.ReportResult> reports = o.comparison().reports();
        List<ReportPaneViewModel> newPanes = panesFor(reports.stream().map(Comparison.ReportResult::report).toList());
        Map<String, double[]> heat = Overview.of(o.comparison());
        for (int i = 0; i < newPanes.size(); i++) {
            newPanes.get(i).setHighlights(o.highlights().get(i));
            newPanes.get(i).heatProperty().set(heat.getOrDefault(newPanes.get(i).id(), new double[0]));
            if (hidden.contains(newPanes.get(i).id())) {
                newPanes.get(i).shownProperty().set(false);
            }
        }
        if (!newPanes.equals(panes)) {
            panes.setAll(newPanes);
        }
        review.load(o.session(), o.comparison(), o.annotations());
        String title = o.session().title();
        storyTitle.set(title);
        windowTitle.set(APP_NAME + " — " + title + (o.session().isTemporary() ? " (not saved)" : ""));
        long groups = o.comparison().clusters().stream().filter(Cluster::isGroup).count();
        status.set(reports.size() + " reports · " + groups + " quote groups · " + o.comparison().discrepancies().size()
                + " discrepancies");
        fileState.set(o.session().isReadOnly() ? "Read-only: " + o.session().path().getFileName()
                : o.session().isTemporary() ? "Sample project, in a temporary file"
                : "Every change saved in " + o.session().path().getFileName());
        progress.set(1);
        loading.set(false);
    }

    /**
     * The first sight of a project being opened: its texts in their panes, before the comparison is done.
     * Only for another project than the one open; a re-comparison keeps the panes as they are.
     */
    private void showTexts(ProjectSession s, List<Report> texts) {
        if (s == session) {
            return;
        }
        review.clear();
        panes.setAll(texts.stream().map(ReportPaneViewModel::of).toList());
        storyTitle.set(s.title());
        hasProject.set(true);
        status.set("Comparing " + texts.size() + " reports\u2026");
    }

    /**
     * One pane model per report, in order: the one already showing a report is kept when its text is the same
     * (only its details are refreshed), so a re-comparison does not rebuild panes or lose their scrolling.
     */
    private List<ReportPaneViewModel> panesFor(List<Report> reports) {
        Map<String, ReportPaneViewModel> current = new HashMap<>();
        panes.forEach(p -> current.put(p.id(), p));
        List<ReportPaneViewModel> out = new ArrayList<>();
        for (Report r : reports) {
            ReportPaneViewModel old = current.get(r.id());
            if (old != null && old.getText().equals(r.text())) {
                old.setMeta(r.meta());
                out.add(old);
            } else {
                out.add(ReportPaneViewModel.of(r));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ changes

    /** Work on the open project's store, run on its lane by {@link #change}. */
    @FunctionalInterface
    public interface StoreWork {
        /**
         * Changes the store. Check {@link Thread#isInterrupted()} between long steps: Cancel interrupts.
         *
         * @return what to tell the user afterwards (a partial import, say), or null for nothing
         */
        UserMessage apply(ProjectStore store) throws Exception;
    }

    /**
     * Changes the open project on its lane ({@code label} shows in the status bar with a progress bar and
     * Cancel), then compares the reports again and shows the results. A failure leaves a
     * {@link #messageProperty() message} and the window showing what the store now holds; each store edit
     * is its own transaction, so nothing already saved is lost. Later calls on the project wait their turn.
     */
    public void change(String label, StoreWork work) {
        ProjectSession s = session;
        if (s == null) {
            message.set(UserMessage.error(label, "No project is open."));
            return;
        }
        long thisLoad = ++generation;
        loading.set(true);
        progress.set(INDETERMINATE);
        workLabel.set(label);
        status.set(label + "\u2026");
        s.call(label, store -> {
            workThread = Thread.currentThread();
            UserMessage said = null;
            Exception failure = null;
            try {
                said = work.apply(store);
            } catch (Exception e) {
                failure = e;
            } finally {
                workThread = null;
                Thread.interrupted();
            }
            return new Changed(Opened.read(s), failure == null ? said
                    : failure instanceof InterruptedException || failure instanceof CancellationException
                            || failure instanceof ClosedByInterruptException
                    ? UserMessage.info("Cancelled", label + " was cancelled. What was done before Cancel is kept; "
                            + "Undo takes it back.")
                    : UserMessage.error(label + " failed", describe(failure)));
        }, changed -> {
            if (thisLoad == generation) {
                showSession(changed.opened());
            } else {
                loading.set(false);
            }
            if (changed.message() != null) {
                message.set(changed.message());
            }
            workLabel.set("");
        }, failure -> {
            loading.set(false);
            progress.set(1);
            message.set(UserMessage.error(label + " failed", describe(failure)));
            workLabel.set("");
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
    public ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** The open project, or null. */
    public ProjectSession session() {
        return session;
    }

    /** The open project's latest comparison, or null. */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * What an export or print of the open project is made from, read on its lane and handed to {@code then} on
     * the UI thread; a failure is told as a message titled {@code failureTitle}, then {@code failed} runs.
     */
    public void exportInput(String storyTitle, String failureTitle, Consumer<ExportInput> then, Runnable failed) {
        ProjectSession s = session;
        if (s == null) {
            failed.run();
            return;
        }
        Services use = services;
        s.call("read the project for " + failureTitle, store -> ExportInput.of(store.review(), storyTitle,
                use.tokenizers()), then, failure -> {
                    message.set(UserMessage.error(failureTitle, describe(failure)));
                    failed.run();
                });
    }

    /** A report's details as stored now, handed to {@code then} on the UI thread. */
    public void reportDetails(String reportId, Consumer<ReportMeta> then) {
        ProjectSession s = session;
        if (s != null) {
            s.call("read the details of " + reportId, store -> store.report(reportId).report().meta(), then,
                    failure -> message.set(UserMessage.error("Could not read the report's details",
                            describe(failure))));
        }
    }

    // ------------------------------------------------------------------------------------ navigation

    /**
     * Linked navigation: the user clicked {@code offset} in report {@code reportId}. When a quote or a
     * narrative passage is there, every other pane scrolls to its counterpart and marks it, and panes of
     * reports that lack it say so. The clicked pane stays where it is. Returns false when nothing is there.
     */
    public boolean revealCounterparts(String reportId, int offset) {
        if (comparison == null) {
            return false;
        }
        Map<String, Span> where = Counterparts.at(comparison, reportId, offset);
        if (where.isEmpty()) {
            return false;
        }
        for (ReportPaneViewModel pane : panes) {
            if (pane.id().equals(reportId)) {
                pane.lacksSelectionProperty().set(false);
                continue;
            }
            pane.focusProperty().set(where.get(pane.id()));
            pane.lacksSelectionProperty().set(!where.containsKey(pane.id()));
        }
        return true;
    }

    /**
     * The user clicked the heat strip of a report at {@code offset}: selects the discrepancy of that report
     * nearest there among those listed, which scrolls every pane to it; with none, scrolls that report alone.
     */
    public void jumpTo(String reportId, int offset) {
        List<DiscrepancyRow> rows = review.getRows();
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            Discrepancy d = rows.get(i).discrepancy();
            for (Discrepancy.Location l : d.locations()) {
                if (l.reportId().equals(reportId)) {
                    long distance = Math.abs((long) l.span().start() - offset);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = i;
                    }
                }
            }
        }
        if (best >= 0) {
            review.select(best);
            return;
        }
        panes.stream().filter(p -> p.id().equals(reportId)).findFirst()
                .ifPresent(p -> p.focusProperty().set(new Span(offset, offset)));
    }

    /** Undoes the last edit: an annotation at once; a report's removal, move, rename or exclusion, shown again. */
    public void undo() {
        review.undo(this::showAgainAfter);
    }

    /** Redoes what {@link #undo} undid. */
    public void redo() {
        review.redo(this::showAgainAfter);
    }

    /** After an undo or redo: what it changed about the reports is read (and compared) again. */
    private void showAgainAfter(Affects affected) {
        if (affected == Affects.ENGINE_INPUT) {
            change("Comparing the reports again", store -> null);
        } else if (affected == Affects.REPORT_DETAILS) {
            change("Showing the reports' details", store -> null);
        }
    }

    /** The discrepancy list and annotation editor of the open project. */
    public ReviewViewModel review() {
        return review;
    }

    /** The open project's file, or null when none is open. */
    public Path projectFile() {
        return session == null ? null : session.path();
    }

    /** Closes the open project, if any. */
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (student.get() != null) {
            student.get().close();
            student.set(null);
        }
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** The right end of the status bar: where the work is kept ("Saved in story.verbatim", "Read-only"). */
    public ReadOnlyStringProperty fileStateProperty() {
        return fileState.getReadOnlyProperty();
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
