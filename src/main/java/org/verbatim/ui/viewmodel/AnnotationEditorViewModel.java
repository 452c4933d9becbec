package org.verbatim.ui.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.store.Affects;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.task.Delay;

/**
 * The annotation editor of the selected row: its status, category, tags and note, and the history of its changes.
 * Every change goes straight to the project file, with undo and redo, on the project's own lane; the list shows
 * the annotations as they are once the write is done.
 *
 * <p>The note being typed ({@link #noteTextProperty()}) is never lost: it is saved when the selected row changes,
 * when the field is left ({@link #commitPendingNote()}), when the window closes (the same), and after a pause in
 * typing of {@link #NOTE_PAUSE}. Use it from the UI thread.
 */
public final class AnnotationEditorViewModel {

    /** How long typing must pause before the note is saved. */
    public static final Duration NOTE_PAUSE = Duration.ofSeconds(1);

    private final DiscrepancyListViewModel list;
    private final Delay delay;
    private final ReadOnlyObjectWrapper<Annotation> annotation = new ReadOnlyObjectWrapper<>(this, "annotation");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", null);
    private final ReadOnlyStringWrapper undone = new ReadOnlyStringWrapper(this, "undone", null);
    private final StringProperty noteText = new SimpleStringProperty(this, "noteText", "");

    private ProjectSession session;
    /** The row whose note {@link #noteText} holds, as the list last showed it. */
    private DiscrepancyRow editing;
    private boolean showingNote;
    private Delay.Cancel pendingSave;

    public AnnotationEditorViewModel(DiscrepancyListViewModel list, Delay delay) {
        this.list = list;
        this.delay = delay;
        list.selectedProperty().addListener((o, was, row) -> follow(row));
        noteText.addListener((o, was, now) -> {
            if (!showingNote) {
                typed();
            }
        });
    }

    /** Edits through {@code project} from now on (null: nothing is open). */
    public void use(ProjectSession project) {
        this.session = project;
    }

    // ------------------------------------------------------------------------------------- the selection

    private void follow(DiscrepancyRow row) {
        boolean same = row != null && editing != null
                && row.discrepancy().fingerprint().equals(editing.discrepancy().fingerprint());
        String typed = noteText.get();
        DiscrepancyRow before = editing;
        boolean pending = hasPendingNote();
        cancelPendingSave();
        editing = row;
        if (!same) {
            showNote(row == null ? "" : row.note());
            if (pending) {
                // the note typed for the row left behind goes to that row
                write("set the note", store -> store.annotate(before.discrepancy(), null, typed));
            }
        } else if (Objects.equals(typed, before.note()) && !Objects.equals(typed, row.note())) {
            showNote(row.note()); // the note changed under an untouched field: an undo, say
        } else if (pending && !Objects.equals(typed, row.note())) {
            typed(); // still typing: save after the pause, as before
        }
        if (row == null) {
            // the list passes through no selection on its way to another row: keep the history until then
            annotation.set(null);
            history.clear();
            return;
        }
        Annotation a = list.annotationOf(row.discrepancy().fingerprint());
        if (same && Objects.equals(a, annotation.get())) {
            return;
        }
        annotation.set(a);
        if (a == null) {
            history.clear();
        } else if (session != null) {
            session.call("read the history of annotation " + a.id(), store -> store.history(a.id()), changes -> {
                if (annotation.get() == a) {
                    history.setAll(changes);
                }
            }, failure -> problem.set(failure.getMessage()));
        }
    }

    private void showNote(String note) {
        showingNote = true;
        try {
            noteText.set(note == null ? "" : note);
        } finally {
            showingNote = false;
        }
    }

    // ------------------------------------------------------------------------------------------ the note

    /** The note as typed in the field; bind the field here. */
    public StringProperty noteTextProperty() {
        return noteText;
    }

    private void typed() {
        cancelPendingSave();
        if (editing != null) {
            pendingSave = delay.after(NOTE_PAUSE, this::commitPendingNote);
        }
    }

    private void cancelPendingSave() {
        if (pendingSave != null) {
            pendingSave.cancel();
            pendingSave = null;
        }
    }

