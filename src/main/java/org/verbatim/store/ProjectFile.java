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
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One {@code .verbatim} file: an SQLite database that says it is Verbatim's ({@code PRAGMA application_id}),
 * with its schema version in {@code PRAGMA user_version}. Opening checks, before running any SQL, that the
 * bytes are SQLite and Verbatim's and not from a newer version; then it takes an exclusive lock (a second
 * Verbatim gets a clear message, not a corrupt file), turns {@code trusted_schema} off, refuses any trigger,
 * view or table Verbatim does not make (a received file runs no SQL of its own), checks the file's
 * integrity, and migrates an older schema one version at a time, each in its own transaction.
 */
public final class ProjectFile implements AutoCloseable {

    /** "VBTM": Verbatim's SQLite application id. */
    public static final int APPLICATION_ID = 0x5642544D;
    /** The schema version this build writes. */
    public static final int SCHEMA_VERSION = 3;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> TABLES = Set.of("project", "report", "excluded_span", "result", "annotation",
            "annotation_tag", "annotation_history", "classroom", "student_mark");
    private static final Set<String> INDEXES = Set.of("annotation_fingerprint", "annotation_report",
            "excluded_span_report", "annotation_history_annotation", "student_mark_report");

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
        try {
            Connection c = connect(path, false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA journal_mode = WAL");
            }
            ProjectFile file = new ProjectFile(path, c, false);
            file.migrate(0, version);
            file.lock();
            return file;
        } catch (SQLException e) {
            throw new ProjectException(name, "cannot create the project: " + e.getMessage(), e);
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
        Header header = Header.read(path);
        if (header.size == 0) {
            throw new ProjectException(name, "empty file, not a Verbatim project");
        }
        if (!header.sqlite) {
            throw new ProjectException(name, "not a Verbatim project (not an SQLite database)");
        }
        if (header.size < 100 || header.pageSize > 0 && header.size % header.pageSize != 0) {
            throw new ProjectException(name, "the file is damaged or truncated");
        }
        if (header.applicationId != APPLICATION_ID) {
            throw new ProjectException(name, "an SQLite database of another application, not a Verbatim project");
        }
        if (header.userVersion > SCHEMA_VERSION) {
            throw new ProjectException(name, "made by a newer version of Verbatim (project format "
                    + header.userVersion + "; this version reads up to " + SCHEMA_VERSION + ")");
        }
        Path dir = path.toAbsolutePath().getParent();
        boolean readOnly = askReadOnly || !Files.isWritable(path) || dir == null || !Files.isWritable(dir);
        Connection c = null;
        try {
            c = connect(path, readOnly);
            ProjectFile file = new ProjectFile(path, c, readOnly);
            if (!readOnly) {
                file.lock();
            }
            file.checkSchema();
            file.checkIntegrity();
            int version = file.userVersion();
            if (version < SCHEMA_VERSION) {
                if (readOnly) {
                    throw new ProjectException(name, "made by an older version of Verbatim and needs upgrading, "
                            + "which a read-only file does not allow");
                }
                file.migrate(version, SCHEMA_VERSION);
            }
            return file;
        } catch (ProjectException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ProjectException(name, describe(e), e);
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

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(0);
        config.setReadOnly(readOnly);
        Properties props = config.toProperties();
        // a read-only file cannot hold WAL's side files: read it as immutable
        String url = "jdbc:sqlite:" + (readOnly ? "file:" + path.toAbsolutePath() + "?immutable=1" : path.toAbsolutePath());
        Connection c = DriverManager.getConnection(url, props);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        }
        return c;
    }

    /** Takes and keeps the file's lock, so that a second Verbatim cannot write it at the same time. */
    private void lock() throws SQLException, ProjectException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN IMMEDIATE");
            s.execute("COMMIT");
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || e.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED
                    || String.valueOf(e.getMessage()).contains("locked")) {
                throw new ProjectException(path.toString(),
                        "already open in another Verbatim window or program; close it there first", e);
            }
            throw e;
        }
    }

    private void checkSchema() throws SQLException, ProjectException {
        List<String> foreign = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT type, name FROM sqlite_master")) {
            while (r.next()) {
                String type = r.getString(1);
                String name = r.getString(2);
                boolean known = "table".equals(type) && TABLES.contains(name)
                        || "index".equals(type) && (INDEXES.contains(name) || name.startsWith("sqlite_autoindex_"));
                if (!known) {
                    foreign.add(type + " " + name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new ProjectException(path.toString(), "contains what Verbatim does not make (" + String.join(", ",
                    foreign) + "); it was not opened, so none of it ran");
        }
    }

    private void checkIntegrity() throws SQLException, ProjectException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String result = r.getString(1);
            if (!"ok".equals(result)) {
                throw new ProjectException(path.toString(), "the file is damaged (" + result + ")");
            }
        }
    }

    /** Runs the migration scripts after {@code from} up to {@code to}, each in its own transaction. */
    private void migrate(int from, int to) throws SQLException, ProjectException {
        for (int v = from + 1; v <= to; v++) {
            String script = script(v);
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
                    String stmt = stripComments(sql);
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
                s.execute("PRAGMA user_version = " + v);
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

    private static String script(int version) throws ProjectException {
        String prefix = "V" + version + "__";
        for (String name : List.of("V1__project.sql", "V2__indexes.sql", "V3__classroom.sql")) {
            if (name.startsWith(prefix)) {
                try (InputStream in = ProjectFile.class.getResourceAsStream("migrations/" + name)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new ProjectException(name, "cannot read the migration script", e);
                }
            }
        }
        throw new ProjectException("migration " + version, "missing from this build");
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

    static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return "already open in another Verbatim window or program; close it there first";
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed") || m.contains("SQLITE_NOTADB")) {
            return "the file is damaged (" + m + ")";
        }
        return "cannot open the project: " + m;
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

    /** The first 100 bytes of an SQLite file, read without SQLite: what it is, before running any SQL. */
    private record Header(long size, boolean sqlite, int pageSize, int userVersion, int applicationId) {
        static Header read(Path path) throws ProjectException {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] h = in.readNBytes(100);
                long size = Files.size(path);
                boolean sqlite = h.length >= 16 && java.util.Arrays.equals(java.util.Arrays.copyOf(h, 16), SQLITE_HEADER);
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
    }
}
