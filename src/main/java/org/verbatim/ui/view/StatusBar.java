package org.verbatim.ui.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The strip along the bottom: what is open (reports, groups, discrepancies) or what is happening, with a
 * progress bar and Cancel while work runs; how much is reviewed; where the work is kept.
 */
public final class StatusBar extends HBox {

    private final Label status = new Label();

    public StatusBar(WorkbenchViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        status.getStyleClass().add("status-text");
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);

        ProgressBar progress = new ProgressBar();
        progress.setId("work-progress");
        progress.getStyleClass().add("work-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("cancel-work");
        cancel.getStyleClass().add("cancel-work");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.workLabelProperty().isNotEmpty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setFocusTraversable(false);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label reviewed = new Label();
        reviewed.setId("reviewed");
        reviewed.getStyleClass().add("status-reviewed");
        reviewed.textProperty().bind(model.review().progressProperty());
        reviewed.visibleProperty().bind(model.hasProjectProperty());
        reviewed.managedProperty().bind(reviewed.visibleProperty());
        reviewed.setMinWidth(Region.USE_PREF_SIZE);

        Label mode = new Label();
        mode.setId("file-state");
        mode.textProperty().bind(model.fileStateProperty());
        mode.getStyleClass().add("status-mode");
        mode.setMinWidth(0);
        mode.visibleProperty().bind(Bindings.isNotEmpty(model.fileStateProperty()));

        getChildren().addAll(status, progress, cancel, gap, reviewed, mode);
    }

    public Label statusLabel() {
        return status;
    }
}
