package org.verbatim.ui.view;

import java.io.File;
import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.verbatim.export.ExportFormat;
import org.verbatim.ui.viewmodel.ExportViewModel;

/** File → Export…: pick a format and a title, then where to save; {@link ExportViewModel} writes it. */
public final class ExportDialog {

    private ExportDialog() {}

    /** Shows the dialog; on "Export…" asks where to save and starts the export. */
    public static void show(Window owner, ExportViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Write what you found to a file");
        dialog.getDialogPane().setId("export-dialog");
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        ToggleGroup formats = new ToggleGroup();
        VBox choices = new VBox(6);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton r = new RadioButton(f.description());
            r.setId("format-" + f.label());
            r.setUserData(f);
            r.setToggleGroup(formats);
            r.setSelected(f == model.formatProperty().get());
            choices.getChildren().add(r);
        }
        formats.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        VBox content = new VBox(10, new Label("Format"), choices, new Label("Title of the story"), title);
        content.setPadding(new Insets(10, 4, 4, 4));
        content.getStyleClass().add("export-dialog");
        dialog.getDialogPane().setContent(content);

        if (dialog.showAndWait().filter(b -> b == export).isEmpty()) {
            return;
        }
        ExportFormat f = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + f.label().toUpperCase(java.util.Locale.ROOT));
        Path suggested = model.suggestedFile();
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description().replaceFirst(":.*", "")
                + " (*." + f.extension() + ")", "*." + f.extension()));
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            model.export(target.toPath());
        }
    }
}
