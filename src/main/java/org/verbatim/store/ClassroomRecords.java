package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Span;

/**
 * Classroom mode in the project file: what the file is (a project, an exercise, a student's work) with the
 * exercise's details and key, and the student's marks (undoable).
 */
final class ClassroomRecords {

    private final Database db;

    ClassroomRecords(Database db) {
        this.db = db;
    }

    Classroom classroom() throws ProjectException {
        return db.read(c -> {
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

    /** Makes this file an exercise: no annotations, history, cached results, marks or removed reports. */
    void makeExercise(Classroom exercise) throws ProjectException {
        db.write("make the exercise", Affects.ENGINE_INPUT, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM annotation_history");
                st.execute("DELETE FROM annotation_tag");
                st.execute("DELETE FROM annotation");
                st.execute("DELETE FROM result");
                st.execute("DELETE FROM student_mark");
                st.execute("DELETE FROM report WHERE removed_at IS NOT NULL");
            }
            put(c, exercise);
        });
    }

    void becomeStudentWork(String studentName) throws ProjectException {
        Classroom now = classroom();
        db.write("set the student's name", Affects.REVIEW, c -> put(c, new Classroom(Classroom.Role.STUDENT_WORK,
                now.title(), now.instructions(), now.hints(), now.checkOnce(), now.keyPlain(), now.keySealed(),
                studentName, now.checksUsed())));
    }

    void countCheck() throws ProjectException {
        db.write("count a check of the answers", Affects.REVIEW, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE classroom SET checks_used = checks_used + 1 WHERE id = 1");
            }
        });
    }

    private static void put(Connection c, Classroom x) throws SQLException {
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

    /** The student's marks in the order they were made, each with its words in {@code reports}. */
    List<StudentMark> marks(List<StoredReport> reports) throws ProjectException {
        Map<String, String> texts = new HashMap<>();
        reports.forEach(r -> texts.put(r.id(), r.report().text()));
        return db.read(c -> {
            List<StudentMark> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, report_a, start_a, end_a, report_b, start_b, end_b, "
                    + "kind, why FROM student_mark WHERE removed = 0 ORDER BY id"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String a = "r" + r.getLong(2);
                    String b = "r" + r.getLong(5);
                    Span sa = new Span(r.getInt(3), r.getInt(4));
                    int sb = r.getInt(6);
                    Span spanB = r.wasNull() ? null : new Span(sb, r.getInt(7));
                    out.add(new StudentMark(r.getLong(1), a, sa, slice(texts.getOrDefault(a, ""), sa), b, spanB,
                            spanB == null ? "" : slice(texts.getOrDefault(b, ""), spanB), r.getString(8),
                            r.getString(9)));
                }
            }
            return out;
        });
    }

    private static String slice(String text, Span s) {
        return s.end() <= text.length() ? text.substring(s.start(), s.end()) : "";
    }

    long addMark(String reportA, Span spanA, String reportB, Span spanB, String kind, String why)
            throws ProjectException {
        long[] id = new long[1];
        db.edit("mark a discrepancy", Affects.REVIEW, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO student_mark (report_a, start_a, end_a, report_b, "
                    + "start_b, end_b, kind, why, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, Database.dbId(reportA));
                p.setInt(2, spanA.start());
                p.setInt(3, spanA.end());
                p.setLong(4, Database.dbId(reportB));
                if (spanB == null) {
                    p.setNull(5, Types.INTEGER);
                    p.setNull(6, Types.INTEGER);
                } else {
                    p.setInt(5, spanB.start());
                    p.setInt(6, spanB.end());
                }
                p.setString(7, kind);
                p.setString(8, why == null ? "" : why);
                p.setString(9, Instant.now().toString());
                id[0] = Database.insert(p);
            }
        }, c -> markRemoved(c, id[0], true), c -> markRemoved(c, id[0], false));
        return id[0];
    }

    void editMark(long id, String kind, String why) throws ProjectException {
        String[] old = db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT kind, why FROM student_mark WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? new String[] {r.getString(1), r.getString(2)} : null;
                }
            }
        });
        if (old == null) {
            throw new ProjectException(db.name(), "there is no mark " + id);
        }
        db.edit("edit a mark", Affects.REVIEW, c -> setMark(c, id, kind, why), c -> setMark(c, id, old[0], old[1]),
                c -> setMark(c, id, kind, why));
    }

    void removeMark(long id) throws ProjectException {
        db.edit("remove a mark", Affects.REVIEW, c -> markRemoved(c, id, true), c -> markRemoved(c, id, false),
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
}
