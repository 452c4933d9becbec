package org.verbatim.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.ui.viewmodel.AnnotationEditorViewModel;
import org.verbatim.ui.viewmodel.DiscrepancyRow;

/**
 * The annotation editor of the selected row: its status keys, category, tags, note and history. The note field
 * is bound to the editor's note as typed, which is saved when the row changes, the field is left or typing
 * pauses. Binds to an {@link AnnotationEditorViewModel}.
 */
final class AnnotationEditor extends ScrollPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final AnnotationEditorViewModel model;
    private final TextArea note = new TextArea();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField tags = new TextField();

    AnnotationEditor(AnnotationEditorViewModel model, ReadOnlyObjectProperty<DiscrepancyRow> selected) {
        this.model = model;
        Label heading = new Label();
        heading.setId("editor-heading");
        heading.getStyleClass().add("editor-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            DiscrepancyRow r = selected.get();
            return r == null ? "Select a discrepancy (J / K)" : r.kind() + " \u00B7 " + r.change();
        }, selected));
        heading.setWrapText(true);

        FlowPane statuses = new FlowPane(6, 6);
        int key = 1;
        for (AnnotationStatus s : AnnotationStatus.values()) {
            Button b = new Button(key++ + "  " + DiscrepancyRow.statusWord(s));
            b.setTooltip(new Tooltip(s.label() + " (key " + (key - 1) + ")"));
            b.getStyleClass().addAll("status-button", "status-" + s.key());
            b.setId("status-" + s.key());
            b.setOnAction(e -> model.setStatus(s));
            b.disableProperty().bind(selected.isNull());
            selected.addListener((o, was, now) -> b.pseudoClassStateChanged(CURRENT, now != null && now.status() == s));
            statuses.getChildren().add(b);
        }

        category.setId("annotation-category");
        category.setEditable(true);
        category.setPromptText("Category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.disableProperty().bind(selected.isNull());
        category.setOnShowing(e -> category.getItems().setAll(model.knownCategories()));
        category.setOnAction(e -> model.setCategory(category.getEditor().getText()));
        category.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.setCategory(category.getEditor().getText());
            }
        });
        tags.setId("annotation-tags");
        tags.setPromptText("Tags, separated by commas");
        tags.disableProperty().bind(selected.isNull());
        tags.setOnAction(e -> model.setTags(tags.getText()));
        tags.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.setTags(tags.getText());
            }
        });
        model.annotationProperty().addListener((o, was, a) -> {
            category.getEditor().setText(a == null || a.category() == null ? "" : a.category());
            tags.setText(a == null ? "" : String.join(", ", a.tags()));
        });

        note.setId("annotation-note");
        note.setPromptText("Note: why it matters, what you checked (saved as you type)");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.disableProperty().bind(selected.isNull());
        note.textProperty().bindBidirectional(model.noteTextProperty());
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commitPendingNote();
            }
        });

        Button save = new Button("Save note");
        save.setId("save-note");
        save.setOnAction(e -> model.commitPendingNote());
        save.disableProperty().bind(selected.isNull());

        ListView<HistoryEntry> history = new ListView<>(model.getHistory());
        history.setId("annotation-history");
        history.getStyleClass().add("annotation-history");
        history.setPrefHeight(96);
        history.setMinHeight(72);
        history.setPlaceholder(new Label("No changes yet"));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : AnnotationEditorViewModel.describe(h));
                setTooltip(empty || h == null ? null : new Tooltip(AnnotationEditorViewModel.describe(h)));
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);

        Label problem = new Label();
        problem.getStyleClass().add("review-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        HBox fields = new HBox(6, category, tags);
        HBox.setHgrow(category, Priority.ALWAYS);
        HBox.setHgrow(tags, Priority.ALWAYS);
        VBox editor = new VBox(6, heading, statuses, fields, note, save, history, problem);
        editor.setAlignment(Pos.TOP_LEFT);
        editor.setPadding(new Insets(8, 10, 8, 10));
        editor.getStyleClass().add("annotation-editor");
        setContent(editor);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("annotation-editor-scroll");
        setMinWidth(250);
    }

    /** Saves what is being typed in the editor (before a key moves the selection away). */
    void commitNote() {
        model.commitPendingNote();
        if (tags.isFocused()) {
            model.setTags(tags.getText());
        }
    }

    /** True while the user types in one of the editor's fields. */
    boolean isTyping() {
        return note.isFocused() || tags.isFocused() || category.getEditor().isFocused();
    }
}