    /** Whether the note field holds words not yet handed to the project. */
    public boolean hasPendingNote() {
        return editing != null && !noteText.get().equals(editing.note() == null ? "" : editing.note());
    }

    /**
     * Saves the note as typed to the row it was typed for, if it differs from the saved one: when the field is
     * left, before J/K or an undo, and when the window closes. Safe to call at any time.
     */
    public void commitPendingNote() {
        cancelPendingSave();
        if (hasPendingNote()) {
            DiscrepancyRow row = editing;
            String note = noteText.get();
            write("set the note", store -> store.annotate(row.discrepancy(), null, note));
        }
    }

    // ------------------------------------------------------------------------------------------- editing

    public void setStatus(AnnotationStatus status) {
        DiscrepancyRow row = list.selectedProperty().get();
        if (row != null) {
            commitPendingNote();
            write("set the status", store -> store.annotate(row.discrepancy(), status, null));
        }
    }

    /** Sets the selected row's note to {@code note} (the field shows it). */
    public void setNote(String note) {
        DiscrepancyRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        if (editing != null && editing.discrepancy().fingerprint().equals(row.discrepancy().fingerprint())
                && !Objects.equals(noteText.get(), note)) {
            showNote(note);
        }
        cancelPendingSave();
        if (!note.equals(row.note())) {
            write("set the note", store -> store.annotate(row.discrepancy(), null, note));
        }
    }

    /** Sets the selected discrepancy's category ("quote altered", say); blank clears it. */
    public void setCategory(String category) {
        DiscrepancyRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        String value = category == null || category.isBlank() ? null : category.strip();
        Annotation a = list.annotationOf(row.discrepancy().fingerprint());
        if (a != null && Objects.equals(a.category(), value)) {
            return;
        }
        write("set the category", store -> {
            store.setCategory(annotationOf(store, row, a), value);
            return null;
        });
    }

