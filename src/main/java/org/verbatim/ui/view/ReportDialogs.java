package org.verbatim.ui.view;

import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.verbatim.core.model.ReportMeta;
import org.verbatim.ui.viewmodel.ReportsViewModel;

/**
 * The dialogs of the reports list: paste text, fetch a web address, edit a report's details, confirm a
 * removal. They only collect what the user types; {@link ReportsViewModel} checks it and does the work.
 */
final class ReportDialogs {

    private ReportDialogs() {}

    /** "Paste text…": the text and its title, outlet, date and address. Add stays off until there is text. */
    static Dialog<ReportsViewModel.Pasted> paste(Window owner, String prefilled) {
        Dialog<ReportsViewModel.Pasted> dialog = dialog(owner, "Paste a report",
                "Paste the article's text, and say where it was published", "paste-dialog");
        ButtonType add = new ButtonType("Add report", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);

        TextField title = field("paste-title", "Headline");
        TextField outlet = field("paste-outlet", "e.g. The Moscow Times");
        TextField date = field("paste-date", "e.g. 2015-09-15");
        TextField url = field("paste-url", "https://…");
        TextArea text = new TextArea(prefilled == null ? "" : prefilled);
        text.setId("paste-text");
        text.setPromptText("The article's text");
        text.setWrapText(true);
        text.setPrefRowCount(14);
        text.setPrefColumnCount(60);
        Label problem = new Label();
        problem.setId("paste-problem");
        problem.getStyleClass().add("dialog-problem");

        GridPane grid = form(new String[] {"Title", "Outlet", "Date", "Address"}, title, outlet, date, url);
        grid.add(new Label("Text"), 0, 4);
        grid.add(text, 1, 4);
        grid.add(problem, 1, 5);
        GridPane.setVgrow(text, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);

        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId("paste-add");
        Runnable check = () -> {
            String why = ReportsViewModel.pasteProblem(collect(text, title, outlet, date, url));
            addButton.setDisable(why != null);
            problem.setText(text.getText().isBlank() ? "" : why == null ? "" : why);
        };
        for (javafx.scene.control.TextInputControl c : new javafx.scene.control.TextInputControl[] {
                text, title, outlet, date, url}) {
            c.textProperty().addListener((o, was, now) -> check.run());
        }
        check.run();
        dialog.setResultConverter(b -> b == add ? collect(text, title, outlet, date, url) : null);
        Platform.runLater(text::requestFocus);
        return dialog;
    }

    private static ReportsViewModel.Pasted collect(TextArea text, TextField title, TextField outlet, TextField date,
                                                   TextField url) {
        return new ReportsViewModel.Pasted(text.getText(), title.getText(), outlet.getText(), date.getText(),
                url.getText());
    }

    /** "From a web address…": the address, checked as it is typed. */
    static Dialog<String> address(Window owner, ReportsViewModel model) {
        Dialog<String> dialog = dialog(owner, "Add a report from the web",
                "The article is fetched (for at most 15 seconds) and its text taken from the page", "address-dialog");
        ButtonType fetch = new ButtonType("Fetch", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(fetch, ButtonType.CANCEL);
        TextField url = field("address-field", "https://…");
        url.setPrefColumnCount(48);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        GridPane grid = form(new String[] {"Address"}, url);
        grid.add(problem, 1, 1);
        dialog.getDialogPane().setContent(grid);
        Button fetchButton = (Button) dialog.getDialogPane().lookupButton(fetch);
        url.textProperty().addListener((o, was, now) -> {
            String why = model.addressProblem(now);
            fetchButton.setDisable(why != null);
            problem.setText(now.isBlank() ? "" : why == null ? "" : why);
        });
        fetchButton.setDisable(true);
        dialog.setResultConverter(b -> b == fetch ? url.getText().strip() : null);
        Platform.runLater(url::requestFocus);
        return dialog;
    }

    /**
     * "Edit details…": title, outlet, date and address of a report, and the encoding its text was read in;
     * naming another encoding reads the file again in it.
     */
    static Dialog<ReportMeta> details(Window owner, ReportMeta now) {
        Dialog<ReportMeta> dialog = dialog(owner, "Report details",
                "Rename the report, or correct where and when it was published", "details-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField title = field("details-title", "Headline");
        TextField outlet = field("details-outlet", "Outlet");
        TextField date = field("details-date", "Date");
        TextField url = field("details-url", "https://…");
        TextField encoding = field("details-encoding", "as detected on import (windows-1251, KOI8-R, Shift_JIS, …)");
        encoding.setText(now.encoding() == null ? "" : now.encoding());
        title.setText(now.title() == null ? "" : now.title());
        outlet.setText(now.outlet() == null ? "" : now.outlet());
        date.setText(now.date() == null ? "" : now.date());
        url.setText(now.url() == null ? "" : now.url());
        title.setPrefColumnCount(40);
        dialog.getDialogPane().setContent(form(new String[] {"Title", "Outlet", "Date", "Address", "Encoding"},
                title, outlet, date, url, encoding));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new ReportMeta(title.getText(), outlet.getText(), date.getText(), url.getText(), now.author(),
                        encoding.getText()) : null);
        Platform.runLater(title::requestFocus);
        return dialog;
    }

    /** "Remove …?" — true when the user confirms. */
    static boolean confirmRemove(Window owner, String title) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL);
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().add(0, remove);
        alert.initOwner(owner);
        alert.setTitle("Remove a report");
        alert.setHeaderText("Remove \u201C" + title + "\u201D from the project?");
        alert.setContentText("Its annotations stay in the file. Edit → Undo (Ctrl+Z) brings the report back.");
        alert.getDialogPane().setId("remove-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == remove;
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header, String id) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        return dialog;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static GridPane form(String[] labels, TextField... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 4, 4, 4));
        for (int i = 0; i < fields.length; i++) {
            grid.add(new Label(labels[i]), 0, i);
            grid.add(fields[i], 1, i);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
        }
        return grid;
    }
}
