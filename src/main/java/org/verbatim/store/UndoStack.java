package org.verbatim.store;

import java.util.ArrayDeque;
import java.util.Deque;

/** The user's edits of this session, for undo and redo. A new edit clears what could be redone. */
final class UndoStack {

    /** An edit: what it changes, and how to undo and redo it (each run in its own transaction). */
    record Edit(String label, Affects affects, Database.SqlWork undo, Database.SqlWork redo) {}

    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    void push(Edit e) {
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().label();
    }

    String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().label();
    }

    Edit popUndo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        return e;
    }

    Edit popRedo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        return e;
    }
}
