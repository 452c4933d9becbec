package org.verbatim.ui.view;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.store.AnnotationStatus;
import org.verbatim.ui.viewmodel.DiscrepancyRow;
import org.verbatim.ui.viewmodel.ReviewViewModel;

/**
 * The discrepancy list with its annotation editor beside it. Binds to a {@link ReviewViewModel} and forwards
 * what the user does; the keys (J/K, F8, 1–5, Ctrl+Z) are handled by {@link MainWindow}.
 */
public final class ReviewPanel extends SplitPane {

    private final ReviewViewModel model;
    private final TableView<DiscrepancyRow> table = new TableView<>();
    private final TextArea note = new TextArea();
    private boolean syncing;

    public ReviewPanel(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("review-panel");
        getItems().addAll(buildTable(), buildEditor());
        setDividerPositions(0.68);
    }

    private TableView<DiscrepancyRow> buildTable() {
        table.setId("discrepancy-table");
        table.setItems(model.getRows());
        table.setPlaceholder(new Label("No discrepancies"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Group", 60, DiscrepancyRow::group));
        table.getColumns().add(column("Speaker", 130, DiscrepancyRow::speaker));
        table.getColumns().add(column("Kind", 120, DiscrepancyRow::kind));
        table.getColumns().add(column("Severity", 95, DiscrepancyRow::severity));
        table.getColumns().add(column("Versions", 330, DiscrepancyRow::change));
        table.getColumns().add(column("Status", 150, r -> r.status().label()));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DiscrepancyRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-cosmetic", "row-reviewed");
                if (!empty && row != null) {
                    if (row.discrepancy().severity() == org.verbatim.core.diff.Severity.COSMETIC) {
                        getStyleClass().add("row-cosmetic");
                    }
                    if (row.status() != AnnotationStatus.UNREVIEWED) {
                        getStyleClass().add("row-reviewed");
                    }
                    setTooltip(new Tooltip(row.versionA() + " \u2192 " + row.versionB()));
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing) {
                model.select(index.intValue());
            }
        });
        model.selectedIndexProperty().addListener((obs, old, index) -> {
            syncing = true;
            try {
                int i = index.intValue();
                if (i < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 2));
                }
            } finally {
                syncing = false;
            }
        });
        model.getRows().addListener((ListChangeListener<DiscrepancyRow>) c -> {
            int i = model.selectedIndexProperty().get();
            if (i >= 0) {
                syncing = true;
                table.getSelectionModel().select(i);
                syncing = false;
            }
        });
        return table;
    }

    private static TableColumn<DiscrepancyRow, String> column(String title, double width,
                                                             java.util.function.Function<DiscrepancyRow, String> value) {
        TableColumn<DiscrepancyRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private VBox buildEditor() {
        Label heading = new Label();
        heading.getStyleClass().add("editor-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            DiscrepancyRow r = model.selectedProperty().get();
            return r == null ? "Select a discrepancy (J / K)" : r.kind() + " \u00B7 " + r.change();
        }, model.selectedProperty()));
        heading.setWrapText(true);

        FlowPane statuses = new FlowPane(6, 6);
        int key = 1;
        for (AnnotationStatus s : AnnotationStatus.values()) {
            Button b = new Button(key++ + "  " + s.label());
            b.getStyleClass().addAll("status-button", "status-" + s.key());
            b.setId("status-" + s.key());
            b.setOnAction(e -> model.setStatus(s));
            b.disableProperty().bind(model.selectedProperty().isNull());
            statuses.getChildren().add(b);
        }

        note.setId("annotation-note");
        note.setPromptText("Note: why it matters, what you checked");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.disableProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, row) -> note.setText(row == null ? "" : row.note()));
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.setNote(note.getText());
            }
        });
        VBox.setVgrow(note, Priority.ALWAYS);

        Button save = new Button("Save note");
        save.setId("save-note");
        save.setOnAction(e -> model.setNote(note.getText()));
        save.disableProperty().bind(model.selectedProperty().isNull());

        Label progress = new Label();
        progress.getStyleClass().add("review-progress");
        progress.textProperty().bind(model.progressProperty());
        Label problem = new Label();
        problem.getStyleClass().add("review-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);

        VBox editor = new VBox(8, heading, statuses, note, save, progress, problem);
        editor.setAlignment(Pos.TOP_LEFT);
        editor.setPadding(new Insets(10));
        editor.getStyleClass().add("annotation-editor");
        editor.setMinWidth(260);
        return editor;
    }

    /** The table, for focus and tests. */
    public TableView<DiscrepancyRow> table() {
        return table;
    }

    /** Saves the note being typed (before a key moves the selection away). */
    public void commitNote() {
        if (note.isFocused()) {
            model.setNote(note.getText());
        }
    }

    public boolean isTyping() {
        return note.isFocused();
    }
}
