package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.model.Span;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;
import org.verbatim.ui.project.ProjectSession;

/** Making an exercise, a student's work and presentation mode, without a display. */
class ClassroomViewModelsTest {

    @TempDir
    Path dir;
    private WorkbenchViewModel teacher;

    @BeforeEach
    void theSampleWithTwoConfirmed() {
        teacher = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        teacher.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("s.properties"))));
        teacher.openSample();
        teacher.saveAs(dir.resolve("teacher.verbatim"));
        for (int i = 0; i < 2; i++) {
            teacher.review().select(i);
            teacher.review().setStatus(AnnotationStatus.CONFIRMED);
            teacher.review().setNote("note " + i);
        }
    }

    @AfterEach
    void close() {
        teacher.close();
    }

    private MakeExerciseViewModel make() {
        return new MakeExerciseViewModel(teacher.session(), teacher.exercises(),
                teacher.review().getAllRows(), "Elton and Putin");
    }

    @Test
    void theConfirmedDiscrepanciesAreInTheKeyAtFirstWithTheirNotes() {
        MakeExerciseViewModel vm = make();

        assertThat(vm.getChoices()).filteredOn(c -> c.chosenProperty().get()).hasSize(2)
                .extracting(c -> c.explanationProperty().get()).containsExactlyInAnyOrder("note 0", "note 1");
    }

    @Test
    void differentPasswordsOrAnEmptyKeyStopTheExercise() {
        MakeExerciseViewModel vm = make();
        vm.passwordProperty().set("a");
        vm.passwordAgainProperty().set("b");
        String passwords = vm.problem();
        vm.passwordAgainProperty().set("a");
        vm.getChoices().forEach(c -> c.chosenProperty().set(false));

        assertThat(passwords).isEqualTo("The two passwords differ.");
        assertThat(vm.problem()).isEqualTo("Choose at least one discrepancy for the answer key.");
    }

    @Test
    void withoutAPasswordTheDialogSaysPlainlyThatTheKeyIsOnlyHidden() {
        MakeExerciseViewModel vm = make();

        assertThat(vm.protectionNote()).contains("only hidden", "SQLite");
        vm.passwordProperty().set("x");
        assertThat(vm.protectionNote()).contains("encrypted");
    }

    @Test
    void openingTheExerciseAsksForANameAndThenOpensTheStudentsOwnCopy() throws Exception {
        Path exercise = dir.resolve("exercise.verbatim");
        make().make(exercise, said -> { });

        teacher.openProject(exercise);
        Path asked = teacher.exerciseToStartProperty().get();
        teacher.startStudentWork(asked, "Ana");

        StudentViewModel student = teacher.studentProperty().get();
        assertThat(asked).isEqualTo(exercise);
        assertThat(student.studentName()).isEqualTo("Ana");
        assertThat(student.file().getFileName().toString()).isEqualTo("exercise - Ana.verbatim");
        assertThat(student.getPanes()).hasSize(3)
                .allSatisfy(p -> assertThat(p.getHighlights()).isEmpty());
        assertThat(teacher.hasProjectProperty().get()).isFalse();
    }

    @Test
    void aMarkIsHighlightedInBothReportsAndUndoTakesItAway() throws Exception {
        Path exercise = dir.resolve("exercise.verbatim");
        make().make(exercise, said -> { });
        try (ProjectStore work = teacher.exercises().startWork(exercise, "Ben", dir.resolve("ben.verbatim"))) {
            StudentViewModel vm = new StudentViewModel(ProjectSession.over(work,
                    new SynchronousTaskRunner().newLane("student"), "exercise", false), teacher.exercises());
            List<StudentViewModel.Counterpart> others = vm.counterparts("r1", Map.of("r3", new Span(0, 8)));

            vm.mark("r1", new Span(0, 7), others.get(0), DiffKind.NAME, "names differ");
            int highlightedInR3 = vm.getPanes().get(2).getHighlights().size();
            vm.undo();

            assertThat(others.get(0).reportId()).isEqualTo("r3");
            assertThat(others).extracting(StudentViewModel.Counterpart::missing).contains(true);
            assertThat(highlightedInR3).isEqualTo(1);
            assertThat(vm.getMarks()).isEmpty();
        }
    }

    @Test
    void aCheckWithoutAPasswordOnAnOpenKeyScoresAtOnce() throws Exception {
        Path exercise = dir.resolve("exercise.verbatim");
        MakeExerciseViewModel m = make();
        m.checkOnceProperty().set(true);
        m.make(exercise, said -> { });
        try (ProjectStore work = teacher.exercises().startWork(exercise, "Cleo", dir.resolve("cleo.verbatim"))) {
            StudentViewModel vm = new StudentViewModel(ProjectSession.over(work,
                    new SynchronousTaskRunner().newLane("student"), "exercise", false), teacher.exercises());

            vm.check(null);

            assertThat(vm.needsPassword()).isFalse();
            assertThat(vm.scoreProperty().get().missed()).hasSize(2);
            assertThat(vm.canCheckProperty().get()).isFalse();
        }
    }

    @Test
    void presentationModeShowsTheConfirmedOnesAndTheArrowsStopAtTheEnds() {
        List<DiscrepancyRow> rows = teacher.review().getAllRows();
        PresentationViewModel vm = new PresentationViewModel(teacher.comparison(), rows);

        vm.previous();
        String first = vm.position();
        vm.next();
        vm.next();

        assertThat(vm.slides()).hasSize(2);
        assertThat(first).isEqualTo("1 / 2");
        assertThat(vm.position()).isEqualTo("2 / 2");
        PresentationViewModel.Version a = vm.current().versions().get(0);
        assertThat(a.changed().end()).isLessThanOrEqualTo(a.quote().length());
    }
}
