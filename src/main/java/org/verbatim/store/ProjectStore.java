package org.verbatim.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.Anchoring;
import org.verbatim.core.anchor.Reanchoring;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.ReadResult;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.review.Review;

/**
 * The project file as the window and the command line use it: a small front over its parts (the database with
 * its transactions and undo, the reports and exclusions, the annotations, the cached comparison, classroom
 * mode). Every change is committed at once (there is no Save button to forget); user edits can be undone and
 * redone for as long as the project is open.
 *
 * <p><b>One owner.</b> A store belongs to the thread that opened it: a call from any other thread is refused
 * with an {@link IllegalStateException}, so transactions, undo and the cached comparison are never changed from
 * two sides. The window hands every call on a project to that project's one thread, never the UI thread.
 * {@link #path()}, {@link #isReadOnly()} and {@link #author()} never change and may be read from anywhere.
 */
public final class ProjectStore implements AutoCloseable {

    /** The store's parts, shared by every {@linkplain #as author's} view of one open file. */
    private record Parts(Database db, Reports reports, Annotations annotations, CorrectionRecords corrections,
                         ComparisonCache cache, ClassroomRecords classroom, Pipeline pipeline) {}

    private final Parts parts;
    private final String author;

    private ProjectStore(Parts parts, String author) {
        this.parts = parts;
        this.author = author;
    }

    private static ProjectStore over(ProjectFile file, Pipeline pipeline) {
        Database db = new Database(file);
        Reports reports = new Reports(db);
        Annotations annotations = new Annotations(db);
        CorrectionRecords corrections = new CorrectionRecords(db, Anchoring.standard());
        ComparisonCache cache = new ComparisonCache(db, reports, annotations, corrections, pipeline,
                Reanchoring.standard());
        return new ProjectStore(new Parts(db, reports, annotations, corrections, cache, new ClassroomRecords(db),
                pipeline), osUser());
    }

