package org.verbatim.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The open project file as the store's parts use it: its one connection, the thread that owns it, every
 * transaction, the session's undo and redo, and what the store has to tell (a damaged cache it dropped, say).
 *
 * <p>One owner: the thread that opened the project. Every call from another thread is refused with an
 * {@link IllegalStateException} that names both threads, so two threads can never interleave their
 * transactions or the undo stack; a program that works on a project from several threads hands all its calls
 * to one serial executor (the window does).
 */
final class Database {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Work inside a transaction. */
    @FunctionalInterface
    interface SqlWork {
        void apply(Connection c) throws SQLException;
    }

    /** A read. */
    @FunctionalInterface
    interface SqlRead<T> {
        T apply(Connection c) throws SQLException;
    }

    private final ProjectFile file;
    private final Thread owner;
    private final UndoStack undo = new UndoStack();
    private final List<Consumer<Affects>> afterWrite = new ArrayList<>();
    private final java.util.Set<String> said = new java.util.HashSet<>();
    private Consumer<String> notices = Database::log;

    Database(ProjectFile file) {
        this.file = file;
        this.owner = Thread.currentThread();
    }

    Path path() {
        return file.path();
    }

    String name() {
        return file.path().toString();
    }

    boolean isReadOnly() {
        return file.isReadOnly();
    }

    ProjectFile file() {
        return file;
    }

    /** Refuses a call from any thread but the owner's. */
    void checkOwner() {
        Thread now = Thread.currentThread();
        if (now != owner) {
            throw new IllegalStateException(name() + " belongs to the thread that opened it (\"" + owner.getName()
                    + "\"), not to \"" + now.getName() + "\": hand every call on a project to that one thread");
        }
    }

    /** Runs {@code after} with what each committed write changed. */
    void afterWrite(Consumer<Affects> after) {
        afterWrite.add(after);
    }

    /** Where notices go from now on (the command line prints them; the window shows them). */
    void sayNoticesTo(Consumer<String> sink) {
        notices = Objects.requireNonNull(sink, "sink");
    }

    /** Tells what the store found and did about it, in one line naming the file; each thing once a session. */
    void notice(String what) {
        if (said.add(what)) {
            notices.accept(file.path().getFileName() + ": " + what);
        }
    }

    private static void log(String notice) {
        LOG.log(Level.WARNING, notice);
    }

    <T> T read(SqlRead<T> work) throws ProjectException {
        checkOwner();
        try {
            return work.apply(file.connection());
        } catch (SQLException e) {
            throw new ProjectException(name(), "could not read the project: " + e.getMessage(), e);
        }
    }

    /** A user edit: done now in one transaction, remembered for undo. */
    void edit(String label, Affects affects, SqlWork doIt, SqlWork undoIt, SqlWork redoIt) throws ProjectException {
        write(label, affects, doIt);
        undo.push(new UndoStack.Edit(label, affects, undoIt, redoIt));
    }

    /** One transaction, committed, or rolled back and reported as a {@link ProjectException}. */
    void write(String label, Affects affects, SqlWork work) throws ProjectException {
        checkOwner();
        if (file.isReadOnly()) {
            throw new ProjectException(name(), "opened read-only; cannot " + label);
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
            throw new ProjectException(name(), "could not " + label + ": " + e.getMessage(), e);
        }
        afterWrite.forEach(a -> a.accept(affects));
    }

    boolean canUndo() {
        checkOwner();
        return undo.canUndo();
    }

    boolean canRedo() {
        checkOwner();
        return undo.canRedo();
    }

    String undoLabel() {
        checkOwner();
        return undo.undoLabel();
    }

    String redoLabel() {
        checkOwner();
        return undo.redoLabel();
    }

    /** Undoes the last edit; returns what it changed, or null when there was nothing to undo. */
    Affects undo() throws ProjectException {
        checkOwner();
        UndoStack.Edit e = undo.popUndo();
        if (e == null) {
            return null;
        }
        write("undo " + e.label(), e.affects(), e.undo());
        return e.affects();
    }

    /** Redoes what {@link #undo} undid; returns what it changed, or null when there was nothing to redo. */
    Affects redo() throws ProjectException {
        checkOwner();
        UndoStack.Edit e = undo.popRedo();
        if (e == null) {
            return null;
        }
        write("redo " + e.label(), e.affects(), e.redo());
        return e.affects();
    }

    void close() {
        checkOwner();
        file.close();
    }

    // ------------------------------------------------------------------------------------ small SQL helpers

    static String value(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM project WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void putValue(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    static void deleteRow(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Runs an insert prepared with {@link PreparedStatement#RETURN_GENERATED_KEYS}; returns the new row's id. */
    static long insert(PreparedStatement s) throws SQLException {
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    /** The database id of an engine report id ("r4" → 4). */
    static long dbId(String reportId) {
        if (reportId == null || !reportId.matches("r\\d+")) {
            throw new IllegalArgumentException("not a report id: " + reportId);
        }
        return Long.parseLong(reportId.substring(1));
    }
}