    /** Sets the selected discrepancy's tags, from "tag, other tag" as typed. */
    public void setTags(String typed) {
        DiscrepancyRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        List<String> tags = typed == null ? List.of() : Arrays.stream(typed.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        Annotation a = list.annotationOf(row.discrepancy().fingerprint());
        if (a != null && a.tags().equals(tags)) {
            return;
        }
        write("set the tags", store -> {
            store.setTags(annotationOf(store, row, a), tags);
            return null;
        });
    }

    /** The categories used so far in the project, for the category box's suggestions. */
    public List<String> knownCategories() {
        return list.annotations().values().stream().map(Annotation::category).filter(Objects::nonNull).distinct()
                .sorted().toList();
    }

    /** On the lane: the id of the row's annotation ({@code known}, as the list showed it), made when there is none. */
    private static long annotationOf(ProjectStore store, DiscrepancyRow row, Annotation known) throws ProjectException {
        return known != null ? known.id() : store.annotate(row.discrepancy(), null, null).id();
    }

    // ------------------------------------------------------------------------------------- undo and redo

    /**
     * Undoes the last edit of the project (a note being typed is saved first, so it is what goes);
     * {@code then} hears what it changed (nothing when there was none). The row whose annotation changed is
     * selected, and {@link #undoneProperty()} says what was undone.
     */
    public void undo(Consumer<Affects> then) {
        commitPendingNote();
        step("Undid", "undo", ProjectStore::undo, then);
    }

    /** Redoes what {@link #undo} undid; {@code then} hears what it changed. */
    public void redo(Consumer<Affects> then) {
        commitPendingNote();
        step("Redid", "redo", ProjectStore::redo, then);
    }

    private record Stepped(Affects affected, List<Annotation> annotations) {}

    private void step(String verb, String name, ProjectSession.StoreCall<Affects> how, Consumer<Affects> then) {
        if (session == null) {
            return;
        }
        session.call(name, store -> new Stepped(how.apply(store), store.annotations()), done -> {
            problem.set(null);
            Map<String, Annotation> before = list.annotations();
            list.refresh(done.annotations());
            follow(list.selectedProperty().get());
            String changed = changedPlace(before, list.annotations());
            if (changed != null) {
                int at = list.indexOf(changed);
                if (at >= 0) {
                    list.select(at);
                }
                DiscrepancyRow row = at >= 0 ? list.getRows().get(at) : null;
                undone.set(verb + " " + what(before.get(changed), list.annotationOf(changed))
                        + (row == null ? "" : " of " + row.change()));
            } else {
                undone.set(done.affected() == null ? "Nothing to " + name : verb + " the last change");
            }
            if (done.affected() != null) {
                then.accept(done.affected());
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    /** The fingerprint of the place whose annotation differs between {@code before} and {@code after}, or null. */
    private static String changedPlace(Map<String, Annotation> before, Map<String, Annotation> after) {
        for (Map.Entry<String, Annotation> e : after.entrySet()) {
            Annotation was = before.get(e.getKey());
            if (was == null || !same(was, e.getValue())) {
                return e.getKey();
            }
        }
        for (String fingerprint : before.keySet()) {
            if (!after.containsKey(fingerprint)) {
                return fingerprint;
            }
        }
        return null;
    }

    private static boolean same(Annotation a, Annotation b) {
        return a.status() == b.status() && Objects.equals(a.note(), b.note())
                && Objects.equals(a.category(), b.category()) && Objects.equals(a.tags(), b.tags());
    }

    /** Which field changed, in words: "the status", "the note". */
    private static String what(Annotation was, Annotation now) {
        if (was == null || now == null) {
            return "the annotation";
        }
        List<String> fields = new ArrayList<>();
        if (was.status() != now.status()) {
            fields.add("the status (" + now.status().label() + ")");
        }
        if (!Objects.equals(was.note(), now.note())) {
            fields.add("the note");
        }
        if (!Objects.equals(was.category(), now.category())) {
            fields.add("the category");
        }
        if (!Objects.equals(was.tags(), now.tags())) {
            fields.add("the tags");
        }
        return fields.isEmpty() ? "the annotation" : String.join(" and ", fields);
    }

    /** What the last undo or redo did, in words ("Undid the note of «to» → (nothing)"); null before any. */
    public ReadOnlyStringProperty undoneProperty() {
        return undone.getReadOnlyProperty();
    }

    /** Changes the project on its lane, then shows the annotations as they are now. */
    private void write(String name, ProjectSession.StoreCall<?> change) {
        if (session == null) {
            return;
        }
        session.call(name, store -> {
            change.apply(store);
            return store.annotations();
        }, now -> {
            problem.set(null);
            list.refresh(now);
            follow(list.selectedProperty().get()); // a new category or tags leave the row as it was
        }, failure -> problem.set(failure.getMessage()));
    }

    /** The selected discrepancy's annotation (status, category, note, tags), or null before any. */
    public ReadOnlyObjectProperty<Annotation> annotationProperty() {
        return annotation.getReadOnlyProperty();
    }

    /**
     * One change in plain words: "2015-09-15 12:00  you: status: Unreviewed \u2192 Confirmed"; a note's or a category's
     * words in quotation marks, the annotation's making without the engine's fingerprint.
     */
    public static String describe(HistoryEntry h) {
        String when = h.at() == null ? "" : h.at().replace('T', ' ').replaceFirst("(\\d\\d:\\d\\d).*", "$1") + "  ";
        String who = h.author() == null || h.author().isBlank() ? "" : h.author() + ": ";
        String what = switch (h.field()) {
            case "created" -> "annotation made";
            case "status" -> "status: " + statusWord(h.oldValue()) + " \u2192 " + statusWord(h.newValue());
            case "fingerprint" -> "moved to the place as compared again";
            case "orphaned" -> "true".equals(h.newValue()) ? "its place is gone from the comparison"
                    : "its place is back in the comparison";
            default -> h.field() + ": " + quoted(h.oldValue()) + " \u2192 " + quoted(h.newValue());
        };
        return when + who + what;
    }

    private static String statusWord(String key) {
        if (key == null || key.isBlank()) {
            return "(none)";
        }
        try {
            return DiscrepancyRow.statusWord(AnnotationStatus.of(key));
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static String quoted(String value) {
        return value == null || value.isEmpty() ? "(nothing)" : "\u201C" + value + "\u201D";
    }

    /** The selected annotation's changes, oldest first. */
    public ObservableList<HistoryEntry> getHistory() {
        return history;
    }

    /** The last write's failure, for the status bar; null when it went fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
