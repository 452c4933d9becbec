package org.verbatim.store;

import org.verbatim.review.HistoryEntry;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.Annotation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.Anchoring;
import org.verbatim.core.anchor.Located;
import org.verbatim.core.anchor.TextPositionSelector;
import org.verbatim.core.anchor.TextQuoteSelector;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.ReadResult;

/**
 * The project file's service layer, for the window and the command line. Every change is committed at once
 * (there is no Save button to forget); user edits can be undone and redone for as long as the project is open.
 * Not thread-safe: one owner at a time (the window's task runner serialises its calls).
 */
public final class ProjectStore implements AutoCloseable {

    /** Changes the engine's results: bump when the pipeline's output changes for the same input. */
    static final String ENGINE_VERSION = "engine-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectFile file;
    private final Pipeline pipeline;
    private final Anchoring anchoring;
    private final String author;
    private final ComparisonCodec codec = new ComparisonCodec();
    private final UndoStack undo = new UndoStack();
    private Comparison comparison;

    private ProjectStore(ProjectFile file, Pipeline pipeline, Anchoring anchoring, String author) {
        this.file = file;
        this.pipeline = pipeline;
        this.anchoring = anchoring;
        this.author = author;
    }

    /** A new, empty project at {@code path}. */
    public static ProjectStore create(Path path, Pipeline pipeline) throws ProjectException {
        ProjectStore store = new ProjectStore(ProjectFile.create(path), pipeline, Anchoring.standard(), osUser());
        store.write("create the project", c -> {
            putValue(c, "created_at", Instant.now().toString());
            putValue(c, "settings", settingsJson(ComparisonSettings.DEFAULTS));
        });
        return store;
    }

    /** An existing project; read-only when the file cannot be written ({@link #isReadOnly()}). */
    public static ProjectStore open(Path path, Pipeline pipeline) throws ProjectException {
        return new ProjectStore(ProjectFile.open(path), pipeline, Anchoring.standard(), osUser());
    }

    /** An existing project, read-only whatever the file's permissions (for looking without touching). */
    public static ProjectStore openReadOnly(Path path, Pipeline pipeline) throws ProjectException {
        return new ProjectStore(ProjectFile.open(path, true), pipeline, Anchoring.standard(), osUser());
    }

    /** The same store writing as another author (tests, or a user name set in the window). */
    public ProjectStore as(String newAuthor) {
        return new ProjectStore(file, pipeline, anchoring, newAuthor);
    }

    public Path path() {
        return file.path();
    }

    public boolean isReadOnly() {
        return file.isReadOnly();
    }

    public String author() {
        return author;
    }

    // ----------------------------------------------------------------------------------------- reports

