package org.verbatim.ui.classroom;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.verbatim.ui.viewmodel.MakeExerciseViewModel;
import org.verbatim.ui.viewmodel.UserMessage;

/** "Make exercise…": choose the key's discrepancies and explain them, then save the exercise file. */
public final class MakeExerciseDialog {

    private MakeExerciseDialog() {}

    /** Shows the dialog; when the teacher saves, {@code said} is told how it went (nothing when they cancel). */
    public static void show(Window owner, MakeExerciseViewModel model, java.nio.file.Path besides,
                            java.util.function.Consumer<UserMessage> said) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Make an exercise");
        dialog.setHeaderText("Choose what students should find, and explain each for after they check");
        dialog.getDialogPane().setId("make-exercise-dialog");
        dialog.setResizable(true);
        ButtonType make = new ButtonType("Save the exercise\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(make, ButtonType.CANCEL);

        TableView<MakeExerciseViewModel.Choice> table = new TableView<>(model.getChoices());
        table.setId("key-items");
        table.setEditable(true);
        table.setPrefHeight(220);
        TableColumn<MakeExerciseViewModel.Choice, Boolean> in = new TableColumn<>("In key");
        in.setCellValueFactory(c -> c.getValue().chosenProperty());
        in.setCellFactory(CheckBoxTableCell.forTableColumn(in));
        in.setEditable(true);
        in.setPrefWidth(60);
        TableColumn<MakeExerciseViewModel.Choice, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().row().kind()));
        kind.setPrefWidth(110);
        TableColumn<MakeExerciseViewModel.Choice, String> change = new TableColumn<>("Versions");
        change.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().row().change()));
        change.setPrefWidth(240);
        TableColumn<MakeExerciseViewModel.Choice, String> why = new TableColumn<>("Explanation (shown after checking)");
        why.setCellValueFactory(c -> c.getValue().explanationProperty());
        why.setCellFactory(TextFieldTableCell.forTableColumn());
        why.setOnEditCommit(e -> e.getRowValue().explanationProperty().set(e.getNewValue()));
        why.setPrefWidth(300);
        table.getColumns().addAll(java.util.List.of(in, kind, change, why));

        TextField title = new TextField();
        title.setId("exercise-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea instructions = new TextArea();
        instructions.setPrefRowCount(2);
        instructions.setWrapText(true);
        instructions.textProperty().bindBidirectional(model.instructionsProperty());
        TextArea hints = new TextArea();
        hints.setPromptText("Optional hints, one per line");
        hints.setPrefRowCount(2);
        hints.textProperty().bindBidirectional(model.hintsProperty());
        PasswordField password = new PasswordField();
        password.setId("exercise-password");
        password.setPromptText("Optional");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField again = new PasswordField();
        again.setId("exercise-password-again");
        again.setPromptText("Once more");
        again.textProperty().bindBidirectional(model.passwordAgainProperty());
        Label note = new Label();
        note.setId("protection-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(model::protectionNote, model.passwordProperty()));
        ToggleGroup checks = new ToggleGroup();
        RadioButton any = new RadioButton("as often as they like");
        RadioButton once = new RadioButton("once");
        once.setId("check-once");
        any.setToggleGroup(checks);
        once.setToggleGroup(checks);
        (model.checkOnceProperty().get() ? once : any).setSelected(true);
        once.selectedProperty().bindBidirectional(model.checkOnceProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Instructions"), instructions);
        form.addRow(2, new Label("Hints"), hints);
        form.addRow(3, new Label("Password"), new HBox(8, password, again));
        form.add(note, 1, 4);
        form.addRow(5, new Label("Students may check"), new HBox(12, any, once));
        GridPane.setHgrow(title, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        VBox content = new VBox(10, table, form, problem);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(760);
        dialog.getDialogPane().setContent(content);

        Button makeButton = (Button) dialog.getDialogPane().lookupButton(make);
        makeButton.setId("make-exercise");
        Runnable check = () -> {
            String why2 = model.problem();
            problem.setText(why2 == null ? "" : why2);
            makeButton.setDisable(why2 != null);
        };
        model.getChoices().forEach(c -> c.chosenProperty().addListener((o, a, b) -> check.run()));
        title.textProperty().addListener((o, a, b) -> check.run());
        password.textProperty().addListener((o, a, b) -> check.run());
        again.textProperty().addListener((o, a, b) -> check.run());
        check.run();

        if (dialog.showAndWait().filter(b -> b == make).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the exercise");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Verbatim exercise (*.verbatim)",
                "*.verbatim"));
        if (besides != null && besides.toFile().isDirectory()) {
            chooser.setInitialDirectory(besides.toFile());
        }
        chooser.setInitialFileName(model.titleProperty().get().replaceAll("[\\\\/:*?\"<>|]+", " ").strip()
                + " - exercise.verbatim");
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            model.make(target.toPath(), said);
        }
    }
}
