package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.ClassOverview;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.classroom.ClassOverviewWindow;
import org.verbatim.ui.viewmodel.MakeExerciseViewModel;
import org.verbatim.ui.viewmodel.PresentationViewModel;
import org.verbatim.ui.classroom.PresentationWindow;
import org.verbatim.ui.classroom.StudentView;
import org.verbatim.ui.viewmodel.StudentViewModel;
import org.verbatim.ui.view.ReportPane;
import org.verbatim.ui.viewmodel.DiscrepancyRow;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * A teacher makes an exercise of the sample with three key items and a password; a student marks two right
 * and one wrong and checks; the teacher reads three students' files in the class overview.
 */
class ClassroomWorkflowTest extends AppTest {

    private static final String PASSWORD = "media-literacy";

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench() {
        return ((VerbatimApp) app).workbench();
    }

    /** The teacher's sample, saved, with its first three substantive discrepancies confirmed and explained. */
    private Path teachersExercise(List<AnswerKey.Item> key) throws Exception {
        start(() -> new VerbatimApp(List.of("--sample")));
        waitUntil(() -> !workbench().isLoading() && !workbench().review().getRows().isEmpty());
        Path teacher = dir.resolve("teacher.verbatim");
        robot.interact(() -> workbench().saveAs(teacher));
        waitUntil(() -> teacher.equals(workbench().projectFile()) && !workbench().isLoading());
        robot.interact(() -> {
            List<DiscrepancyRow> rows = workbench().review().getRows();
            int confirmed = 0;
            for (int i = 0; i < rows.size() && confirmed < 3; i++) {
                if (rows.get(i).discrepancy().severity() == Severity.SUBSTANTIVE) {
                    workbench().review().select(i);
                    workbench().review().setStatus(AnnotationStatus.CONFIRMED);
                    confirmed++;
                }
            }
        });
        waitUntil(() -> workbench().review().getAllRows().stream()
                .filter(r -> r.status() == AnnotationStatus.CONFIRMED).count() == 3);
        Path exercise = dir.resolve("Elton and Putin.verbatim");
        java.util.concurrent.atomic.AtomicReference<org.verbatim.ui.viewmodel.UserMessage> said =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            MakeExerciseViewModel make = new MakeExerciseViewModel(workbench().session(),
                    workbench().exercises(), workbench().review().getAllRows(), "Elton and Putin");
            make.getChoices().forEach(c -> c.explanationProperty().set("Teacher explains: " + c.row().kind()));
            make.passwordProperty().set(PASSWORD);
            make.passwordAgainProperty().set(PASSWORD);
            make.make(exercise, said::set);
        });
        waitUntil(() -> said.get() != null);
        assertThat(said.get().error()).as(said.get().detail()).isFalse();
        try (ProjectStore ex = ProjectStore.openReadOnly(exercise, Pipeline.standard())) {
            key.addAll(workbench().exercises().key(ex.classroom(), PASSWORD.toCharArray()).items());
        }
        return exercise;
    }

    private StudentView studentView() throws Exception {
        return onFx(() -> (StudentView) robot.lookup("#student-view").query());
    }

    /** What a student does: select the words in one report (and the counterpart), then Mark, kind, why. */
    private void markThroughTheWindow(String reportA, Span a, String reportB, Span b, String kind) throws Exception {
        StudentView view = studentView();
        robot.interact(() -> {
            for (ReportPane p : view.reportPanes()) {
                p.textArea().deselect();
                if (p.model().id().equals(reportB) && b != null) {
                    p.textArea().selectRange(b.start(), b.end());
                }
            }
            for (ReportPane p : view.reportPanes()) {
                if (p.model().id().equals(reportA)) {
                    p.textArea().selectRange(a.start(), a.end());
                    p.textArea().requestFocus();
                }
            }
        });
        robot.clickOn("#mark-discrepancy");
        waitUntil(() -> robot.lookup("#mark-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<StudentViewModel.Counterpart> other = robot.lookup("#mark-counterpart").queryAs(ComboBox.class);
            other.getItems().stream().filter(c -> c.reportId().equals(reportB) && (b == null) == c.missing())
                    .findFirst().ifPresent(c -> other.getSelectionModel().select(c));
            @SuppressWarnings("unchecked")
            ComboBox<org.verbatim.core.diff.DiffKind> kinds = robot.lookup("#mark-kind").queryAs(ComboBox.class);
            kinds.getItems().stream().filter(k -> k.label().equals(kind)).findFirst()
                    .ifPresent(k -> kinds.getSelectionModel().select(k));
        });
        robot.clickOn("#mark-why").write("It changes what was said.");
        robot.clickOn("Save");
        settle();
    }

    @Test
    void aStudentFindsTwoOfThreeWithOneExtraAndSeesTheExplanations() throws Exception {
        List<AnswerKey.Item> key = new ArrayList<>();
        Path exercise = teachersExercise(key);
        assertThat(key).hasSize(3);

        robot.interact(() -> workbench().openProject(exercise));
        waitUntil(() -> robot.lookup("#student-name-dialog").tryQuery().isPresent());
        robot.clickOn("#student-name").write("Ana");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#student-view").tryQuery().isPresent() && !workbench().isLoading());
        assertThat(onFx(() -> robot.lookup(".report-pane").queryAll().stream().filter(n -> n.isVisible()).count()))
                .isEqualTo(3);
        for (int i = 0; i < 2; i++) {
            AnswerKey.Item k = key.get(i);
            markThroughTheWindow(k.reportA(), new Span(k.startA(), k.endA()), k.reportB(),
                    k.textB().isEmpty() ? null : new Span(k.startB(), k.endB()), k.kind());
        }
        markThroughTheWindow("r1", new Span(0, 7), "r2", null, "name");
        assertThat(onFx(() -> workbench().studentProperty().get().getMarks().size())).isEqualTo(3);

        robot.clickOn("#check-answers");
        waitUntil(() -> robot.lookup("#password-dialog").tryQuery().isPresent());
        robot.clickOn("#check-password").write(PASSWORD);
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#check-summary").tryQuery().isPresent());

        String summary = onFx(() -> robot.lookup("#check-summary").queryAs(Label.class).getText());
        assertThat(summary).startsWith("2 of 3 found, 1 extra");
        List<String> shown = onFx(() -> robot.lookup(".check-item").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertThat(shown).hasSize(3).allSatisfy(t -> assertThat(t).contains("Teacher explains: "));
        robot.interact(() -> robot.lookup("#student-marks").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        settle();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        FxTestSupport.publish(FxTestSupport.snapshot(onFx(() -> stage.getScene().getRoot()),
                "classroom-student.png"));
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndNothingIsRevealed() throws Exception {
        List<AnswerKey.Item> key = new ArrayList<>();
        Path exercise = teachersExercise(key);
        robot.interact(() -> workbench().startStudentWork(exercise, "Ben"));
        waitUntil(() -> robot.lookup("#student-view").tryQuery().isPresent() && !workbench().isLoading());

        robot.clickOn("#check-answers");
        waitUntil(() -> robot.lookup("#password-dialog").tryQuery().isPresent());
        robot.clickOn("#check-password").write("guess");
        robot.clickOn("OK");
        settle();

        assertThat(onFx(() -> robot.lookup("#student-problem").queryAs(Label.class).getText()))
                .isEqualTo("The password is not right. Ask your teacher for the exercise's password.");
        assertThat(robot.lookup(".check-item").queryAll()).isEmpty();
    }

    @Test
    void theClassOverviewOfThreeStudentsCountsRightAndItsCsvParses() throws Exception {
        List<AnswerKey.Item> key = new ArrayList<>();
        Path exercise = teachersExercise(key);
        List<Path> files = new ArrayList<>();
        int[][] plan = {{3, 0}, {2, 1}, {1, 2}};
        String[] names = {"Ana", "Ben", "Chloé"};
        for (int s = 0; s < 3; s++) {
            Path work = dir.resolve("work - " + names[s] + ".verbatim");
            try (ProjectStore w = workbench().exercises().startWork(exercise, names[s], work)) {
                for (int i = 0; i < plan[s][0]; i++) {
                    AnswerKey.Item k = key.get(i);
                    w.addMark(k.reportA(), new Span(k.startA(), k.endA()), k.reportB(),
                            k.textB().isEmpty() ? null : new Span(k.startB(), k.endB()), k.kind(), "");
                }
                for (int i = 0; i < plan[s][1]; i++) {
                    w.addMark("r1", new Span(i * 10, i * 10 + 5), "r3", null, "name", "");
                }
            }
            files.add(work);
        }

        ClassOverview overview = ClassOverview.of(new AnswerKey(key), files, Pipeline.standard());
        TableView<ClassOverview.Student> table = onFx(() -> ClassOverviewWindow.table(overview));
        java.io.StringWriter csv = new java.io.StringWriter();
        overview.writeCsv(csv);

        assertThat(onFx(() -> table.getItems().size())).isEqualTo(3);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).extracting(r -> r.get("student")).containsExactly("Ana", "Ben", "Chloé");
        assertThat(rows).extracting(r -> r.get("found")).containsExactly("3", "2", "1");
        assertThat(rows).extracting(r -> r.get("missed")).containsExactly("0", "1", "2");
        assertThat(rows).extracting(r -> r.get("extra")).containsExactly("0", "1", "2");
    }

    @Test
    void presentationModeShowsOneDiscrepancyAtATimeAndTheArrowsMove() throws Exception {
        List<AnswerKey.Item> key = new ArrayList<>();
        teachersExercise(key);
        PresentationViewModel vm = onFx(() -> new PresentationViewModel(workbench().comparison(),
                workbench().review().getAllRows()));
        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        Stage stage = onFx(() -> PresentationWindow.show(main, vm));
        settle();

        robot.type(javafx.scene.input.KeyCode.RIGHT);
        settle();

        assertThat(vm.slides()).hasSize(3);
        assertThat(onFx(vm::position)).isEqualTo("2 / 3");
        Parent root = onFx(() -> stage.getScene().getRoot());
        FxTestSupport.publish(FxTestSupport.snapshot(root, "classroom-presentation.png"));
        robot.interact(stage::close);
    }
}
