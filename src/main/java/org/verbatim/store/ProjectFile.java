package org.verbatim.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One {@code .verbatim} file: an SQLite database that says it is Verbatim's ({@code PRAGMA application_id}),
 * with its schema version in {@code PRAGMA user_version}. Opening trusts nothing before it has checked it, and
 * checks without writing: the header bytes first (SQLite, Verbatim's, not from a newer version), then on a
 * read-only connection the schema (nothing Verbatim does not make: a received file runs no SQL of its own) and
 * the file's integrity ({@link FileCheck}). A file refused there is left byte for byte as it was. Only then is
 * it opened for writing: {@code trusted_schema} off, an exclusive lock (a second writer waits a few seconds for
 * it, then is told the file is busy), and an older schema migrated one version at a time, each in its own
 * transaction. Whatever fails on the way closes what it opened.
 */
public final class ProjectFile implements AutoCloseable {

    /** "VBTM": Verbatim's SQLite application id. */
    public static final int APPLICATION_ID = 0x5642544D;
    /** The schema version this build writes. */
    public static final int SCHEMA_VERSION = 4;
    /** How long a second writer waits for the first to let go of the file, in milliseconds. */
    static final int BUSY_MILLIS = 5000;
    /** How long one attempt at the lock waits before it lets go and tries again. */
    private static final int ATTEMPT_MILLIS = 100;

    private static final String BUSY = "already open in another Verbatim window or program; close it there first";
    private static final List<String> SCRIPTS = List.of("V1__project.sql", "V2__indexes.sql", "V3__classroom.sql",
            "V4__places_and_corrections.sql");

    private final Path path;
    private final Connection connection;
    private final boolean readOnly;

    private ProjectFile(Path path, Connection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Creates a new, empty project at {@code path}; refuses to overwrite anything. */
    public static ProjectFile create(Path path) throws ProjectException {
        return create(path, SCHEMA_VERSION);
    }

    /** Creates a project at an older schema version: for tests of migrations. */
    static ProjectFile create(Path path, int version) throws ProjectException {
        String name = path.toString();
        if (Files.exists(path)) {
            throw new ProjectException(name, "a file of that name already exists");
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ProjectException(name, "the folder does not exist");
        }
        Connection c = null;
        try {
            c = connect(path);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA journal_mode = WAL");
            }
            ProjectFile file = new ProjectFile(path, c, false);
            file.migrate(0, version);
            file.lock();
            return file;
        } catch (SQLException | ProjectException | RuntimeException e) {
            closeQuietly(c);
            deleteQuietly(path);
            FileCheck.removeNewSideFiles(path, List.of());
            throw e instanceof ProjectException p ? p
                    : new ProjectException(name, "cannot create the project: " + e.getMessage(), e);
        }
    }

    /** Opens an existing project, read-write when the file can be written, read-only otherwise. */
    public static ProjectFile open(Path path) throws ProjectException {
        return open(path, false);
    }

    /** Opens an existing project; read-only when asked, or when the file cannot be written. */
    public static ProjectFile open(Path path, boolean askReadOnly) throws ProjectException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new ProjectException(name, "file not found");
        }
        if (Files.isDirectory(path)) {
            throw new ProjectException(name, "is a directory, not a project file");
        }
        FileCheck.Header header = FileCheck.Header.read(path);
        header.check(name);
        Path dir = path.toAbsolutePath().getParent();
        boolean readOnly = askReadOnly || !Files.isWritable(path) || dir == null || !Files.isWritable(dir);
        if (readOnly && header.userVersion() < SCHEMA_VERSION) {
            throw new ProjectException(name, "made by an older version of Verbatim and needs upgrading, "
                    + "which a read-only file does not allow");
        }
        List<Path> sideFiles = FileCheck.sideFiles(path);
        try (Connection check = FileCheck.readOnly(path, sideFiles, BUSY_MILLIS)) {
            FileCheck.schema(check, header.userVersion(), name);
            FileCheck.integrity(check, name);
        } catch (ProjectException e) {
            FileCheck.removeNewSideFiles(path, sideFiles);
            throw e;
        } catch (SQLException e) {
            FileCheck.removeNewSideFiles(path, sideFiles);
            throw new ProjectException(name, describe(e), e);
        }
        return readOnly ? openReadOnly(path) : openForWriting(path, header.userVersion());
    }

    private static ProjectFile openReadOnly(Path path) throws ProjectException {
        try {
            return new ProjectFile(path, FileCheck.readOnly(path, List.of(), BUSY_MILLIS), true);
        } catch (SQLException e) {
            throw new ProjectException(path.toString(), describe(e), e);
        }
    }

    /** A file that passed every check: locked, checked again under the lock, and migrated. */
    private static ProjectFile openForWriting(Path path, int version) throws ProjectException {
        Connection c = null;
        try {
            ProjectFile file = locked(path);
            c = file.connection;
            FileCheck.schema(c, version, path.toString());
            if (version < SCHEMA_VERSION) {
                file.migrate(version, SCHEMA_VERSION);
            }
            return file;
        } catch (ProjectException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new ProjectException(path.toString(), e instanceof SQLException q ? describe(q)
                    : "cannot open the project: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The JDBC connection; the store runs prepared statements on it. */
    Connection connection() {
        return connection;
    }

    int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        }
    }

    /** {@code PRAGMA integrity_check}: "ok", or what is wrong. */
    public String integrityCheck() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.getString(1);
        }
    }

    /**
     * Rewrites the file without free pages and empties the write-ahead log, so nothing deleted can be read
     * back from the file's bytes (an exercise must not keep the teacher's notes).
     */
    public void compact() throws ProjectException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new ProjectException(path.toString(), "could not compact the file: " + e.getMessage(), e);
        }
    }

    /** Copies the whole project to {@code target} with SQLite's online backup (for "Save as"). */
    public void backupTo(Path target) throws ProjectException {
        if (Files.exists(target)) {
            throw new ProjectException(target.toString(), "a file of that name already exists");
        }
        try {
            // SQLite's online backup API, called directly: no SQL text, so any file name is safe
            int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .backup("main", target.toAbsolutePath().toString(), null);
            if (rc != 0) {
                throw new SQLException("SQLite backup returned " + rc);
            }
        } catch (SQLException e) {
            throw new ProjectException(target.toString(), "cannot write the copy: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /**
     * The file, locked for writing. A writer that holds it is waited for, up to {@link #BUSY_MILLIS}. Two that
     * start at the same moment can each hold a read lock the other waits on, and would both wait out the whole
     * time; so the lock is tried in short attempts, each letting go when it is not granted, with a random pause
     * between them, and one of the two gets it.
     */
    private static ProjectFile locked(Path path) throws SQLException, ProjectException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_MILLIS);
        Random jitter = new Random();
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Connection c = connect(path, (int) Math.max(1, Math.min(left, ATTEMPT_MILLIS + jitter.nextInt(100))));
            try {
                ProjectFile file = new ProjectFile(path, c, false);
                file.lock();
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = " + BUSY_MILLIS);
                }
                return file;
            } catch (ProjectException busy) {
                closeQuietly(c);
                if (System.nanoTime() >= deadline) {
                    throw busy;
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            try {
                Thread.sleep(5 + jitter.nextInt(50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectException(path.toString(), BUSY);
            }
        }
    }

    /** A connection that may write; nothing is run on it before the file was checked. */
    private static Connection connect(Path path) throws SQLException {
        return connect(path, BUSY_MILLIS);
    }

    private static Connection connect(Path path, int busyMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(busyMillis);
        Properties props = config.toProperties();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), props);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * Takes and keeps the file's lock, so that a second Verbatim cannot write it at the same time; a writer
     * that holds it now is waited for ({@link #BUSY_MILLIS}).
     */
    private void lock() throws SQLException, ProjectException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN IMMEDIATE");
            s.execute("COMMIT");
        } catch (SQLiteException e) {
            if (isBusy(e)) {
                throw new ProjectException(path.toString(), BUSY, e);
            }
            throw e;
        }
    }

    /** Runs the migration scripts after {@code from} up to {@code to}, each in its own transaction. */
    private void migrate(int from, int to) throws SQLException, ProjectException {
        for (int v = from + 1; v <= to; v++) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                runScript(connection, v, path.toString());
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA user_version = " + v);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new ProjectException(path.toString(), "could not upgrade the project to format " + v + ": "
                        + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /** Runs the statements of migration {@code version} on {@code c} (the caller owns the transaction). */
    static void runScript(Connection c, int version, String name) throws SQLException, ProjectException {
        try (Statement s = c.createStatement()) {
            for (String sql : script(version, name).split(";\\s*(\\r?\\n|$)")) {
                String stmt = stripComments(sql);
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
        }
    }

    private static String script(int version, String name) throws ProjectException {
        String prefix = "V" + version + "__";
        for (String script : SCRIPTS) {
            if (script.startsWith(prefix)) {
                try (InputStream in = ProjectFile.class.getResourceAsStream("migrations/" + script)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new ProjectException(script, "cannot read the migration script", e);
                }
            }
        }
        throw new ProjectException(name, "cannot make project format " + version + ": its migration is missing from "
                + "this build");
    }

    private static String stripComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\\r?\\n")) {
            if (!line.strip().startsWith("--")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException q && (q.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || q.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return true;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("locked");
    }

    /** What a failed open means for the user, in one line. */
    static String describe(SQLException e) {
        if (isBusy(e)) {
            return BUSY;
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed") || m.contains("SQLITE_NOTADB")) {
            return FileCheck.damaged("that " + (m.contains("NOTADB") ? "it is not a database" : "it is malformed"));
        }
        return "cannot open the project: " + m.replaceAll("\\s+", " ").strip();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the original error is what matters
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the failure to create is what the user needs to hear
        }
    }
}