    /** The reports in project order (removed ones left out). */
    public List<StoredReport> reports() throws ProjectException {
        return read(c -> {
            List<StoredReport> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, position, title, outlet, date, url, file_name, "
                    + "source, format, text, hidden, sha256, imported_at FROM report WHERE removed_at IS NULL "
                    + "ORDER BY position, id")) {
                try (ResultSet r = s.executeQuery()) {
                    int position = 0;
                    while (r.next()) {
                        Report report = new Report("r" + r.getLong(1), r.getString(8), r.getString(10),
                                SourceFormat.valueOf(r.getString(9)),
                                new ReportMeta(r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                                spans(r.getString(11)));
                        out.add(new StoredReport(report, r.getString(7), r.getString(12), r.getString(13), position++));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Adds a report at the end.
     *
     * @param source   where it came from: the path or URL as the user gave it, or a label for pasted text
     * @param fileName the file's name; null for pasted text
     * @param bytes    the imported bytes, for the SHA-256 the project keeps
     * @param read     what the reader made of them
     * @return the engine id of the new report ("r4")
     */
    public String addReport(String source, String fileName, byte[] bytes, ReadResult read) throws ProjectException {
        long[] id = new long[1];
        String title = read.meta().title() != null ? read.meta().title() : fileName != null ? fileName : source;
        edit("add report " + title, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report (position, title, outlet, date, url, "
                    + "file_name, source, format, text, hidden, sha256, imported_at) VALUES "
                    + "((SELECT COALESCE(MAX(position), -1) + 1 FROM report), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, title);
                s.setString(2, read.meta().outlet());
                s.setString(3, read.meta().date());
                s.setString(4, read.meta().url());
                s.setString(5, fileName);
                s.setString(6, source);
                s.setString(7, read.format().name());
                s.setString(8, read.text());
                s.setString(9, spansJson(read.hidden()));
                s.setString(10, Fingerprints.sha256Hex(bytes));
                s.setString(11, Instant.now().toString());
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    id[0] = k.getLong(1);
                }
            }
        }, c -> setRemoved(c, id[0], true), c -> setRemoved(c, id[0], false));
        return "r" + id[0];
    }

    /**
     * Replaces a report's text with a new import of it (edited at the source, or saved again without clutter).
     * The report keeps its id and place, so its annotations follow it; they find their place again at the
     * next comparison. Undo restores the old text.
     */
    public void reimportReport(String reportId, String source, String fileName, byte[] bytes, ReadResult read)
            throws ProjectException {
        long id = dbId(reportId);
        Object[] old = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source, file_name, format, text, hidden, sha256, "
                    + "imported_at FROM report WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no report " + reportId);
                    }
                    return new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7)};
                }
            }
        });
        Object[] now = {source, fileName, read.format().name(), read.text(), spansJson(read.hidden()),
                Fingerprints.sha256Hex(bytes), Instant.now().toString()};
        edit("re-import report " + reportId, c -> setImport(c, id, now), c -> setImport(c, id, old),
                c -> setImport(c, id, now));
    }

    private static void setImport(Connection c, long id, Object[] v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET source = ?, file_name = ?, format = ?, text = ?, "
                + "hidden = ?, sha256 = ?, imported_at = ? WHERE id = ?")) {
            for (int i = 0; i < v.length; i++) {
                s.setString(i + 1, (String) v[i]);
            }
            s.setLong(v.length + 1, id);
            s.executeUpdate();
        }
    }

    /** Removes a report from the comparison. Its text and annotations stay in the file; undo brings it back. */
    public void removeReport(String reportId) throws ProjectException {
        long id = dbId(reportId);
        edit("remove report " + reportId, c -> setRemoved(c, id, true), c -> setRemoved(c, id, false),
                c -> setRemoved(c, id, true));
    }

    /** Moves a report to {@code newPosition} (0-based) in the project's order. */
    public void moveReport(String reportId, int newPosition) throws ProjectException {
        List<String> before = reports().stream().map(StoredReport::id).toList();
        List<String> after = new ArrayList<>(before);
        if (!after.remove(reportId)) {
            throw new ProjectException(file.path().toString(), "no report " + reportId);
        }
        after.add(Math.max(0, Math.min(newPosition, after.size())), reportId);
        edit("move report " + reportId, c -> order(c, after), c -> order(c, before), c -> order(c, after));
    }

    /** Changes a report's title, outlet, date and URL. */
    public void editReport(String reportId, ReportMeta meta) throws ProjectException {
        long id = dbId(reportId);
        ReportMeta old = report(reportId).report().meta();
        edit("edit report " + reportId, c -> setMeta(c, id, meta), c -> setMeta(c, id, old), c -> setMeta(c, id, meta));
    }

    public StoredReport report(String reportId) throws ProjectException {
        for (StoredReport r : reports()) {
            if (r.id().equals(reportId)) {
                return r;
            }
        }
        throw new ProjectException(file.path().toString(), "no report " + reportId);
    }

    // --------------------------------------------------------------------------------- exclusions and settings

    /** Excludes a span of a report from the comparison, by hand. */
    public void exclude(String reportId, Span span) throws ProjectException {
        userSpan(reportId, span, "user-exclude", "exclude text from the comparison");
    }

    /** Puts back a span the clutter rules excluded. */
    public void include(String reportId, Span span) throws ProjectException {
        userSpan(reportId, span, "user-include", "include text in the comparison");
    }

    /**
     * Takes back the user's own exclusions that overlap {@code span} in a report, so that text is compared
     * again; undoable. Returns false, changing nothing, when the user excluded nothing there.
     */
    public boolean unexclude(String reportId, Span span) throws ProjectException {
        long id = dbId(reportId);
        List<long[]> rows = read(c -> {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, start, end FROM excluded_span WHERE report_id = ? "
                    + "AND origin = 'user-exclude' AND start < ? AND end > ? ORDER BY id")) {
                p.setLong(1, id);
                p.setInt(2, span.end());
                p.setInt(3, span.start());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                    }
                }
            }
            return out;
        });
        if (rows.isEmpty()) {
            return false;
        }
        SqlWork delete = c -> {
            for (long[] row : rows) {
                deleteRow(c, "DELETE FROM excluded_span WHERE id = ?", row[0]);
            }
        };
        edit("include excluded text in the comparison again", delete, c -> {
            for (long[] row : rows) {
                row[0] = insertSpan(c, id, new Span((int) row[1], (int) row[2]), "user-exclude", null);
            }
        }, delete);
        return true;
    }

    private void userSpan(String reportId, Span span, String origin, String label) throws ProjectException {
        long id = dbId(reportId);
        long[] row = new long[1];
        edit(label, c -> row[0] = insertSpan(c, id, span, origin, null),
                c -> deleteRow(c, "DELETE FROM excluded_span WHERE id = ?", row[0]),
                c -> row[0] = insertSpan(c, id, span, origin, null));
    }

    public ComparisonSettings settings() throws ProjectException {
        return read(ProjectStore::settingsOf);
    }

    public void setSettings(ComparisonSettings settings) throws ProjectException {
        ComparisonSettings old = settings();
        edit("change comparison settings", c -> putValue(c, "settings", settingsJson(settings)),
                c -> putValue(c, "settings", settingsJson(old)), c -> putValue(c, "settings", settingsJson(settings)));
    }

    // ------------------------------------------------------------------------------------------ comparison

    /** The engine's results for the reports as they are now: from the cache, or compared again. */
    public Comparison comparison() throws ProjectException {
        String hash = inputHash();
        if (comparison != null && hash.equals(cachedHash)) {
            return comparison;
        }
        Comparison cached = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT engine, input_hash, json FROM result WHERE id = 1")) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && ENGINE_VERSION.equals(r.getString(1)) && hash.equals(r.getString(2))) {
                        return codec.read(r.getString(3));
                    }
                }
            }
            return null;
        });
        if (cached != null) {
            comparison = cached;
            cachedHash = hash;
            return cached;
        }
        return recompare();
    }

    private String cachedHash;

    /**
     * Whether the last comparison still fits the reports, exclusions and settings (an undo may have brought
     * a report back, say); when it does not, {@link #comparison()} compares again.
     */
    public boolean comparisonIsCurrent() throws ProjectException {
        return comparison != null && inputHash().equals(cachedHash);
    }

    /** Compares the reports again, caches the results and re-anchors every annotation. */
    public Comparison recompare() throws ProjectException {
        List<StoredReport> reports = reports();
        ComparisonSettings settings = withUserSpans(settings(), reports);
        Comparison result = pipeline.compare(reports.stream().map(StoredReport::report).toList(), settings);
        String hash = inputHash();
        comparison = result;
        cachedHash = hash;
        if (!file.isReadOnly()) {
            write("store the comparison", c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO result (id, engine, input_hash, "
                        + "computed_at, json) VALUES (1, ?, ?, ?, ?)")) {
                    s.setString(1, ENGINE_VERSION);
                    s.setString(2, hash);
                    s.setString(3, Instant.now().toString());
                    s.setString(4, codec.write(result));
                    s.executeUpdate();
                }
                try (PreparedStatement d = c.prepareStatement("DELETE FROM excluded_span WHERE origin = 'engine'")) {
                    d.executeUpdate();
                }
                for (Comparison.ReportResult r : result.reports()) {
                    for (Excluded e : r.excluded()) {
                        if (!e.reason().equals(USER_REASON)) {
                            insertSpan(c, dbId(r.report().id()), e.span(), "engine", e.reason());
                        }
                    }
                }
                reanchor(c, result);
            });
        }
        return result;
    }

    private static final String USER_REASON = "excluded by the user";

    public ProjectSummary summary() throws ProjectException {
        Comparison c = comparison();
        List<Annotation> all = annotations();
        Map<String, Annotation> byFingerprint = new HashMap<>();
        all.forEach(a -> {
            if (a.fingerprint() != null) {
                byFingerprint.put(a.fingerprint(), a);
            }
        });
        int reviewed = 0;
        for (Discrepancy d : c.discrepancies()) {
            Annotation a = byFingerprint.get(d.fingerprint());
            if (a != null && a.status() != AnnotationStatus.UNREVIEWED) {
                reviewed++;
            }
        }
        return new ProjectSummary(c.reports().size(), (int) c.clusters().stream().filter(Cluster::isGroup).count(),
                c.discrepancies().size(), reviewed, all.size(), (int) all.stream().filter(Annotation::orphaned).count());
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
        return read(c -> {
            Map<Long, List<String>> tags = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT annotation_id, tag FROM annotation_tag ORDER BY tag");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tags.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            List<Annotation> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, fingerprint, report_id, exact, prefix, suffix, "
                    + "start, end, status, category, note, author, created_at, updated_at, orphaned FROM annotation "
                    + "ORDER BY id"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long rid = r.getLong(3);
                    String reportId = r.wasNull() ? null : "r" + rid;
                    Anchor anchor = new Anchor(new TextQuoteSelector(r.getString(4), r.getString(5), r.getString(6)),
                            new TextPositionSelector(r.getInt(7), r.getInt(8)));
                    out.add(new Annotation(r.getLong(1), r.getString(2), reportId, anchor,
                            AnnotationStatus.of(r.getString(9)), r.getString(10), r.getString(11),
                            tags.getOrDefault(r.getLong(1), List.of()), r.getString(12), r.getString(13),
                            r.getString(14), r.getInt(15) != 0));
                }
            }
            return out;
        });
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
        long id = existing.isPresent() ? existing.get().id() : create(discrepancyAnchor(d), d.fingerprint());
        if (status != null) {
            setStatus(id, status);
        }
        if (note != null) {
            setNote(id, note);
        }
        return annotation(id).orElseThrow();
    }

    /** Annotates any span of a report (not only a discrepancy). */
    public Annotation annotateSpan(String reportId, Span span, AnnotationStatus status, String note)
            throws ProjectException {
        Report report = report(reportId).report();
        long id = create(new Place(reportId, Anchor.describe(report.text(), span)), null);
        if (status != null) {
            setStatus(id, status);
        }
        if (note != null) {
            setNote(id, note);
        }
        return annotation(id).orElseThrow();
    }

    public void setStatus(long id, AnnotationStatus status) throws ProjectException {
        setField(id, "status", status.key());
    }

    public void setNote(long id, String note) throws ProjectException {
        setField(id, "note", note);
    }

    public void setCategory(long id, String category) throws ProjectException {
        setField(id, "category", category);
    }

    public void setTags(long id, List<String> tags) throws ProjectException {
        setField(id, "tags", String.join(",", new TreeSet<>(tags)));
    }

    /** Every change made to an annotation, oldest first. */
    public List<HistoryEntry> history(long id) throws ProjectException {
        return read(c -> {
            List<HistoryEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT annotation_id, at, author, field, old_value, "
                    + "new_value FROM annotation_history WHERE annotation_id = ? ORDER BY id")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new HistoryEntry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------------------------------ undo, copy

    public boolean canUndo() {
        return undo.canUndo();
    }

    public boolean canRedo() {
        return undo.canRedo();
    }

    /** What undo would undo ("set status of annotation 3"), or null. */
    public String undoLabel() {
        return undo.undoLabel();
    }

    public String redoLabel() {
        return undo.redoLabel();
    }

    public void undo() throws ProjectException {
        UndoStack.Edit e = undo.popUndo();
        if (e != null) {
            write("undo " + e.label(), e.undo()::apply);
        }
    }

    public void redo() throws ProjectException {
        UndoStack.Edit e = undo.popRedo();
        if (e != null) {
            write("redo " + e.label(), e.redo()::apply);
        }
    }

    /** Writes a copy of the whole project to {@code target} ("Save as", "Export copy"). */
    public void saveCopy(Path target) throws ProjectException {
        file.backupTo(target);
    }

    /** {@code PRAGMA integrity_check} of the open file. */
    public String integrityCheck() throws ProjectException {
        return read(c -> file.integrityCheck());
    }

    @Override
    public void close() {
        file.close();
    }

    // ---------------------------------------------------------------------------------------------- internals

    /** A place for a new annotation: a report and an anchor in its text. */
    private record Place(String reportId, Anchor anchor) {}

    private Place discrepancyAnchor(Discrepancy d) throws ProjectException {
        Discrepancy.Side side = d.b().span().isEmpty() ? d.a() : d.b();
        Report report = comparison().report(side.reportId());
        return new Place(side.reportId(), Anchor.describe(report.text(), side.span()));
    }

    private long create(Place at, String fingerprint) throws ProjectException {
        long[] id = new long[1];
        String now = Instant.now().toString();
        write("annotate", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation (target, fingerprint, report_id, exact, "
                    + "prefix, suffix, start, end, status, note, author, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, fingerprint != null ? "discrepancy" : "span");
                s.setString(2, fingerprint);
                s.setLong(3, dbId(at.reportId()));
                setAnchor(s, 4, at.anchor());
                s.setString(9, AnnotationStatus.UNREVIEWED.key());
                s.setString(10, author);
                s.setString(11, now);
                s.setString(12, now);
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    id[0] = k.getLong(1);
                }
            }
            history(c, id[0], "created", null, fingerprint != null ? fingerprint : at.anchor().quote().exact());
        });
        return id[0];
    }

    private void setField(long id, String field, String value) throws ProjectException {
        String old = read(c -> fieldOf(c, id, field));
        if (java.util.Objects.equals(old, value)) {
            return;
        }
        edit("set " + field + " of annotation " + id, c -> storeField(c, id, field, old, value),
                c -> storeField(c, id, field, value, old), c -> storeField(c, id, field, old, value));
    }

    private void storeField(Connection c, long id, String field, String old, String value) throws SQLException {
        if (field.equals("tags")) {
            deleteRow(c, "DELETE FROM annotation_tag WHERE annotation_id = ?", id);
            if (value != null && !value.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_tag (annotation_id, tag) VALUES (?, ?)")) {
                    for (String tag : value.split(",")) {
                        s.setLong(1, id);
                        s.setString(2, tag);
                        s.executeUpdate();
                    }
                }
            }
        } else {
            try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET " + column(field)
                    + " = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, value);
                s.setString(2, Instant.now().toString());
                s.setLong(3, id);
                if (s.executeUpdate() == 0) {
                    throw new SQLException("no annotation " + id);
                }
            }
        }
        history(c, id, field, old, value);
    }

    private static String fieldOf(Connection c, long id, String field) throws SQLException {
        if (field.equals("tags")) {
            List<String> tags = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT tag FROM annotation_tag WHERE annotation_id = ? ORDER BY tag")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tags.add(r.getString(1));
                    }
                }
            }
            return String.join(",", tags);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + column(field) + " FROM annotation WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no annotation " + id);
                }
                return r.getString(1);
            }
        }
    }

    /** The column of an editable annotation field: from this class's own names, never from input. */
    private static String column(String field) {
        return switch (field) {
            case "status" -> "status";
            case "note" -> "note";
            case "category" -> "category";
            default -> throw new IllegalArgumentException("not an annotation field: " + field);
        };
    }

    private void history(Connection c, long id, String field, String old, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_history (annotation_id, at, author, "
                + "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, Instant.now().toString());
            s.setString(3, author);
            s.setString(4, field);
            s.setString(5, old);
            s.setString(6, value);
            s.executeUpdate();
        }
    }

    /**
     * Finds every annotation's place in a new comparison: by fingerprint first, then by its text (exact with
     * prefix and suffix, then fuzzy) in its report. One that finds no place is kept, flagged orphaned.
     */
    private void reanchor(Connection c, Comparison result) throws SQLException {
        Map<String, Discrepancy> byFingerprint = new HashMap<>();
        result.discrepancies().forEach(d -> byFingerprint.put(d.fingerprint(), d));
        Map<String, Report> reports = new LinkedHashMap<>();
        result.reports().forEach(r -> reports.put(r.report().id(), r.report()));
        for (Annotation a : annotationsOn(c)) {
            Report report = a.reportId() != null ? reports.get(a.reportId()) : null;
            if (a.onDiscrepancy() && byFingerprint.containsKey(a.fingerprint())) {
                Discrepancy d = byFingerprint.get(a.fingerprint());
                Discrepancy.Side side = d.b().span().isEmpty() ? d.a() : d.b();
                place(c, a, side.reportId(), Anchor.describe(reports.get(side.reportId()).text(), side.span()),
                        a.fingerprint());
                continue;
            }
            Optional<Located> found = report == null ? Optional.empty()
                    : anchoring.locate(report.text(), a.anchor());
            if (found.isEmpty()) {
                orphan(c, a);
                continue;
            }
            Span span = found.get().span();
            Anchor anchor = Anchor.describe(report.text(), span);
            if (!a.onDiscrepancy()) {
                place(c, a, a.reportId(), anchor, null);
                continue;
            }
            Discrepancy match = null;
            for (Discrepancy d : result.discrepancies()) {
                for (Discrepancy.Side side : List.of(d.a(), d.b())) {
                    if (side.reportId().equals(a.reportId()) && !side.span().isEmpty() && side.span().overlaps(span)) {
                        match = match == null ? d : match;
                    }
                }
            }
            if (match == null) {
                orphan(c, a);
            } else {
                place(c, a, a.reportId(), anchor, match.fingerprint());
            }
        }
    }

    private void place(Connection c, Annotation a, String reportId, Anchor anchor, String fingerprint)
            throws SQLException {
        boolean moved = !anchor.equals(a.anchor()) || !java.util.Objects.equals(fingerprint, a.fingerprint())
                || !java.util.Objects.equals(reportId, a.reportId()) || a.orphaned();
        if (!moved) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET report_id = ?, exact = ?, prefix = ?, "
                + "suffix = ?, start = ?, end = ?, fingerprint = ?, orphaned = 0 WHERE id = ?")) {
            s.setLong(1, dbId(reportId));
            setAnchor(s, 2, anchor);
            s.setString(7, fingerprint);
            s.setLong(8, a.id());
            s.executeUpdate();
        }
        if (!java.util.Objects.equals(fingerprint, a.fingerprint())) {
            history(c, a.id(), "fingerprint", a.fingerprint(), fingerprint);
        }
        if (a.orphaned()) {
            history(c, a.id(), "orphaned", "true", "false");
        }
    }

    private void orphan(Connection c, Annotation a) throws SQLException {
        if (a.orphaned()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET orphaned = 1 WHERE id = ?")) {
            s.setLong(1, a.id());
            s.executeUpdate();
        }
        history(c, a.id(), "orphaned", "false", "true");
    }

    private List<Annotation> annotationsOn(Connection c) throws SQLException {
        try {
            return annotations();
        } catch (ProjectException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static void setAnchor(PreparedStatement s, int from, Anchor a) throws SQLException {
        s.setString(from, a.quote().exact());
        s.setString(from + 1, a.quote().prefix());
        s.setString(from + 2, a.quote().suffix());
        s.setInt(from + 3, a.position().start());
        s.setInt(from + 4, a.position().end());
    }

    private String inputHash() throws ProjectException {
        StringBuilder b = new StringBuilder(ENGINE_VERSION).append('\n');
        List<StoredReport> reports = reports();
        for (StoredReport r : reports) {
            b.append(r.id()).append(' ').append(Fingerprints.ofText(r.report().text())).append(' ')
                    .append(spansJson(r.report().hidden())).append('\n');
        }
        b.append(settingsJson(withUserSpans(settings(), reports)));
        return Fingerprints.ofText(b.toString());
    }

    private ComparisonSettings withUserSpans(ComparisonSettings s, List<StoredReport> reports) throws ProjectException {
        Map<String, List<Span>> excluded = new HashMap<>();
        Map<String, List<Span>> included = new HashMap<>();
        read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT report_id, start, end, origin FROM excluded_span "
                    + "WHERE origin <> 'engine' ORDER BY id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Map<String, List<Span>> target = "user-exclude".equals(r.getString(4)) ? excluded : included;
                    target.computeIfAbsent("r" + r.getLong(1), k -> new ArrayList<>())
                            .add(new Span(r.getInt(2), r.getInt(3)));
                }
            }
            return null;
        });
        return new ComparisonSettings(s.ignoreCase(), s.minSeverity(), excluded, included);
    }

    private static ComparisonSettings settingsOf(Connection c) throws SQLException {
        String json = value(c, "settings");
        if (json == null) {
            return ComparisonSettings.DEFAULTS;
        }
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            return ComparisonSettings.DEFAULTS.withIgnoreCase(Boolean.TRUE.equals(m.get("ignoreCase")))
                    .withMinSeverity(Severity.valueOf(String.valueOf(m.getOrDefault("minSeverity", "COSMETIC"))));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ComparisonSettings.DEFAULTS;
        }
    }

    private static String settingsJson(ComparisonSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ignoreCase", s.ignoreCase());
        m.put("minSeverity", s.minSeverity().name());
        m.put("userExcluded", s.userExcluded().toString());
        m.put("userIncluded", s.userIncluded().toString());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String spansJson(List<Span> spans) {
        StringBuilder b = new StringBuilder("[");
        for (Span s : spans) {
            b.append(b.length() > 1 ? "," : "").append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        return b.append(']').toString();
    }

    private static List<Span> spans(String json) {
        try {
            int[][] pairs = JSON.readValue(json, int[][].class);
            List<Span> out = new ArrayList<>();
            for (int[] p : pairs) {
                out.add(new Span(p[0], p[1]));
            }
            return out;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static String value(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM project WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void putValue(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    private static void setRemoved(Connection c, long id, boolean removed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET removed_at = ? WHERE id = ?")) {
            s.setString(1, removed ? Instant.now().toString() : null);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static void setMeta(Connection c, long id, ReportMeta m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET title = ?, outlet = ?, date = ?, url = ? WHERE id = ?")) {
            s.setString(1, m.title());
            s.setString(2, m.outlet());
            s.setString(3, m.date());
            s.setString(4, m.url());
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    private static void order(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET position = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setInt(1, i);
                s.setLong(2, dbId(ids.get(i)));
                s.executeUpdate();
            }
        }
    }

    private static long insertSpan(Connection c, long reportId, Span span, String origin, String reason)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO excluded_span (report_id, start, end, origin, reason) "
                + "VALUES (?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, reportId);
            s.setInt(2, span.start());
            s.setInt(3, span.end());
            s.setString(4, origin);
            s.setString(5, reason);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private static void deleteRow(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    static long dbId(String reportId) {
        if (reportId == null || !reportId.matches("r\\d+")) {
            throw new IllegalArgumentException("not a report id: " + reportId);
        }
        return Long.parseLong(reportId.substring(1));
    }

    private static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    // ------------------------------------------------------------------------------------------ classroom

    /** What this file is in classroom mode (a plain project when it was never made an exercise). */
    public Classroom classroom() throws ProjectException {
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT role, title, instructions, hints, checking, "
                    + "key_plain, key_sealed, student_name, checks_used FROM classroom WHERE id = 1");
                 ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Classroom.PROJECT;
                }
                String hints = r.getString(4);
                return new Classroom(Classroom.Role.of(r.getString(1)), r.getString(2), r.getString(3),
                        hints == null || hints.isBlank() ? List.of() : List.of(hints.split("\n")),
                        "once".equals(r.getString(5)), r.getString(6), r.getBytes(7), r.getString(8), r.getInt(9));
            }
        });
    }

    /**
     * Writes an exercise file made from this project at {@code target}: the reports and their comparison
     * settings, none of the teacher's annotations, notes or history, and no cached comparison (so nothing of
     * the review is left for a student to read with another tool). The file is vacuumed so deleted pages
     * keep nothing either. This project is left as it was.
     */
    public void writeExercise(Path target, Classroom exercise) throws ProjectException {
        saveCopy(target);
        try (ProjectStore copy = ProjectStore.open(target, pipeline)) {
            copy.write("make the exercise", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM annotation_history");
                    st.execute("DELETE FROM annotation_tag");
                    st.execute("DELETE FROM annotation");
                    st.execute("DELETE FROM result");
                    st.execute("DELETE FROM student_mark");
                    st.execute("DELETE FROM report WHERE removed_at IS NOT NULL");
                }
                putClassroom(c, exercise);
            });
            copy.file.compact();
        }
    }

    /** Makes this file a student's work on the exercise it was copied from, in their name. */
    public void becomeStudentWork(String studentName) throws ProjectException {
        Classroom now = classroom();
        write("set the student's name", c -> putClassroom(c, new Classroom(Classroom.Role.STUDENT_WORK, now.title(),
                now.instructions(), now.hints(), now.checkOnce(), now.keyPlain(), now.keySealed(), studentName,
                now.checksUsed())));
    }

    /** Counts one use of "Check my answers". */
    public void countCheck() throws ProjectException {
        write("count a check of the answers", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE classroom SET checks_used = checks_used + 1 WHERE id = 1");
            }
        });
    }

    private static void putClassroom(Connection c, Classroom x) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO classroom (id, role, title, instructions, "
                + "hints, checking, key_plain, key_sealed, student_name, checks_used) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, x.role().key());
            p.setString(2, x.title());
            p.setString(3, x.instructions());
            p.setString(4, String.join("\n", x.hints()));
            p.setString(5, x.checkOnce() ? "once" : "any");
            p.setString(6, x.keyPlain());
            p.setBytes(7, x.keySealed());
            p.setString(8, x.studentName());
            p.setInt(9, x.checksUsed());
            p.executeUpdate();
        }
    }

    /** The student's marks, in the order they were made. */
    public List<StudentMark> marks() throws ProjectException {
        Map<String, String> texts = new HashMap<>();
        for (StoredReport r : reports()) {
            texts.put(r.id(), r.report().text());
        }
        return read(c -> {
            List<StudentMark> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, report_a, start_a, end_a, report_b, start_b, end_b, "
                    + "kind, why FROM student_mark WHERE removed = 0 ORDER BY id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String a = "r" + r.getLong(2);
                    String b = "r" + r.getLong(5);
                    Span sa = new Span(r.getInt(3), r.getInt(4));
                    int sb = r.getInt(6);
                    Span spanB = r.wasNull() ? null : new Span(sb, r.getInt(7));
                    String ta = texts.getOrDefault(a, "");
                    String tb = texts.getOrDefault(b, "");
                    out.add(new StudentMark(r.getLong(1), a, sa, slice(ta, sa), b, spanB,
                            spanB == null ? "" : slice(tb, spanB), r.getString(8), r.getString(9)));
                }
            }
            return out;
        });
    }

    private static String slice(String text, Span s) {
        return s.end() <= text.length() ? text.substring(s.start(), s.end()) : "";
    }

    /** Adds a mark (undoable); {@code spanB} null means the words are missing in {@code reportB}. */
    public long addMark(String reportA, Span spanA, String reportB, Span spanB, String kind, String why)
            throws ProjectException {
        long[] id = new long[1];
        edit("mark a discrepancy", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO student_mark (report_a, start_a, end_a, report_b, "
                    + "start_b, end_b, kind, why, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, dbId(reportA));
                p.setInt(2, spanA.start());
                p.setInt(3, spanA.end());
                p.setLong(4, dbId(reportB));
                if (spanB == null) {
                    p.setNull(5, java.sql.Types.INTEGER);
                    p.setNull(6, java.sql.Types.INTEGER);
                } else {
                    p.setInt(5, spanB.start());
                    p.setInt(6, spanB.end());
                }
                p.setString(7, kind);
                p.setString(8, why == null ? "" : why);
                p.setString(9, Instant.now().toString());
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    id[0] = k.getLong(1);
                }
            }
        }, c -> markRemoved(c, id[0], true), c -> markRemoved(c, id[0], false));
        return id[0];
    }

    /** Changes a mark's kind and reason (undoable). */
    public void editMark(long id, String kind, String why) throws ProjectException {
        String[] old = read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT kind, why FROM student_mark WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? new String[] {r.getString(1), r.getString(2)} : null;
                }
            }
        });
        if (old == null) {
            throw new ProjectException(file.path().toString(), "there is no mark " + id);
        }
        edit("edit a mark", c -> setMark(c, id, kind, why), c -> setMark(c, id, old[0], old[1]),
                c -> setMark(c, id, kind, why));
    }

    /** Removes a mark (undoable). */
    public void removeMark(long id) throws ProjectException {
        edit("remove a mark", c -> markRemoved(c, id, true), c -> markRemoved(c, id, false),
                c -> markRemoved(c, id, true));
    }

    private static void setMark(Connection c, long id, String kind, String why) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE student_mark SET kind = ?, why = ? WHERE id = ?")) {
            p.setString(1, kind);
            p.setString(2, why == null ? "" : why);
            p.setLong(3, id);
            p.executeUpdate();
        }
    }

    private static void markRemoved(Connection c, long id, boolean removed) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE student_mark SET removed = ? WHERE id = ?")) {
            p.setInt(1, removed ? 1 : 0);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    // --------------------------------------------------------------------------------------- transactions

    @FunctionalInterface
    interface SqlWork {
        void apply(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlRead<T> {
        T apply(Connection c) throws SQLException;
    }

    /** A user edit: done now in one transaction, remembered for undo. */
    private void edit(String label, SqlWork doIt, SqlWork undoIt, SqlWork redoIt) throws ProjectException {
        write(label, doIt);
        undo.push(new UndoStack.Edit(label, undoIt, redoIt));
    }

    private void write(String label, SqlWork work) throws ProjectException {
        if (file.isReadOnly()) {
            throw new ProjectException(file.path().toString(), "opened read-only; cannot " + label);
        }
        Connection c = file.connection();
        try {
            c.setAutoCommit(false);
            try {
                work.apply(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ProjectException(file.path().toString(), "could not " + label + ": " + e.getMessage(), e);
        }
        if (changesInput(label)) {
            comparison = null; // the input may have changed; the next comparison() checks the cache's hash
        }
    }

    /** Whether a write with this label can change what the engine compares (annotations cannot). */
    private static boolean changesInput(String label) {
        String l = label.replaceFirst("^(undo|redo) ", "");
        return !(l.equals("store the comparison") || l.equals("annotate") || l.startsWith("set ")
                && l.contains(" of annotation ") || l.contains(" mark") || l.equals("count a check of the answers")
                || l.equals("set the student's name"));
    }

    private <T> T read(SqlRead<T> work) throws ProjectException {
        try {
            return work.apply(file.connection());
        } catch (SQLException e) {
            throw new ProjectException(file.path().toString(), "could not read the project: " + e.getMessage(), e);
        }
    }
}
