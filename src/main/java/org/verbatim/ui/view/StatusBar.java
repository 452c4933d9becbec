package org.verbatim.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** The strip along the bottom: what is open (or what is happening) on the left, the mode on the right. */
public final class StatusBar extends HBox {

    private final Label status = new Label();

    public StatusBar(WorkbenchViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        status.getStyleClass().add("status-text");
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label mode = new Label();
        mode.setId("file-state");
        mode.textProperty().bind(model.fileStateProperty());
        mode.getStyleClass().add("status-mode");
        mode.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(status, gap, mode);
    }

    public Label statusLabel() {
        return status;
    }
}
