package org.verbatim.ui.view;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import org.verbatim.ui.viewmodel.UserMessage;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** Shows the workbench's {@link UserMessage}s as dialogs over the window. */
final class MessageDialogs {

    private MessageDialogs() {}

    /** From now on, each message the model raises opens a dialog owned by {@code owner}'s window. */
    static void install(WorkbenchViewModel model, javafx.scene.Node owner) {
        model.messageProperty().addListener((obs, old, message) -> {
            if (message != null) {
                model.messageProperty().set(null);
                // not during the pulse that raised it: a dialog may not open inside layout or an animation
                Platform.runLater(() -> show(owner.getScene() == null ? null : owner.getScene().getWindow(), message));
            }
        });
    }

    static Alert show(Window owner, UserMessage message) {
        Alert alert = new Alert(message.error() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, "",
                ButtonType.OK);
        alert.setTitle(message.title());
        alert.setHeaderText(message.title());
        Label detail = new Label(message.detail());
        detail.setWrapText(true);
        detail.setId("message-detail");
        detail.setMaxWidth(520);
        alert.getDialogPane().setContent(detail);
        alert.getDialogPane().setId(message.error() ? "error-dialog" : "info-dialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }
}
