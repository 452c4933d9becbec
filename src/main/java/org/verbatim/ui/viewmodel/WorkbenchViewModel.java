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

import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.story.StorySource;
import org.verbatim.ui.task.TaskRunner;

/**
 * The window's state: the open project, its report panes and discrepancy review, what is running in the
 * background, the messages for the user, and the remembered settings.
 *
 * <p>Opening a project, and every change to its reports, runs through the {@link TaskRunner} off the UI
 * thread: the store is read or changed, the reports compared (or the cached comparison read), the
 * highlights computed; then the panes are replaced in one step on the UI thread. A load started later wins
 * over one still running. Use it from the UI thread.
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
        status.set("Opening…");
        runner.run("open project", () -> {
            org.verbatim.ui.project.ProjectSession s = opener.call();
            org.verbatim.store.Classroom.Role role = s.store().classroom().role();
            if (role == org.verbatim.store.Classroom.Role.EXERCISE) {
                java.nio.file.Path file = s.store().path();
                s.close();
                return new ExerciseFile(file);
            }
            if (role == org.verbatim.store.Classroom.Role.STUDENT_WORK) {
                return new org.verbatim.ui.classroom.StudentViewModel(s.store(), exercises());
            }
            List<org.verbatim.core.model.Report> texts = s.store().reports().stream()
                    .map(org.verbatim.store.StoredReport::report).toList();
            runner.onUiThread(() -> {
                if (thisLoad == generation) {
                    showTexts(s, texts);
                }
            });
            return Opened.read(s);
        }, outcome -> {
            if (thisLoad != generation) {
                if (outcome instanceof Opened o) {
                    o.session().close();
                } else if (outcome instanceof org.verbatim.ui.classroom.StudentViewModel st) {
                    st.close();
                }
            } else if (outcome instanceof Opened o) {
                showSession(o);
            } else if (outcome instanceof ExerciseFile ex) {
                loading.set(false);
                progress.set(session == null ? 0 : 1);
                exerciseToStart.set(ex.file());
            } else if (outcome instanceof org.verbatim.ui.classroom.StudentViewModel st) {
                showStudent(st);
            }
        }, failure -> {
            if (thisLoad == generation) {
                openFailed(failure);
            }
        });
    }

    // ------------------------------------------------------------------------------------ classroom

    /** An exercise file was opened: the student must give their name before their copy is made. */
    private record ExerciseFile(java.nio.file.Path file) {}

    private final javafx.beans.property.ObjectProperty<java.nio.file.Path> exerciseToStart =
            new javafx.beans.property.SimpleObjectProperty<>(this, "exerciseToStart");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.verbatim.ui.classroom.StudentViewModel> student =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "student");
    private org.verbatim.classroom.Exercises exercises;

    /** Classroom mode's service, on the engine this window uses. */
    public synchronized org.verbatim.classroom.Exercises exercises() {
        if (exercises == null) {
            exercises = new org.verbatim.classroom.Exercises(pipeline);
        }
        return exercises;
    }

    /**
     * An exercise file the user opened, waiting for the student's name (the view asks, then calls
     * {@link #startStudentWork}); set it back to null to give up.
     */
    public javafx.beans.property.ObjectProperty<java.nio.file.Path> exerciseToStartProperty() {
        return exerciseToStart;
    }

    /** The student's work on an exercise, when one is open (the window then shows it); else null. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.verbatim.ui.classroom.StudentViewModel> studentProperty() {
        return student.getReadOnlyProperty();
    }

    /**
     * Makes the student's own copy of an exercise, "EXERCISE - NAME.verbatim" beside it, and opens it; when
     * that file is already there (the student comes back to it), opens it as it is.
     */
    public void startStudentWork(java.nio.file.Path exercise, String studentName) {
        exerciseToStart.set(null);
        String name = studentName == null ? "" : studentName.strip();
        if (name.isEmpty()) {
            message.set(UserMessage.error("No name given", "Type your name, so your teacher knows whose work it is."));
            return;
        }
        String base = exercise.getFileName().toString().replaceFirst("\\.verbatim$", "");
        java.nio.file.Path target = exercise.toAbsolutePath().resolveSibling(
                base + " - " + name.replaceAll("[\\\\/:*?\"<>|]+", " ").strip() + ".verbatim");
        org.verbatim.core.Pipeline p = pipeline;
        if (java.nio.file.Files.exists(target)) {
            open(() -> org.verbatim.ui.project.ProjectSession.open(target, p));
            return;
        }
        open(() -> {
            org.verbatim.store.ProjectStore work = exercises().startWork(exercise, name, target);
            work.close();
            return org.verbatim.ui.project.ProjectSession.open(target, p);
        });
    }

    private void showStudent(org.verbatim.ui.classroom.StudentViewModel st) {
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

    // ------------------------------------------------------------------------------------ projects

    private org.verbatim.core.Pipeline pipeline = org.verbatim.core.Pipeline.standard();
    private java.nio.file.Path tempDir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "verbatim");
    private org.verbatim.ui.settings.SettingsFile settingsFile;
    private final javafx.beans.property.ObjectProperty<org.verbatim.ui.settings.WindowSettings> settings =
            new javafx.beans.property.SimpleObjectProperty<>(this, "settings",
                    org.verbatim.ui.settings.WindowSettings.DEFAULTS);
    private final ObservableList<java.nio.file.Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasProject = new ReadOnlyBooleanWrapper(this, "hasProject", false);

    /**
     * Where projects come from: the engine for comparisons, a folder for temporary projects (the sample), and
     * the file of remembered settings (recent projects, theme, layout). Call once, before the window shows.
     */
    public void useServices(org.verbatim.core.Pipeline enginePipeline, java.nio.file.Path temporaryFolder,
                            org.verbatim.ui.settings.SettingsFile remembered) {
        this.pipeline = Objects.requireNonNull(enginePipeline, "enginePipeline");
        this.tempDir = Objects.requireNonNull(temporaryFolder, "temporaryFolder");
        this.settingsFile = remembered;
        if (remembered != null) {
            settings.set(remembered.load());
        }
        recent.setAll(settings.get().recent().stream().map(java.nio.file.Path::of).toList());
    }

    /** The remembered settings; change them through the methods below so they are saved. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.verbatim.ui.settings.WindowSettings> settingsProperty() {
        return settings;
    }

    /** Replaces the remembered settings and saves them. */
    public void remember(org.verbatim.ui.settings.WindowSettings changed) {
        settings.set(changed);
        recent.setAll(changed.recent().stream().map(java.nio.file.Path::of).toList());
        if (settingsFile != null) {
            settingsFile.save(changed);
        }
    }

    /** Recently opened project files, most recent first. */
    public ObservableList<java.nio.file.Path> getRecentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    private final ReadOnlyBooleanWrapper temporary = new ReadOnlyBooleanWrapper(this, "temporary", false);

    /** True while the open project lives in a temporary file (the sample before "Save as"). */
    public ReadOnlyBooleanProperty temporaryProperty() {
        return temporary.getReadOnlyProperty();
    }

    /** True while a project is open; the welcome screen shows when it is false. */
    public ReadOnlyBooleanProperty hasProjectProperty() {
        return hasProject.getReadOnlyProperty();
    }

    /** Opens a project file. A missing recent file is dropped from the list, with a dialog saying so. */
    public void openProject(java.nio.file.Path file) {
        java.nio.file.Path f = file.toAbsolutePath().normalize();
        if (!java.nio.file.Files.exists(f)) {
            remember(settings.get().withoutRecent(f.toString()));
            message.set(UserMessage.error("Could not open the project", f.getFileName() + ": there is no such file ("
                    + f.getParent() + ")"));
            return;
        }
        org.verbatim.core.Pipeline p = pipeline;
        open(() -> org.verbatim.ui.project.ProjectSession.open(f, p));
    }

    /** Makes a new, empty project file and opens it; reports are added to it afterwards. */
    public void newProject(java.nio.file.Path file) {
        java.nio.file.Path f = file.toAbsolutePath().normalize();
        org.verbatim.core.Pipeline p = pipeline;
        open(() -> org.verbatim.ui.project.ProjectSession.create(f, p));
    }

    /** The built-in sample as a temporary project; {@link #saveAs} keeps it. */
    public void openSample() {
        org.verbatim.core.Pipeline p = pipeline;
        java.nio.file.Path dir = tempDir;
        open(() -> org.verbatim.ui.project.ProjectSession.openSample(source, dir, p));
    }

    /**
     * Saves the open project under a new name and carries on in the copy (the way "Save as" works for the
     * temporary sample project); the original file is left as it was.
     */
    public void saveAs(java.nio.file.Path target) {
        org.verbatim.ui.project.ProjectSession s = session;
        if (s == null) {
            return;
        }
        java.nio.file.Path t = target.toAbsolutePath().normalize();
        if (t.equals(s.store().path().toAbsolutePath().normalize())) {
            message.set(UserMessage.info("Already saved", "Every change is already saved in " + t.getFileName()));
            return;
        }
        org.verbatim.core.Pipeline p = pipeline;
        open(() -> {
            if (java.nio.file.Files.exists(t)) {
                java.nio.file.Files.delete(t);
            }
            s.store().saveCopy(t);
            return org.verbatim.ui.project.ProjectSession.open(t, p);
        });
    }

    /** Closes the open project (or the student's work) and shows the welcome screen. */
    public void closeProject() {
        generation++;
        close();
        panes.clear();
        review.load(null, pipeline.compare(List.of(), org.verbatim.core.ComparisonSettings.DEFAULTS), List.of());
        storyTitle.set("");
        windowTitle.set(APP_NAME);
        status.set("No project open");
        fileState.set("");
        hasProject.set(false);
        temporary.set(false);
        loading.set(false);
    }

    /**
     * A project read in the background: its session, comparison, annotations and highlights, and the
     * details of its reports as stored now (a rename changes them without changing the comparison).
     */
    private record Opened(org.verbatim.ui.project.ProjectSession session, org.verbatim.core.Comparison comparison,
                          List<org.verbatim.review.Annotation> annotations, List<List<Highlight>> highlights,
                          java.util.Map<String, org.verbatim.core.model.ReportMeta> details) {

        static Opened read(org.verbatim.ui.project.ProjectSession s) throws org.verbatim.store.ProjectException {
            org.verbatim.core.Comparison c = s.store().comparison();
            java.util.Map<String, org.verbatim.core.model.ReportMeta> details = new java.util.HashMap<>();
            s.store().reports().forEach(r -> details.put(r.id(), r.report().meta()));
            return new Opened(s, c, s.store().annotations(),
                    org.verbatim.ui.highlight.EngineHighlights.highlights(c), details);
        }
    }

    private void showSession(Opened o) {
        if (session != null && session != o.session()) {
            session.close();
        }
        boolean sameProject = session == o.session();
        java.util.Set<String> hidden = new java.util.HashSet<>();
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
            remember(settings.get().withRecent(o.session().store().path().toAbsolutePath().normalize().toString()));
        }
        List<org.verbatim.core.Comparison.ReportResult> reports = o.comparison().reports();
        List<ReportPaneViewModel> newPanes =
                panesFor(reports.stream().map(org.verbatim.core.Comparison.ReportResult::report).toList());
        java.util.Map<String, double[]> heat = Overview.of(o.comparison());
        for (int i = 0; i < newPanes.size(); i++) {
            newPanes.get(i).setHighlights(o.highlights().get(i));
            newPanes.get(i).heatProperty().set(heat.getOrDefault(newPanes.get(i).id(), new double[0]));
            if (o.details().containsKey(newPanes.get(i).id())) {
                newPanes.get(i).setMeta(o.details().get(newPanes.get(i).id()));
            }
            if (hidden.contains(newPanes.get(i).id())) {
                newPanes.get(i).shownProperty().set(false);
            }
        }
        if (!newPanes.equals(panes)) {
            panes.setAll(newPanes);
        }
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

    /**
     * The first sight of a project being opened: its texts in their panes, before the comparison is done.
     * Only for another project than the one open; a re-comparison keeps the panes as they are.
     */
    private void showTexts(org.verbatim.ui.project.ProjectSession s, List<org.verbatim.core.model.Report> texts) {
        if (s == session) {
            return;
        }
        review.load(null, pipeline.compare(List.of(), org.verbatim.core.ComparisonSettings.DEFAULTS), List.of());
        panes.setAll(texts.stream().map(ReportPaneViewModel::of).toList());
        storyTitle.set(s.title());
        hasProject.set(true);
        status.set("Comparing " + texts.size() + " reports\u2026");
    }

    /**
     * One pane model per report, in order: the one already showing a report is kept when its text is the same
     * (only its details are refreshed), so a re-comparison does not rebuild panes or lose their scrolling.
     */
    private List<ReportPaneViewModel> panesFor(List<org.verbatim.core.model.Report> reports) {
        java.util.Map<String, ReportPaneViewModel> current = new java.util.HashMap<>();
        panes.forEach(p -> current.put(p.id(), p));
        List<ReportPaneViewModel> out = new ArrayList<>();
        for (org.verbatim.core.model.Report r : reports) {
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
            return new Changed(Opened.read(s),
                    failure == null ? said
                    : failure instanceof InterruptedException
                            || failure instanceof java.util.concurrent.CancellationException
                            || failure instanceof java.nio.channels.ClosedByInterruptException
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
    public javafx.beans.property.ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** The open project, or null. */
    public org.verbatim.ui.project.ProjectSession session() {
        return session;
    }

    private org.verbatim.core.Comparison comparison;

    /** The open project's latest comparison, or null. */
    public org.verbatim.core.Comparison comparison() {
        return comparison;
    }

    /**
     * Linked navigation: the user clicked {@code offset} in report {@code reportId}. When a quote or a
     * narrative passage is there, every other pane scrolls to its counterpart and marks it, and panes of
     * reports that lack it say so. The clicked pane stays where it is. Returns false when nothing is there.
     */
    public boolean revealCounterparts(String reportId, int offset) {
        if (comparison == null) {
            return false;
        }
        java.util.Map<String, org.verbatim.core.model.Span> where =
                Counterparts.at(comparison, reportId, offset);
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
            org.verbatim.core.diff.Discrepancy d = rows.get(i).discrepancy();
            for (org.verbatim.core.diff.Discrepancy.Side side : List.of(d.a(), d.b())) {
                if (side.reportId().equals(reportId)) {
                    long distance = Math.abs((long) side.span().start() - offset);
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
                .ifPresent(p -> p.focusProperty().set(new org.verbatim.core.model.Span(offset, offset)));
    }

    /** Undoes the last edit: an annotation at once; a report's removal, move or exclusion, compared again. */
    public void undo() {
        review.undo();
        compareIfStale();
    }

    /** Redoes what {@link #undo} undid. */
    public void redo() {
        review.redo();
        compareIfStale();
    }

    private void compareIfStale() {
        org.verbatim.ui.project.ProjectSession s = session;
        try {
            if (s != null && !s.store().comparisonIsCurrent()) {
                change("Comparing the reports again", store -> null);
            }
        } catch (org.verbatim.store.ProjectException e) {
            message.set(UserMessage.error("Could not compare the reports again", e.getMessage()));
        }
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
        if (student.get() != null) {
            student.get().close();
            student.set(null);
        }
    }

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
