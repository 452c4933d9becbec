package org.verbatim.ui.classroom;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;


import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;


import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.ClassOverview;
import org.verbatim.classroom.Exercises;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.view.AppMenuBar;
import org.verbatim.ui.view.ShellActions;
import org.verbatim.ui.view.WindowPart;
import org.verbatim.ui.view.WorkbenchView;
import org.verbatim.ui.viewmodel.MakeExerciseViewModel;
import org.verbatim.ui.viewmodel.PresentationViewModel;
import org.verbatim.ui.viewmodel.UserMessage;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * Classroom mode in the window, added by the composition root as a {@link WindowPart}: the Classroom menu (make
 * an exercise, the class overview, presentation mode), what opening an exercise asks (the student's name), and
 * the student's view in place of the workbench while a student's work is open.
 */
public final class ClassroomPart implements WindowPart {

    @Override
    public void addTo(WorkbenchView view, WorkbenchViewModel model, ShellActions actions, TaskRunner runner) {
        install(view.menu(), model, actions::owner, runner);
        StackPane studentSlot = new StackPane();
        model.studentProperty().addListener((obs, was, st) -> studentSlot.getChildren().setAll(
                st == null ? List.of() : List.of(new StudentView(st, runner))));
        studentSlot.visibleProperty().bind(model.studentProperty().isNotNull());
        view.addLayer(studentSlot);
    }

    /** Adds the menu, and asks for a student's name whenever an exercise file is opened. */
    private static void install(AppMenuBar menuBar, WorkbenchViewModel model, Supplier<Window> owner,
                                TaskRunner runner) {
        Menu menu = new Menu("_Classroom");
        menu.setId("classroom-menu");
        menu.getItems().addAll(
                menuBar.needsProject(AppMenuBar.item("_Make exercise\u2026", () -> makeExercise(model, owner.get()),
                        null)),
                AppMenuBar.item("_Class overview\u2026", () -> classOverview(model, owner.get(), runner), null),
                menuBar.needsProject(AppMenuBar.item("_Presentation mode", () -> PresentationWindow.show(owner.get(),
                        new PresentationViewModel(model.comparison(), model.review().getAllRows())), null)));
        menuBar.add(menu);
        model.exerciseToStartProperty().addListener((o, was, exercise) -> {
            if (exercise != null) {
                javafx.application.Platform.runLater(() -> askName(model, owner.get(), exercise));
            }
        });
    }

    private static void askName(WorkbenchViewModel model, Window owner, Path exercise) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle("An exercise");
        ask.setHeaderText("This is an exercise. Your work will be saved in your own copy of it, with your name.");
        ask.setContentText("Your name");
        ask.getDialogPane().setId("student-name-dialog");
        ask.getEditor().setId("student-name");
        Optional<String> name = ask.showAndWait();
        if (name.isPresent()) {
            model.startStudentWork(exercise, name.get());
        } else {
            model.exerciseToStartProperty().set(null);
        }
    }

    private static void makeExercise(WorkbenchViewModel model, Window owner) {
        if (model.session() == null) {
            return;
        }
        MakeExerciseViewModel vm = new MakeExerciseViewModel(model.session(), model.exercises(),
                model.review().getAllRows(), model.getStoryTitle());
        Path folder = model.session().isTemporary() ? null : model.session().path().toAbsolutePath().getParent();
        MakeExerciseDialog.show(owner, vm, folder, said -> model.messageProperty().set(said));
    }

    /**
     * Asks for the exercise (and its password, if the key is protected), then the students' files; the files
     * are read on a worker, never on the UI thread.
     */
    private static void classOverview(WorkbenchViewModel model, Window owner, TaskRunner runner) {
        FileChooser chooseExercise = new FileChooser();
        chooseExercise.setTitle("The exercise you gave the class");
        chooseExercise.getExtensionFilters().add(new FileChooser.ExtensionFilter("Exercises (*.verbatim)",
                "*.verbatim"));
        File exercise = chooseExercise.showOpenDialog(owner);
        if (exercise == null) {
            return;
        }
        Exercises exercises = model.exercises();
        runner.run("read the exercise", () -> {
            try (ProjectStore ex = ProjectStore.openReadOnly(exercise.toPath(), exercises.pipeline())) {
                return ex.classroom();
            }
        }, c -> {
            if (c.role() != Classroom.Role.EXERCISE) {
                model.messageProperty().set(UserMessage.error("Not an exercise", exercise.getName()
                        + ": is not an exercise file (make one with Classroom \u2192 Make exercise\u2026)."));
                return;
            }
            char[] password = null;
            if (c.keyIsSealed()) {
                Optional<String> typed = password(owner);
                if (typed.isEmpty()) {
                    return;
                }
                password = typed.get().toCharArray();
            }
            char[] secret = password;
            runner.run("open the answer key", () -> exercises.key(c, secret),
                    key -> chooseWork(model, owner, runner, exercise, key),
                    failure -> model.messageProperty().set(UserMessage.error("Could not open the answer key",
                            failure.getMessage())));
        }, failure -> model.messageProperty().set(UserMessage.error("Could not open the exercise",
                failure.getMessage())));
    }

    private static void chooseWork(WorkbenchViewModel model, Window owner, TaskRunner runner, File exercise,
                                   AnswerKey key) {
        FileChooser chooseWork = new FileChooser();
        chooseWork.setTitle("The students' returned files");
        chooseWork.setInitialDirectory(exercise.getParentFile());
        chooseWork.getExtensionFilters().add(new FileChooser.ExtensionFilter("Students' work (*.verbatim)",
                "*.verbatim"));
        List<File> files = chooseWork.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        runner.run("read the students' work", () -> ClassOverview.of(key, paths, model.exercises().pipeline()),
                overview -> ClassOverviewWindow.show(owner, overview),
                failure -> model.messageProperty().set(UserMessage.error("Could not read the students' work",
                        failure.getMessage())));
    }

    private static Optional<String> password(Window owner) {
        Dialog<String> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle("The answer key");
        ask.setHeaderText("The exercise's password");
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField field = new PasswordField();
        ask.getDialogPane().setContent(field);
        ask.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        return ask.showAndWait();
    }
}
