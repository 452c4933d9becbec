package org.verbatim.ui.classroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.verbatim.ui.viewmodel.StudentViewModel;
import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.Scoring;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.model.Span;
import org.verbatim.store.StudentMark;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.view.ReportPane;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;

/**
 * What a student sees of an exercise: the reports side by side (no engine highlights, their own marks
 * underlined), their marks, and "Check my answers". Binds to a {@link StudentViewModel}.
 */
public final class StudentView extends BorderPane {

    private final StudentViewModel model;
    private final List<ReportPane> panes;
    private final VBox results = new VBox(6);

    public StudentView(StudentViewModel model, TaskRunner runner) {
        this.model = model;
        getStyleClass().add("student-view");
        setId("student-view");

        Label title = new Label(model.title());
        title.getStyleClass().add("student-title");
        Label who = new Label("Your work, " + model.studentName() + " \u00B7 every mark is saved in "
                + model.file().getFileName());
        who.getStyleClass().add("student-who");
        Label instructions = new Label(model.instructions());
        instructions.setWrapText(true);
        instructions.getStyleClass().add("student-instructions");
        VBox top = new VBox(4, title, who, instructions);
        if (!model.hints().isEmpty()) {
            Label hints = new Label(String.join("\n", model.hints()));
            hints.setWrapText(true);
            TitledPane hintPane = new TitledPane("Hints", hints);
            hintPane.setExpanded(false);
            top.getChildren().add(hintPane);
        }
        top.setPadding(new Insets(10, 16, 8, 16));
        top.getStyleClass().add("student-top");
        setTop(top);

        HBox row = new HBox(12);
        row.getStyleClass().add("report-row");
        panes = model.getPanes().stream().map(p -> {
            ReportPane pane = new ReportPane(p, runner);
            pane.setMinWidth(0);
            HBox.setHgrow(pane, Priority.ALWAYS);
            return pane;
        }).toList();
        row.getChildren().setAll(panes);
        setCenter(row);
        setRight(buildSide());
    }

    private VBox buildSide() {
        Button mark = new Button("Mark a discrepancy\u2026");
        mark.setId("mark-discrepancy");
        mark.setMaxWidth(Double.MAX_VALUE);
        mark.setOnAction(e -> markSelection());
        Label how = new Label("Select words in one report (and their counterpart in another), then Mark.");
        how.setWrapText(true);
        how.getStyleClass().add("student-how");

        ListView<StudentMark> list = new ListView<>(model.getMarks());
        list.setId("student-marks");
        list.setPlaceholder(new Label("No marks yet"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StudentMark m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.kind() + ": \u201C" + m.textA() + "\u201D \u2192 "
                        + (m.missingThere() ? "missing in " + model.titleOf(m.reportB())
                        : "\u201C" + m.textB() + "\u201D") + (m.why().isBlank() ? "" : "\n" + m.why()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, m) -> showMark(m));
        Button edit = new Button("Edit\u2026");
        edit.setOnAction(e -> {
            StudentMark m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                describe("Edit the mark", m.kind(), m.why(), null).ifPresent(d -> model.edit(m, d.kind(), d.why()));
            }
        });
        Button remove = new Button("Remove");
        remove.setId("remove-mark");
        remove.setOnAction(e -> {
            StudentMark m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                model.remove(m);
            }
        });
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button undo = new Button("Undo");
        undo.setId("undo-mark");
        undo.setOnAction(e -> model.undo());

        Button check = new Button("Check my answers");
        check.setId("check-answers");
        check.setMaxWidth(Double.MAX_VALUE);
        check.getStyleClass().add("check-answers");
        check.disableProperty().bind(model.canCheckProperty().not());
        check.setOnAction(e -> check());
        Label problem = new Label();
        problem.setId("student-problem");
        problem.getStyleClass().add("review-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        model.scoreProperty().addListener((o, was, s) -> showScore(s));

        ScrollPane resultScroll = new ScrollPane(results);
        resultScroll.setFitToWidth(true);
        resultScroll.setPrefHeight(220);
        results.setId("check-results");
        results.setPadding(new Insets(4));

        VBox side = new VBox(8, mark, how, list, new HBox(6, edit, remove, undo), new Separator(), check, problem,
                resultScroll);
        side.setPadding(new Insets(10));
        side.setPrefWidth(320);
        side.setMinWidth(260);
        side.getStyleClass().add("student-side");
        return side;
    }

    /** Scrolls the two reports of a mark to its words and selects them. */
    private void showMark(StudentMark m) {
        if (m == null) {
            return;
        }
        for (ReportPane p : panes) {
            String id = p.model().id();
            Span s = id.equals(m.reportA()) ? m.spanA() : id.equals(m.reportB()) ? m.spanB() : null;
            p.model().focusProperty().set(null);
            p.model().focusProperty().set(s);
        }
    }

