package org.verbatim.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * Whether a file can be trusted, decided without changing a byte of it: first its header, read as bytes; then,
 * on a read-only connection, its schema (every table and index exactly as this build's migrations make them at
 * the file's version, nothing else: no trigger, no view) and SQLite's {@code quick_check}. Only a file that
 * passes is opened for writing. A read-only connection that had to make a side file ({@code -shm}) to read the
 * write-ahead log removes it again when the file is refused.
 */
final class FileCheck {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private FileCheck() {}

    /** The first 100 bytes of an SQLite file, read without SQLite: what it is, before running any SQL. */
    record Header(long size, boolean sqlite, int pageSize, int userVersion, int applicationId) {
        static Header read(Path path) throws ProjectException {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] h = in.readNBytes(100);
                long size = Files.size(path);
                boolean sqlite = h.length >= 16 && Arrays.equals(Arrays.copyOf(h, 16), SQLITE_HEADER);
                if (!sqlite || h.length < 100) {
                    return new Header(size, sqlite, 0, 0, 0);
                }
                ByteBuffer b = ByteBuffer.wrap(h);
                int pageSize = Short.toUnsignedInt(b.getShort(16));
                pageSize = pageSize == 1 ? 65536 : pageSize;
                return new Header(size, true, pageSize, b.getInt(60), b.getInt(68));
            } catch (IOException e) {
                throw new ProjectException(path.toString(), "cannot read the file: " + e.getMessage(), e);
            }
        }

        /** Refuses what is not a Verbatim project this build can read, saying why. */
        void check(String name) throws ProjectException {
            if (size == 0) {
                throw new ProjectException(name, "empty file, not a Verbatim project");
            }
            if (!sqlite) {
                throw new ProjectException(name, "not a Verbatim project (not an SQLite database)");
            }
            if (size < 100 || pageSize > 0 && size % pageSize != 0) {
                throw new ProjectException(name, "the file is damaged or truncated; open a backup copy of it");
            }
            if (applicationId != ProjectFile.APPLICATION_ID) {
                throw new ProjectException(name, "an SQLite database of another application, not a Verbatim project");
            }
            if (userVersion > ProjectFile.SCHEMA_VERSION) {
                throw new ProjectException(name, "made by a newer version of Verbatim (project format " + userVersion
                        + "; this version reads up to " + ProjectFile.SCHEMA_VERSION + ")");
            }
            if (userVersion < 1) {
                throw new ProjectException(name, "not a finished Verbatim project (project format " + userVersion
                        + ": it was never set up); it was not opened");
            }
        }
    }

    /** The side files beside {@code path} that exist now. */
    static List<Path> sideFiles(Path path) {
        List<Path> out = new ArrayList<>();
        for (String suffix : SIDE_FILES) {
            Path p = Path.of(path + suffix);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Deletes the side files that were not there {@code before} (made by a check that then refused the file). */
    static void removeNewSideFiles(Path path, List<Path> before) {
        for (Path p : sideFiles(path)) {
            if (!before.contains(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the refusal is what the user needs to hear; a stray side file is harmless
                }
            }
        }
    }

    /**
     * A connection that cannot write: {@code immutable} when no side file holds changes (nothing is touched,
     * not even a lock), else read-only, reading what the write-ahead log holds.
     */
    static Connection readOnly(Path path, List<Path> sideFiles, int busyMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyMillis);
        String url = "jdbc:sqlite:file:" + path.toAbsolutePath() + (sideFiles.stream()
                .anyMatch(p -> !p.toString().endsWith("-shm")) ? "?mode=ro" : "?immutable=1");
        Connection c = DriverManager.getConnection(url, config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Refuses any schema object that is not exactly what this build makes at {@code version}. */
    static void schema(Connection c, int version, String name) throws SQLException, ProjectException {
        Map<String, String> expected = Schemas.at(version);
        List<String> foreign = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        Map<String, String> found = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT type, name, sql FROM sqlite_master")) {
            while (r.next()) {
                String object = r.getString(1) + " " + r.getString(2);
                found.put(object, r.getString(3));
                if (!expected.containsKey(object)) {
                    foreign.add(object);
                } else if (!Objects.equals(expected.get(object), r.getString(3))) {
                    changed.add(object);
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new ProjectException(name, "contains what Verbatim does not make (" + String.join(", ", foreign)
                    + "); it was not opened, so none of it ran");
        }
        if (!changed.isEmpty()) {
            throw new ProjectException(name, "its " + String.join(", ", changed) + " is not as Verbatim makes it; "
                    + "it was not opened, so none of it ran");
        }
        List<String> missing = expected.keySet().stream().filter(o -> !found.containsKey(o)).toList();
        if (!missing.isEmpty()) {
            throw new ProjectException(name, "the file is damaged (it has no " + String.join(", ", missing)
                    + "); open a backup copy of it");
        }
    }

    /** SQLite's {@code quick_check}; a damaged file is refused in one line. */
    static void integrity(Connection c, String name) throws SQLException, ProjectException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            while (r.next()) {
                for (String line : String.valueOf(r.getString(1)).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("*** in database")) {
                        problems.add(line.strip());
                    }
                }
            }
        }
        if (!(problems.size() == 1 && problems.get(0).equals("ok"))) {
            throw new ProjectException(name, damaged(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + (problems.isEmpty() ? "" : ", the first: " + problems.get(0))));
        }
    }

    /** "the file is damaged (what); open a backup copy of it", in one line of reasonable length. */
    static String damaged(String what) {
        String one = what.replaceAll("\\s+", " ").strip();
        return "the file is damaged (SQLite found " + (one.length() > 120 ? one.substring(0, 119) + "\u2026" : one)
                + "); it was not changed: open a backup copy of it";
    }

    /**
     * What each schema version consists of, read from an in-memory database made with this build's own
     * migrations: per object ("table report"), the SQL that makes it.
     */
    private static final class Schemas {
        private static final List<Map<String, String>> BY_VERSION = make();

        static Map<String, String> at(int version) {
            return BY_VERSION.get(version);
        }

        private static List<Map<String, String>> make() {
            List<Map<String, String>> out = new ArrayList<>();
            out.add(Map.of());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                for (int v = 1; v <= ProjectFile.SCHEMA_VERSION; v++) {
                    ProjectFile.runScript(c, v, "the built-in schema");
                    Map<String, String> objects = new LinkedHashMap<>();
                    try (Statement s = c.createStatement();
                         ResultSet r = s.executeQuery("SELECT type, name, sql FROM sqlite_master")) {
                        while (r.next()) {
                            objects.put(r.getString(1) + " " + r.getString(2), r.getString(3));
                        }
                    }
                    out.add(java.util.Collections.unmodifiableMap(objects));
                }
            } catch (SQLException | ProjectException e) {
                throw new IllegalStateException("this build's own migrations do not run: " + e.getMessage(), e);
            }
            return List.copyOf(out);
        }
    }
}
