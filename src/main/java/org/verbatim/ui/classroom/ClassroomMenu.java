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
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.ClassOverview;
import org.verbatim.classroom.KeyCipher;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.view.AppMenuBar;
import org.verbatim.ui.viewmodel.UserMessage;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The Classroom menu (make an exercise, the class overview, presentation mode) and what opening an exercise
 * asks: the student's name.
 */
public final class ClassroomMenu {

    private ClassroomMenu() {}

    /** Adds the menu, and asks for a student's name whenever an exercise file is opened. */
    public static void install(AppMenuBar menuBar, WorkbenchViewModel model, Supplier<Window> owner) {
        Menu menu = new Menu("_Classroom");
        menu.setId("classroom-menu");
        menu.getItems().addAll(
                menuBar.needsProject(AppMenuBar.item("_Make exercise\u2026", () -> makeExercise(model, owner.get()),
                        null)),
                AppMenuBar.item("_Class overview\u2026", () -> classOverview(model, owner.get()), null),
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
        MakeExerciseViewModel vm = new MakeExerciseViewModel(model.session().store(), model.exercises(),
                model.review().getAllRows(), model.getStoryTitle());
        Path folder = model.session().isTemporary() ? null
                : model.session().store().path().toAbsolutePath().getParent();
        UserMessage said = MakeExerciseDialog.show(owner, vm, folder);
        if (said != null) {
            model.messageProperty().set(said);
        }
    }

    /** Asks for the exercise (and its password, if the key is protected), then the students' files. */
    private static void classOverview(WorkbenchViewModel model, Window owner) {
        FileChooser chooseExercise = new FileChooser();
        chooseExercise.setTitle("The exercise you gave the class");
        chooseExercise.getExtensionFilters().add(new FileChooser.ExtensionFilter("Exercises (*.verbatim)",
                "*.verbatim"));
        File exercise = chooseExercise.showOpenDialog(owner);
        if (exercise == null) {
            return;
        }
        AnswerKey key;
        try (ProjectStore ex = ProjectStore.openReadOnly(exercise.toPath(), model.exercises().pipeline())) {
            Classroom c = ex.classroom();
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
            key = model.exercises().key(c, password);
        } catch (ProjectException e) {
            model.messageProperty().set(UserMessage.error("Could not open the exercise", e.getMessage()));
            return;
        } catch (KeyCipher.WrongPassword e) {
            model.messageProperty().set(UserMessage.error("Could not open the answer key", e.getMessage()));
            return;
        }
        FileChooser chooseWork = new FileChooser();
        chooseWork.setTitle("The students' returned files");
        chooseWork.setInitialDirectory(exercise.getParentFile());
        chooseWork.getExtensionFilters().add(new FileChooser.ExtensionFilter("Students' work (*.verbatim)",
                "*.verbatim"));
        List<File> files = chooseWork.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return;
        }
        ClassOverview overview = ClassOverview.of(key, files.stream().map(File::toPath).toList(),
                model.exercises().pipeline());
        ClassOverviewWindow.show(owner, overview);
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
