package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/**
 * A file Verbatim refuses is left exactly as it was: every check runs on a read-only connection before the
 * file is opened for writing, so the file and its {@code -wal}, {@code -shm} and {@code -journal} keep their
 * bytes (by SHA-256), and no such file appears.
 */
class UntouchedRefusalTest {

    @TempDir
    Path dir;

    /** The SHA-256 of the file and of each side file beside it that exists. */
    private static Map<String, String> fingerprint(Path p) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path f = Path.of(p + suffix);
            if (Files.exists(f)) {
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    private static ProjectException refusal(Path p) {
        Throwable t = catchThrowable(() -> ProjectStore.open(p, Pipeline.standard()).close());
        assertThat(t).isInstanceOf(ProjectException.class);
        return (ProjectException) t;
    }

    private Path aProject(String name) throws Exception {
        Path p = dir.resolve(name);
        ProjectStore.create(p, Pipeline.standard()).close();
        return p;
    }

    private static void sql(Path p, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void aFileInRollbackJournalModeWithATriggerIsRefusedByteForByte() throws Exception {
        Path p = aProject("journal.verbatim");
        sql(p, "PRAGMA journal_mode = DELETE",
                "CREATE TRIGGER leak AFTER INSERT ON annotation BEGIN SELECT 1; END");
        Map<String, String> before = fingerprint(p);

        ProjectException refused = refusal(p);

        assertThat(fingerprint(p)).isEqualTo(before);
        assertThat(refused.reason()).contains("trigger leak");
    }

    @Test
    void aFileWithVerbatimsIdAndFormatZeroIsRefusedByteForByte() throws Exception {
        Path p = aProject("zero.verbatim");
        sql(p, "PRAGMA journal_mode = DELETE", "PRAGMA user_version = 0");
        Map<String, String> before = fingerprint(p);

        ProjectException refused = refusal(p);

        assertThat(fingerprint(p)).isEqualTo(before);
        assertThat(refused.reason()).contains("format 0");
    }

    @Test
    void aFileInWalModeWithAForeignTableIsRefusedWithItsSideFilesAsTheyWere() throws Exception {
        Path p = aProject("wal.verbatim");
        sql(p, "CREATE TABLE stolen (note TEXT)");
        Map<String, String> before = fingerprint(p);

        ProjectException refused = refusal(p);

        assertThat(fingerprint(p)).isEqualTo(before);
        assertThat(refused.reason()).contains("table stolen");
    }

    @Test
    void aDamagedFileIsRefusedByteForByte() throws Exception {
        Path p = aProject("damaged.verbatim");
        byte[] bytes = Files.readAllBytes(p);
        // the second page: the root of the first table (the middle of the file is the cache's text, which its
        // own check guards)
        for (int i = 4096; i < 4096 + 600 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(p, bytes);
        Map<String, String> before = fingerprint(p);

        ProjectException refused = refusal(p);

        assertThat(fingerprint(p)).isEqualTo(before);
        assertThat(refused.reason()).contains("damaged");
    }
}