    /** What each pane has selected now. */
    private Map<String, Span> selections() {
        Map<String, Span> out = new HashMap<>();
        for (ReportPane p : panes) {
            var r = p.textArea().getSelection();
            if (r.getLength() > 0) {
                out.put(p.model().id(), new Span(r.getStart(), r.getEnd()));
            }
        }
        return out;
    }

    /** The pane the student selected in first: the focused one with a selection, else the first with one. */
    private ReportPane source() {
        return panes.stream().filter(p -> p.textArea().isFocused() && p.textArea().getSelection().getLength() > 0)
                .findFirst().orElse(panes.stream().filter(p -> p.textArea().getSelection().getLength() > 0)
                        .findFirst().orElse(null));
    }

    private void markSelection() {
        ReportPane from = source();
        if (from == null) {
            problemDialog("Select the words first", "Select words in one report, then choose Mark a discrepancy.");
            return;
        }
        var r = from.textArea().getSelection();
        Span span = new Span(r.getStart(), r.getEnd());
        List<StudentViewModel.Counterpart> others = model.counterparts(from.model().id(), selections());
        describe("Mark \u201C" + from.textArea().getSelectedText() + "\u201D in \u201C" + from.model().getTitle()
                + "\u201D", null, "", others).ifPresent(d -> model.mark(from.model().id(), span, d.counterpart(),
                d.kind(), d.why()));
    }

    /** What the student says about a mark. */
    record Description(StudentViewModel.Counterpart counterpart, DiffKind kind, String why) {}

    private Optional<Description> describe(String header, String kind, String why,
                                           List<StudentViewModel.Counterpart> others) {
        Dialog<Description> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Mark a discrepancy");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("mark-dialog");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ComboBox<StudentViewModel.Counterpart> counterpart = new ComboBox<>();
        counterpart.setId("mark-counterpart");
        ComboBox<DiffKind> kinds = new ComboBox<>();
        kinds.setId("mark-kind");
        kinds.getItems().setAll(StudentViewModel.KINDS);
        kinds.setCellFactory(l -> kindCell());
        kinds.setButtonCell(kindCell());
        kinds.getSelectionModel().select(kind == null ? DiffKind.WORD_SUBSTITUTED : DiffKind.valueOf(
                kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        TextArea reason = new TextArea(why);
        reason.setId("mark-why");
        reason.setPromptText("Why it matters");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        if (others != null) {
            counterpart.getItems().setAll(others);
            counterpart.getSelectionModel().select(0);
            grid.addRow(row++, new Label("Counterpart"), counterpart);
        }
        grid.addRow(row++, new Label("Kind"), kinds);
        grid.addRow(row, new Label("Why"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == save ? new Description(counterpart.getValue(), kinds.getValue(),
                reason.getText()) : null);
        return dialog.showAndWait();
    }

    private static ListCell<DiffKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DiffKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : k.label() + " \u2014 " + k.description());
            }
        };
    }

    private void check() {
        char[] password = null;
        if (model.needsPassword()) {
            Dialog<String> ask = new Dialog<>();
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            ask.setTitle("Check my answers");
            ask.setHeaderText("Your teacher's password for this exercise");
            ask.getDialogPane().setId("password-dialog");
            ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            PasswordField field = new PasswordField();
            field.setId("check-password");
            ask.getDialogPane().setContent(field);
            ask.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
            Optional<String> typed = ask.showAndWait();
            if (typed.isEmpty()) {
                return;
            }
            password = typed.get().toCharArray();
        }
        model.check(password);
    }

    private void showScore(Scoring.Score s) {
        results.getChildren().clear();
        if (s == null) {
            return;
        }
        Label summary = new Label(s.summary());
        summary.setId("check-summary");
        summary.getStyleClass().add("check-summary");
        summary.setWrapText(true);
        results.getChildren().add(summary);
        for (Scoring.Found f : s.found()) {
            results.getChildren().add(item("\u2714 Found" + (f.kindRight() ? "" : " (the key says "
                    + f.item().kind() + ")"), f.item(), "check-found"));
        }
        for (AnswerKey.Item m : s.missed()) {
            results.getChildren().add(item("\u2718 Missed", m, "check-missed"));
        }
        for (StudentMark x : s.extra()) {
            Label extra = new Label("+ Not in the key: \u201C" + x.textA() + "\u201D (" + x.kind() + ")");
            extra.setWrapText(true);
            extra.getStyleClass().add("check-extra");
            results.getChildren().add(extra);
        }
    }

    private Label item(String head, AnswerKey.Item item, String style) {
        Label l = new Label(head + ": \u201C" + (item.textA().isEmpty() ? item.textB() : item.textA()) + "\u201D in "
                + model.titleOf(item.reportA()) + "\n" + item.explanation());
        l.setWrapText(true);
        l.getStyleClass().addAll("check-item", style);
        return l;
    }

    private void problemDialog(String title, String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                text, ButtonType.OK);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.setHeaderText(title);
        a.show();
    }

    /** The report panes, for tests. */
    public List<ReportPane> reportPanes() {
        return panes;
    }
}
