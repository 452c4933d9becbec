package org.verbatim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.ReadResult;

/**
 * The reports of a project (soft-removed, so undo can bring them back), the user's exclusions and the comparison
 * settings: everything the engine compares. Every change here is undoable and says what it affects.
 */
final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, position, title, outlet, date, url, file_name, source, format, text, "
            + "hidden, sha256, imported_at, author, encoding";

    private final Database db;

    Reports(Database db) {
        this.db = db;
    }

    /** The reports in project order (removed ones left out). */
    List<StoredReport> all() throws ProjectException {
        return db.read(c -> {
            List<StoredReport> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM report WHERE removed_at IS NULL "
                    + "ORDER BY position, id"); ResultSet r = s.executeQuery()) {
                int position = 0;
                while (r.next()) {
                    String id = "r" + r.getLong(1);
                    Report report = new Report(id, r.getString(8), r.getString(10), SourceFormat.valueOf(r.getString(9)),
                            new ReportMeta(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                    r.getString(14), r.getString(15)),
                            hidden(id, r.getString(11)));
                    out.add(new StoredReport(report, r.getString(7), r.getString(12), r.getString(13), position++));
                }
            }
            return out;
        });
    }

    StoredReport get(String reportId) throws ProjectException {
        for (StoredReport r : all()) {
            if (r.id().equals(reportId)) {
                return r;
            }
        }
        throw new ProjectException(db.name(), "no report " + reportId);
    }

    String add(String source, String fileName, byte[] bytes, ReadResult read) throws ProjectException {
        long[] id = new long[1];
        String title = read.meta().title() != null ? read.meta().title() : fileName != null ? fileName : source;
        db.edit("add report " + title, Affects.ENGINE_INPUT, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report (position, title, outlet, date, url, "
                    + "file_name, source, format, text, hidden, sha256, imported_at, author, encoding) VALUES "
                    + "((SELECT COALESCE(MAX(position), -1) + 1 FROM report), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                s.setString(12, read.meta().author());
                s.setString(13, read.meta().encoding());
                id[0] = Database.insert(s);
            }
        }, c -> setRemoved(c, id[0], true), c -> setRemoved(c, id[0], false));
        return "r" + id[0];
    }

    void reimport(String reportId, String source, String fileName, byte[] bytes, ReadResult read)
            throws ProjectException {
        long id = Database.dbId(reportId);
        String[] old = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source, file_name, format, text, hidden, sha256, "
                    + "imported_at, encoding FROM report WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no report " + reportId);
                    }
                    String[] row = new String[8];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    return row;
                }
            }
        });
        String[] now = {source, fileName, read.format().name(), read.text(), spansJson(read.hidden()),
                Fingerprints.sha256Hex(bytes), Instant.now().toString(), read.meta().encoding()};
        db.edit("re-import report " + reportId, Affects.ENGINE_INPUT, c -> setImport(c, id, now),
                c -> setImport(c, id, old), c -> setImport(c, id, now));
    }

    void remove(String reportId) throws ProjectException {
        long id = Database.dbId(reportId);
        db.edit("remove report " + reportId, Affects.ENGINE_INPUT, c -> setRemoved(c, id, true),
                c -> setRemoved(c, id, false), c -> setRemoved(c, id, true));
    }

    void move(String reportId, int newPosition) throws ProjectException {
        List<String> before = all().stream().map(StoredReport::id).toList();
        List<String> after = new ArrayList<>(before);
        if (!after.remove(reportId)) {
            throw new ProjectException(db.name(), "no report " + reportId);
        }
        after.add(Math.max(0, Math.min(newPosition, after.size())), reportId);
        db.edit("move report " + reportId, Affects.ENGINE_INPUT, c -> order(c, after), c -> order(c, before),
                c -> order(c, after));
    }

    void edit(String reportId, ReportMeta meta) throws ProjectException {
        long id = Database.dbId(reportId);
        ReportMeta old = get(reportId).report().meta();
        db.edit("edit report " + reportId, Affects.REPORT_DETAILS, c -> setMeta(c, id, meta), c -> setMeta(c, id, old),
                c -> setMeta(c, id, meta));
    }

    // ------------------------------------------------------------------------------------------- exclusions

    void userSpan(String reportId, Span span, String origin, String label) throws ProjectException {
        long id = Database.dbId(reportId);
        long[] row = new long[1];
        db.edit(label, Affects.ENGINE_INPUT, c -> row[0] = insertSpan(c, id, span, origin, null),
                c -> Database.deleteRow(c, "DELETE FROM excluded_span WHERE id = ?", row[0]),
                c -> row[0] = insertSpan(c, id, span, origin, null));
    }

    boolean unexclude(String reportId, Span span) throws ProjectException {
        long id = Database.dbId(reportId);
        List<long[]> rows = db.read(c -> {
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
        Database.SqlWork delete = c -> {
            for (long[] row : rows) {
                Database.deleteRow(c, "DELETE FROM excluded_span WHERE id = ?", row[0]);
            }
        };
        db.edit("include excluded text in the comparison again", Affects.ENGINE_INPUT, delete, c -> {
            for (long[] row : rows) {
                row[0] = insertSpan(c, id, new Span((int) row[1], (int) row[2]), "user-exclude", null);
            }
        }, delete);
        return true;
    }

    /** The settings with the user's own exclusions and inclusions, as the engine takes them. */
    ComparisonSettings withUserSpans(ComparisonSettings s) throws ProjectException {
        Map<String, List<Span>> excluded = new HashMap<>();
        Map<String, List<Span>> included = new HashMap<>();
        db.read(c -> {
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

    /** Writes the spans the engine excluded (the user's own are kept as they are). */
    static void putEngineSpans(Connection c, Map<String, List<org.verbatim.core.clutter.Excluded>> byReport,
                               String userReason) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM excluded_span WHERE origin = 'engine'")) {
            d.executeUpdate();
        }
        for (Map.Entry<String, List<org.verbatim.core.clutter.Excluded>> e : byReport.entrySet()) {
            for (org.verbatim.core.clutter.Excluded x : e.getValue()) {
                if (!x.reason().equals(userReason)) {
                    insertSpan(c, Database.dbId(e.getKey()), x.span(), "engine", x.reason());
                }
            }
        }
    }

    // -------------------------------------------------------------------------------------------- settings

    ComparisonSettings settings() throws ProjectException {
        String json = db.read(c -> Database.value(c, "settings"));
        if (json == null) {
            return ComparisonSettings.DEFAULTS;
        }
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            return ComparisonSettings.DEFAULTS.withIgnoreCase(Boolean.TRUE.equals(m.get("ignoreCase")))
                    .withMinSeverity(Severity.valueOf(String.valueOf(m.getOrDefault("minSeverity", "COSMETIC"))));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            db.notice("the comparison settings could not be read (" + firstLine(e) + "); the defaults are used");
            return ComparisonSettings.DEFAULTS;
        }
    }

    void setSettings(ComparisonSettings settings) throws ProjectException {
        ComparisonSettings old = settings();
        db.edit("change comparison settings", Affects.ENGINE_INPUT, c -> Database.putValue(c, "settings",
                settingsJson(settings)), c -> Database.putValue(c, "settings", settingsJson(old)),
                c -> Database.putValue(c, "settings", settingsJson(settings)));
    }

    static String settingsJson(ComparisonSettings s) {
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

    static String spansJson(List<Span> spans) {
        StringBuilder b = new StringBuilder("[");
        for (Span s : spans) {
            b.append(b.length() > 1 ? "," : "").append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        return b.append(']').toString();
    }

    private List<Span> hidden(String reportId, String json) {
        try {
            int[][] pairs = JSON.readValue(json, int[][].class);
            List<Span> out = new ArrayList<>();
            for (int[] p : pairs) {
                out.add(new Span(p[0], p[1]));
            }
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            db.notice("the hidden markup of report " + reportId + " could not be read (" + firstLine(e)
                    + "); all of its text is compared");
            return List.of();
        }
    }

    static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    // ----------------------------------------------------------------------------------------------- rows

    private static void setImport(Connection c, long id, String[] v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET source = ?, file_name = ?, format = ?, text = ?, "
                + "hidden = ?, sha256 = ?, imported_at = ?, encoding = ? WHERE id = ?")) {
            for (int i = 0; i < v.length; i++) {
                s.setString(i + 1, v[i]);
            }
            s.setLong(v.length + 1, id);
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
        try (PreparedStatement s = c.prepareStatement("UPDATE report SET title = ?, outlet = ?, date = ?, url = ? "
                + "WHERE id = ?")) {
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
                s.setLong(2, Database.dbId(ids.get(i)));
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
            return Database.insert(s);
        }
    }
}