    /** A new, empty project at {@code path}, owned by the calling thread. */
    public static ProjectStore create(Path path, Pipeline pipeline) throws ProjectException {
        ProjectStore store = over(ProjectFile.create(path), pipeline);
        try {
            store.parts.db().write("create the project", Affects.ENGINE_INPUT, c -> {
                Database.putValue(c, "created_at", Instant.now().toString());
                Database.putValue(c, "settings", Reports.settingsJson(ComparisonSettings.DEFAULTS));
            });
            return store;
        } catch (ProjectException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** An existing project, owned by the calling thread; read-only when the file cannot be written. */
    public static ProjectStore open(Path path, Pipeline pipeline) throws ProjectException {
        return over(ProjectFile.open(path), pipeline);
    }

    /** An existing project, read-only whatever the file's permissions (for looking without touching). */
    public static ProjectStore openReadOnly(Path path, Pipeline pipeline) throws ProjectException {
        return over(ProjectFile.open(path, true), pipeline);
    }

    /** The same open project, writing as another author (tests, or a user name set in the window). */
    public ProjectStore as(String newAuthor) {
        return new ProjectStore(parts, newAuthor);
    }

    /**
     * Where the store says what it found and did about it (a damaged cache dropped and computed again, settings
     * that did not parse): one line each, naming the file. Without this they go to the log.
     */
    public void sayNoticesTo(Consumer<String> sink) {
        parts.db().checkOwner();
        parts.db().sayNoticesTo(sink);
    }

    public Path path() {
        return parts.db().path();
    }

    public boolean isReadOnly() {
        return parts.db().isReadOnly();
    }

    public String author() {
        return author;
    }

    // ----------------------------------------------------------------------------------------- reports

    /** The reports in project order (removed ones left out). */
    public List<StoredReport> reports() throws ProjectException {
        return parts.reports().all();
    }

    public StoredReport report(String reportId) throws ProjectException {
        return parts.reports().get(reportId);
    }

    /**
     * Adds a report at the end, from {@code source} (a path or URL as given, or a label for pasted text) and
     * {@code fileName} (null for pasted text): the {@code bytes} imported (the project keeps their SHA-256) and
     * what the reader made of them. Returns the new report's engine id ("r4").
     */
    public String addReport(String source, String fileName, byte[] bytes, ReadResult read) throws ProjectException {
        return parts.reports().add(source, fileName, bytes, read);
    }

    /**
     * Replaces a report's text with a new import of it (edited at the source, or saved again without clutter).
     * The report keeps its id and place, so its annotations follow it; they find their place again at the
     * next comparison. Undo restores the old text.
     */
    public void reimportReport(String reportId, String source, String fileName, byte[] bytes, ReadResult read)
            throws ProjectException {
        parts.reports().reimport(reportId, source, fileName, bytes, read);
    }

    /** Removes a report from the comparison. Its text and annotations stay in the file; undo brings it back. */
    public void removeReport(String reportId) throws ProjectException {
        parts.reports().remove(reportId);
    }

    /** Moves a report to {@code newPosition} (0-based) in the project's order. */
    public void moveReport(String reportId, int newPosition) throws ProjectException {
        parts.reports().move(reportId, newPosition);
    }

    /** Changes a report's title, outlet, date and URL; the comparison stands and shows them. */
    public void editReport(String reportId, ReportMeta meta) throws ProjectException {
        parts.reports().edit(reportId, meta);
    }

    // --------------------------------------------------------------------------------- exclusions and settings

    /** Excludes a span of a report from the comparison, by hand. */
    public void exclude(String reportId, Span span) throws ProjectException {
        parts.reports().userSpan(reportId, span, "user-exclude", "exclude text from the comparison");
    }

    /** Puts back a span the clutter rules excluded. */
    public void include(String reportId, Span span) throws ProjectException {
        parts.reports().userSpan(reportId, span, "user-include", "include text in the comparison");
    }

    /**
     * Takes back the user's own exclusions that overlap {@code span} in a report, so that text is compared
     * again; undoable. Returns false, changing nothing, when the user excluded nothing there.
     */
    public boolean unexclude(String reportId, Span span) throws ProjectException {
        return parts.reports().unexclude(reportId, span);
    }

    /** The comparison settings; defaults (and a notice) when what is stored does not parse. */
    public ComparisonSettings settings() throws ProjectException {
        return parts.reports().settings();
    }

    public void setSettings(ComparisonSettings settings) throws ProjectException {
        parts.reports().setSettings(settings);
    }

    // ------------------------------------------------------------------------------------------ comparison

    /** The engine's results for the reports as they are now: from memory, from the cache, or compared again. */
    public Comparison comparison() throws ProjectException {
        return parts.cache().comparison(author);
    }

    /**
     * Whether {@link #comparison()} can answer without running the engine (after an undo brought a report back,
     * say, it cannot).
     */
    public boolean comparisonIsCurrent() throws ProjectException {
        return parts.cache().isCurrent();
    }

    /** Compares the reports again, caches the results and re-anchors every annotation. */
    public Comparison recompare() throws ProjectException {
        return parts.cache().recompare(author);
    }

    /** The comparison with every annotation and the settings: what exports and print render. */
    public Review review() throws ProjectException {
        return new Review(comparison(), annotations(), settings());
    }

    /** What the project holds, at a glance: from the comparison as it is now and the annotations. */
    public ProjectSummary summary() throws ProjectException {
        return parts.annotations().summary(comparison());
    }

    /** A discrepancy of the current comparison by its id ("d7") or fingerprint. */
    public Optional<Discrepancy> discrepancy(String idOrFingerprint) throws ProjectException {
        for (Discrepancy d : comparison().discrepancies()) {
            if (d.id().equals(idOrFingerprint) || d.fingerprint().equals(idOrFingerprint)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------ annotations

    public List<Annotation> annotations() throws ProjectException {
        return parts.annotations().all();
    }

    public Optional<Annotation> annotation(long id) throws ProjectException {
        return annotations().stream().filter(a -> a.id() == id).findFirst();
    }

    /** The annotation hanging on a discrepancy, if any. */
    public Optional<Annotation> annotationOf(Discrepancy d) throws ProjectException {
        return annotations().stream().filter(a -> d.fingerprint().equals(a.fingerprint())).findFirst();
    }

    public List<Annotation> orphans() throws ProjectException {
        return annotations().stream().filter(Annotation::orphaned).toList();
    }

    /**
     * Sets the status and note of a discrepancy's annotation, creating the annotation when there is none.
     * A null argument leaves that field as it is.
     */
    public Annotation annotate(Discrepancy d, AnnotationStatus status, String note) throws ProjectException {
        Optional<Annotation> existing = annotationOf(d);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
        } else {
            Discrepancy.Location home = d.home();
            String text = comparison().report(home.reportId()).text();
            id = parts.annotations().create(home.reportId(), Anchor.describe(text, home.span()), d.fingerprint(), author);
        }
        return statusAndNote(id, status, note);
    }

    /** Annotates any span of a report (not only a discrepancy). */
    public Annotation annotateSpan(String reportId, Span span, AnnotationStatus status, String note)
            throws ProjectException {
        String text = report(reportId).report().text();
        long id = parts.annotations().create(reportId, Anchor.describe(text, span), null, author);
        return statusAndNote(id, status, note);
    }

    private Annotation statusAndNote(long id, AnnotationStatus status, String note) throws ProjectException {
        parts.annotations().set(id, "status", status == null ? null : status.key(), author, status != null);
        parts.annotations().set(id, "note", note, author, note != null);
        return annotation(id).orElseThrow();
    }

    public void setStatus(long id, AnnotationStatus status) throws ProjectException {
        parts.annotations().set(id, "status", status.key(), author);
    }

    public void setNote(long id, String note) throws ProjectException {
        parts.annotations().set(id, "note", note, author);
    }

    public void setCategory(long id, String category) throws ProjectException {
        parts.annotations().set(id, "category", category, author);
    }

    public void setTags(long id, List<String> tags) throws ProjectException {
        parts.annotations().set(id, "tags", String.join(",", new TreeSet<>(tags)), author);
    }

    /** Every change made to an annotation, oldest first. */
    public List<HistoryEntry> history(long id) throws ProjectException {
        return parts.annotations().history(id);
    }

    // ------------------------------------------------------------------------------------------ corrections

    /**
     * The user's corrections of quotes, speakers and groups, oldest first, each placed in the reports as they are
     * now; one whose words are gone is {@linkplain StoredCorrection#orphaned() orphaned}, kept and listed.
     */
    public List<StoredCorrection> corrections() throws ProjectException {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        reports().forEach(r -> texts.put(r.id(), r.report().text()));
        return parts.corrections().all(texts);
    }

    /**
     * Makes a correction of the current comparison (one undoable edit; the reports are compared again with it at
     * the next {@link #comparison()}). Returns the new corrections' ids.
     *
     * @throws ProjectException when it names a quote, group or report the comparison does not have
     */
    public List<Long> correct(CorrectionRequest request) throws ProjectException {
        return parts.corrections().correct(request, comparison(), corrections(), author);
    }

    /** Takes a correction back (undoable); false, changing nothing, when there is none with that id. */
    public boolean withdrawCorrection(long id) throws ProjectException {
        return parts.corrections().withdraw(id);
    }

    // ------------------------------------------------------------------------------------------ undo, copy

    public boolean canUndo() {
        return parts.db().canUndo();
    }

    public boolean canRedo() {
        return parts.db().canRedo();
    }

    /** What undo would undo ("set status of annotation 3"), or null. */
    public String undoLabel() {
        return parts.db().undoLabel();
    }

    public String redoLabel() {
        return parts.db().redoLabel();
    }

    /** Undoes the last edit; returns what it changed, or null when there was nothing to undo. */
    public Affects undo() throws ProjectException {
        return parts.db().undo();
    }

    /** Redoes what {@link #undo} undid; returns what it changed, or null when there was nothing to redo. */
    public Affects redo() throws ProjectException {
        return parts.db().redo();
    }

    /** Writes a copy of the whole project to {@code target} ("Save as", "Export copy"). */
    public void saveCopy(Path target) throws ProjectException {
        parts.db().checkOwner();
        parts.db().file().backupTo(target);
    }

    /** {@code PRAGMA integrity_check} of the open file. */
    public String integrityCheck() throws ProjectException {
        return parts.db().read(c -> parts.db().file().integrityCheck());
    }

    @Override
    public void close() {
        parts.db().close();
    }

    // ------------------------------------------------------------------------------------------ classroom

    /** What this file is in classroom mode (a plain project when it was never made an exercise). */
    public Classroom classroom() throws ProjectException {
        return parts.classroom().classroom();
    }

    /**
     * Writes an exercise file made from this project at {@code target}: the reports and their comparison
     * settings, none of the teacher's annotations, notes or history, and no cached comparison (so nothing of
     * the review is left for a student to read with another tool). The file is vacuumed so deleted pages
     * keep nothing either. This project is left as it was.
     */
    public void writeExercise(Path target, Classroom exercise) throws ProjectException {
        saveCopy(target);
        try (ProjectStore copy = ProjectStore.open(target, parts.pipeline())) {
            copy.parts.classroom().makeExercise(exercise);
            copy.parts.db().file().compact();
        }
    }

    /** Makes this file a student's work on the exercise it was copied from, in their name. */
    public void becomeStudentWork(String studentName) throws ProjectException {
        parts.classroom().becomeStudentWork(studentName);
    }

    /** Counts one use of "Check my answers". */
    public void countCheck() throws ProjectException {
        parts.classroom().countCheck();
    }

    /** The student's marks, in the order they were made. */
    public List<StudentMark> marks() throws ProjectException {
        return parts.classroom().marks(reports());
    }

    /** Adds a mark (undoable); {@code spanB} null means the words are missing in {@code reportB}. */
    public long addMark(String reportA, Span spanA, String reportB, Span spanB, String kind, String why)
            throws ProjectException {
        return parts.classroom().addMark(reportA, spanA, reportB, spanB, kind, why);
    }

    /** Changes a mark's kind and reason (undoable). */
    public void editMark(long id, String kind, String why) throws ProjectException {
        parts.classroom().editMark(id, kind, why);
    }

    /** Removes a mark (undoable). */
    public void removeMark(long id) throws ProjectException {
        parts.classroom().removeMark(id);
    }

    private static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
