package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.Reanchoring;
import org.verbatim.core.anchor.TextPositionSelector;
import org.verbatim.core.anchor.TextQuoteSelector;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;

/**
 * The annotations of a project, with their tags and history: read, made, edited (undoably, each change in the
 * history with its author), and moved to where re-anchoring placed them after a new comparison.
 */
final class Annotations {

    private final Database db;

    Annotations(Database db) {
        this.db = db;
    }

    List<Annotation> all() throws ProjectException {
        return db.read(c -> {
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

    /** The summary of {@code c} with this project's annotations (only their fingerprints, status and place read). */
    ProjectSummary summary(Comparison comparison) throws ProjectException {
        Map<String, AnnotationStatus> byFingerprint = new HashMap<>();
        int[] counts = new int[2];
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT fingerprint, status, orphaned FROM annotation");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1) != null) {
                        byFingerprint.put(r.getString(1), AnnotationStatus.of(r.getString(2)));
                    }
                    counts[0]++;
                    counts[1] += r.getInt(3) != 0 ? 1 : 0;
                }
            }
            return null;
        });
        int reviewed = 0;
        for (Discrepancy d : comparison.discrepancies()) {
            AnnotationStatus s = byFingerprint.get(d.fingerprint());
            reviewed += s != null && s != AnnotationStatus.UNREVIEWED ? 1 : 0;
        }
        return new ProjectSummary(comparison.reports().size(),
                (int) comparison.clusters().stream().filter(Cluster::isGroup).count(),
                comparison.discrepancies().size(), reviewed, counts[0], counts[1]);
    }

    /** Makes an annotation (unreviewed, no note) on {@code anchor} in a report; returns its id. */
    long create(String reportId, Anchor anchor, String fingerprint, String author) throws ProjectException {
        long[] id = new long[1];
        String now = Instant.now().toString();
        db.write("annotate", Affects.REVIEW, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation (target, fingerprint, report_id, exact, "
                    + "prefix, suffix, start, end, status, note, author, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, fingerprint != null ? "discrepancy" : "span");
                s.setString(2, fingerprint);
                s.setLong(3, Database.dbId(reportId));
                setAnchor(s, 4, anchor);
                s.setString(9, AnnotationStatus.UNREVIEWED.key());
                s.setString(10, author);
                s.setString(11, now);
                s.setString(12, now);
                id[0] = Database.insert(s);
            }
            history(c, id[0], author, "created", null, fingerprint != null ? fingerprint : anchor.quote().exact());
        });
        return id[0];
    }

    /** Sets one field when {@code given}; see {@link #set(long, String, String, String)}. */
    void set(long id, String field, String value, String author, boolean given) throws ProjectException {
        if (given) {
            set(id, field, value, author);
        }
    }

    /** Sets one field ("status", "note", "category" or "tags"), undoably; does nothing when it is unchanged. */
    void set(long id, String field, String value, String author) throws ProjectException {
        String old = db.read(c -> fieldOf(c, id, field));
        if (Objects.equals(old, value)) {
            return;
        }
        db.edit("set " + field + " of annotation " + id, Affects.REVIEW, c -> store(c, id, field, old, value, author),
                c -> store(c, id, field, value, old, author), c -> store(c, id, field, old, value, author));
    }

    List<HistoryEntry> history(long id) throws ProjectException {
        return db.read(c -> {
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

    /** What each annotation holds on to, for re-anchoring. */
    static List<Reanchoring.Held> held(List<Annotation> annotations) {
        return annotations.stream()
                .map(a -> new Reanchoring.Held(a.id(), a.fingerprint(), a.reportId(), a.anchor())).toList();
    }

    /**
     * Writes where re-anchoring put each annotation, inside the caller's transaction: a moved one gets its new
     * words, report and difference (a changed difference and a lost or found place go in its history).
     */
    static void apply(Connection c, List<Annotation> before, List<Reanchoring.Placement> placements, String author)
            throws SQLException {
        Map<Long, Annotation> byId = new HashMap<>();
        before.forEach(a -> byId.put(a.id(), a));
        for (Reanchoring.Placement p : placements) {
            Annotation a = byId.get(p.id());
            switch (p.outcome()) {
                case ORPHANED -> {
                    if (!a.orphaned()) {
                        setOrphaned(c, a.id(), true);
                        history(c, a.id(), author, "orphaned", "false", "true");
                    }
                }
                case PLACED -> {
                    if (a.orphaned()) {
                        setOrphaned(c, a.id(), false);
                        history(c, a.id(), author, "orphaned", "true", "false");
                    }
                }
                case MOVED -> move(c, a, p, author);
            }
        }
        mergeShared(c, author);
    }

    /**
     * Where two annotations now hang on one difference (two pairs of versions that are one place now, or two
     * places that became one), they become one, and nothing of either is lost: the later one's note is added to
     * the earlier one's, its tags join, its history moves over (with a line saying so), and a status set on only
     * one of them is kept; where both set different statuses, the earlier one's stands and the note says what
     * the other said.
     */
    static void mergeShared(Connection c, String author) throws SQLException {
        Map<String, List<Long>> byFingerprint = new java.util.LinkedHashMap<>();
        Map<Long, String[]> fields = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, fingerprint, status, note FROM annotation "
                + "WHERE fingerprint IS NOT NULL AND orphaned = 0 ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byFingerprint.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getLong(1));
                fields.put(r.getLong(1), new String[] {r.getString(3), r.getString(4)});
            }
        }
        for (List<Long> ids : byFingerprint.values()) {
            if (ids.size() < 2) {
                continue;
            }
            long keep = ids.get(0);
            String status = fields.get(keep)[0];
            String note = fields.get(keep)[1];
            for (long id : ids.subList(1, ids.size())) {
                String theirStatus = fields.get(id)[0];
                String theirNote = fields.get(id)[1];
                String unreviewed = AnnotationStatus.UNREVIEWED.key();
                String newStatus = status.equals(unreviewed) ? theirStatus : status;
                String added = theirNote == null || theirNote.isBlank() ? "" : theirNote;
                if (!status.equals(unreviewed) && !theirStatus.equals(unreviewed) && !status.equals(theirStatus)) {
                    added = (added.isEmpty() ? "" : added + " ") + "(another note on this place said: "
                            + AnnotationStatus.of(theirStatus).label().toLowerCase(java.util.Locale.ROOT) + ")";
                }
                String newNote = note == null || note.isBlank() ? added : added.isEmpty() ? note : note + "\n\n" + added;
                fromTo(c, "UPDATE annotation_history SET annotation_id = ? WHERE annotation_id = ?", keep, id);
                fromTo(c, "INSERT OR IGNORE INTO annotation_tag (annotation_id, tag) SELECT ?, tag FROM annotation_tag "
                        + "WHERE annotation_id = ?", keep, id);
                Database.deleteRow(c, "DELETE FROM annotation_tag WHERE annotation_id = ?", id);
                Database.deleteRow(c, "DELETE FROM annotation WHERE id = ?", id);
                try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET status = ?, note = ?, "
                        + "updated_at = ? WHERE id = ?")) {
                    s.setString(1, newStatus);
                    s.setString(2, newNote);
                    s.setString(3, Instant.now().toString());
                    s.setLong(4, keep);
                    s.executeUpdate();
                }
                history(c, keep, author, "merged", "annotation " + id, "one place");
                if (!newStatus.equals(status)) {
                    history(c, keep, author, "status", status, newStatus);
                }
                if (!Objects.equals(newNote, note)) {
                    history(c, keep, author, "note", note, newNote);
                }
                status = newStatus;
                note = newNote;
            }
        }
    }

    /** Runs {@code sql} with the annotation rows go to ({@code keep}) and come from ({@code from}). */
    private static void fromTo(Connection c, String sql, long keep, long from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, keep);
            s.setLong(2, from);
            s.executeUpdate();
        }
    }

    private static void move(Connection c, Annotation a, Reanchoring.Placement p, String author) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET report_id = ?, exact = ?, prefix = ?, "
                + "suffix = ?, start = ?, end = ?, fingerprint = ?, orphaned = 0 WHERE id = ?")) {
            s.setLong(1, Database.dbId(p.reportId()));
            setAnchor(s, 2, p.anchor());
            s.setString(7, p.fingerprint());
            s.setLong(8, a.id());
            s.executeUpdate();
        }
        if (!Objects.equals(p.fingerprint(), a.fingerprint())) {
            history(c, a.id(), author, "fingerprint", a.fingerprint(), p.fingerprint());
        }
        if (a.orphaned()) {
            history(c, a.id(), author, "orphaned", "true", "false");
        }
    }

    private static void setOrphaned(Connection c, long id, boolean orphaned) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET orphaned = ? WHERE id = ?")) {
            s.setInt(1, orphaned ? 1 : 0);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static void store(Connection c, long id, String field, String old, String value, String author)
            throws SQLException {
        if (field.equals("tags")) {
            Database.deleteRow(c, "DELETE FROM annotation_tag WHERE annotation_id = ?", id);
            if (value != null && !value.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_tag (annotation_id, tag) "
                        + "VALUES (?, ?)")) {
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
        history(c, id, author, field, old, value);
    }

    private static String fieldOf(Connection c, long id, String field) throws SQLException {
        if (field.equals("tags")) {
            List<String> tags = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT tag FROM annotation_tag WHERE annotation_id = ? "
                    + "ORDER BY tag")) {
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

    private static void history(Connection c, long id, String author, String field, String old, String value)
            throws SQLException {
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

    /** Sets an anchor's exact text, prefix, suffix, start and end as five parameters from {@code from}. */
    static void setAnchor(PreparedStatement s, int from, Anchor a) throws SQLException {
        s.setString(from, a.quote().exact());
        s.setString(from + 1, a.quote().prefix());
        s.setString(from + 2, a.quote().suffix());
        s.setInt(from + 3, a.position().start());
        s.setInt(from + 4, a.position().end());
    }
}
