package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.classroom.Exercises;
import org.verbatim.classroom.KeyCipher;
import org.verbatim.classroom.Scoring;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.model.Span;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoredReport;
import org.verbatim.store.StudentMark;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.project.ProjectSession;

/**
 * A student's work on an exercise: the reports side by side with none of the engine's highlights or groups,
 * the student's marks (made, edited, removed, with undo, saved at once in their own file), and "Check my
 * answers" with its results and the teacher's explanations. Use it from the UI thread; every call on the
 * student's file runs on its session's lane.
 */
public final class StudentViewModel {

    /** The kinds a student can choose from: the engine's own list. */
    public static final List<DiffKind> KINDS = List.of(DiffKind.values());

    private final ProjectSession work;
    private final Exercises exercises;
    private final ObservableList<ReportPaneViewModel> panes = FXCollections.observableArrayList();
    private final ObservableList<StudentMark> marks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scoring.Score> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(this, "canCheck", true);
    private Classroom classroom;

    /** The student's work open in {@code work}; made on the session's lane, where it reads the file. */
    public StudentViewModel(ProjectSession work, Exercises exercises) throws ProjectException {
        this.work = Objects.requireNonNull(work, "work");
        this.exercises = Objects.requireNonNull(exercises, "exercises");
        ProjectStore store = work.store();
        this.classroom = store.classroom();
        for (StoredReport r : store.reports()) {
            panes.add(ReportPaneViewModel.of(r.report()));
        }
        show(store.marks());
    }

    public ObservableList<ReportPaneViewModel> getPanes() {
        return panes;
    }

    public ObservableList<StudentMark> getMarks() {
        return marks;
    }

    public String title() {
        return classroom.title() == null ? "Exercise" : classroom.title();
    }

    public String instructions() {
        return classroom.instructions() == null ? "" : classroom.instructions();
    }

    public List<String> hints() {
        return classroom.hints();
    }

    public String studentName() {
        return classroom.studentName() == null ? "" : classroom.studentName();
    }

    /** Whether "Check my answers" asks for the teacher's password. */
    public boolean needsPassword() {
        return classroom.keyIsSealed();
    }

    /** The file the student's work is saved in. */
    public java.nio.file.Path file() {
        return work.path();
    }

    /** The last check's result, or null before the first. */
    public ReadOnlyObjectProperty<Scoring.Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** What went wrong last (a wrong password, a refused check), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** False once the teacher's "check once" setting is used up. */
    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    /** A counterpart the student can pick: words selected in another report, or "missing there". */
    public record Counterpart(String reportId, String reportTitle, Span span, String text) {
        public boolean missing() {
            return span == null;
        }

        @Override
        public String toString() {
            return missing() ? "Missing in \u201C" + reportTitle + "\u201D"
                    : "\u201C" + (text.length() > 60 ? text.substring(0, 59) + "\u2026" : text) + "\u201D in \u201C"
                    + reportTitle + "\u201D";
        }
    }

    /**
     * What the words selected in {@code reportId} can be paired with: each other report's current selection
     * (given as report id → span, empty spans ignored), then "missing there" for each other report.
     */
    public List<Counterpart> counterparts(String reportId, java.util.Map<String, Span> selections) {
        List<Counterpart> out = new ArrayList<>();
        for (ReportPaneViewModel p : panes) {
            Span s = selections.get(p.id());
            if (!p.id().equals(reportId) && s != null && s.length() > 0) {
                out.add(new Counterpart(p.id(), p.getTitle(), s, p.getText().substring(s.start(), s.end())));
            }
        }
        for (ReportPaneViewModel p : panes) {
            if (!p.id().equals(reportId)) {
                out.add(new Counterpart(p.id(), p.getTitle(), null, ""));
            }
        }
        return out;
    }

    /** Marks the words {@code spanA} of {@code reportA} against a counterpart, with a kind and a reason. */
    public void mark(String reportA, Span spanA, Counterpart other, DiffKind kind, String why) {
        write("mark", store -> store.addMark(reportA, spanA, other.reportId(), other.span(), kind.label(), why));
    }

    public void edit(StudentMark m, DiffKind kind, String why) {
        write("edit a mark", store -> {
            store.editMark(m.id(), kind.label(), why);
            return null;
        });
    }

    public void remove(StudentMark m) {
        write("remove a mark", store -> {
            store.removeMark(m.id());
            return null;
        });
    }

    public void undo() {
        write("undo", ProjectStore::undo);
    }

    public void redo() {
        write("redo", ProjectStore::redo);
    }

    /** What a check found: the score or why there is none, and the classroom details after it. */
    private record Checked(Scoring.Score score, String problem, Classroom classroom) {}

    /** "Check my answers"; the password is ignored when the key is not protected. */
    public void check(char[] password) {
        work.call("check the answers", store -> {
            Scoring.Score s = null;
            String why = null;
            try {
                s = exercises.check(store, password);
            } catch (KeyCipher.WrongPassword e) {
                why = e.getMessage() + " Ask your teacher for the exercise's password.";
            } catch (IllegalStateException e) {
                why = e.getMessage();
            }
            return new Checked(s, why, store.classroom());
        }, checked -> {
            problem.set(checked.problem());
            if (checked.score() != null) {
                score.set(checked.score());
            }
            classroom = checked.classroom();
            canCheck.set(Exercises.checkRefusal(classroom) == null);
        }, failure -> problem.set(failure.getMessage()));
    }

    /** A report's title, for the results. */
    public String titleOf(String reportId) {
        return panes.stream().filter(p -> p.id().equals(reportId)).map(ReportPaneViewModel::getTitle).findFirst()
                .orElse(reportId);
    }

    /** Changes the student's file on its lane, then shows the marks as they are now. */
    private void write(String name, ProjectSession.StoreCall<?> change) {
        work.call(name, store -> {
            change.apply(store);
            return store.marks();
        }, now -> {
            problem.set(null);
            show(now);
        }, failure -> problem.set(failure.getMessage()));
    }

    private void show(List<StudentMark> now) {
        marks.setAll(now);
        for (ReportPaneViewModel p : panes) {
            List<Highlight> hs = new ArrayList<>();
            for (StudentMark m : marks) {
                if (m.reportA().equals(p.id())) {
                    hs.add(new Highlight(m.spanA().start(), m.spanA().end(), "student-mark"));
                }
                if (m.reportB().equals(p.id()) && m.spanB() != null) {
                    hs.add(new Highlight(m.spanB().start(), m.spanB().end(), "student-mark"));
                }
            }
            p.setHighlights(hs);
        }
        canCheck.set(Exercises.checkRefusal(classroom) == null);
    }

    /** Closes the student's file. */
    public void close() {
        work.close();
    }
}
