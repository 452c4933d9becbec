package org.verbatim.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the checked-in project of schema version 1 (src/test/resources/store/v1-project.verbatim) with the
 * first schema's own SQL: one report and two annotations. Run once when the fixture is made; never again,
 * since the point is a file made by the first version:
 * {@code java -cp target/test-classes:target/classes:... org.verbatim.store.V1Fixture OUT}
 */
public final class V1Fixture {

    static final String NOTE = "Checked against the BBC audio: he did say 'pie in the sky'.";

    private V1Fixture() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.deleteIfExists(out);
        String text = Files.readString(Path.of("assets/samples/putin-elton-john/kremlin-rejects-claim-putin-phoned.txt"));
        try (ProjectFile file = ProjectFile.create(out, 1)) {
            write(file.connection(), text);
        }
        Files.deleteIfExists(Path.of(out + "-wal"));
        Files.deleteIfExists(Path.of(out + "-shm"));
    }

    private static void write(Connection c, String text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO project (key, value) VALUES ('created_at', '2026-11-22T08:00:00Z')")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO report (id, position, title, outlet, date, url, "
                + "file_name, source, format, text, hidden, sha256, imported_at) VALUES (1, 0, "
                + "'Kremlin Rejects Claim That Putin Phoned Elton John', 'themoscowtimes.com', '2015-09-15', NULL, "
                + "'kremlin-rejects-claim-putin-phoned.txt', 'kremlin-rejects-claim-putin-phoned.txt', 'TEXT', ?, '[]', "
                + "'fixture', '2026-11-22T08:00:00Z')")) {
            s.setString(1, text);
            s.executeUpdate();
        }
        int at = text.indexOf("pie in the sky");
        annotation(c, 1, "span", null, text, at, at + "pie in the sky".length(), "confirmed", NOTE);
        int caption = text.indexOf("I look forward");
        annotation(c, 2, "span", null, text, caption, caption + "I look forward".length(), "follow-up",
                "Compare with the Instagram post itself.");
    }

    private static void annotation(Connection c, long id, String target, String fingerprint, String text, int start,
                                   int end, String status, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation (id, target, fingerprint, report_id, exact, "
                + "prefix, suffix, start, end, status, note, author, created_at, updated_at) VALUES "
                + "(?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'fixture', '2026-11-22T08:00:00Z', '2026-11-22T08:00:00Z')")) {
            s.setLong(1, id);
            s.setString(2, target);
            s.setString(3, fingerprint);
            s.setString(4, text.substring(start, end));
            s.setString(5, text.substring(Math.max(0, start - 32), start));
            s.setString(6, text.substring(end, Math.min(text.length(), end + 32)));
            s.setInt(7, start);
            s.setInt(8, end);
            s.setString(9, status);
            s.setString(10, note);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation_history (annotation_id, at, author, field, "
                + "old_value, new_value) VALUES (?, '2026-11-22T08:00:00Z', 'fixture', 'status', 'unreviewed', ?)")) {
            s.setLong(1, id);
            s.setString(2, status);
            s.executeUpdate();
        }
    }
}
