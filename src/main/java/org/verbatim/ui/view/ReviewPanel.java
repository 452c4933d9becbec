package org.verbatim.ui.view;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.ui.viewmodel.AlignmentTable;
import org.verbatim.ui.viewmodel.DiscrepancyRow;
import org.verbatim.ui.viewmodel.ReviewViewModel;

/**
 * Below the reports: the discrepancy list with its filters and search, the inspector of the selected
 * discrepancy's quote group (collation table, attributions side by side) and the annotation editor.
 * Binds to a {@link ReviewViewModel} and forwards what the user does; the keys (J/K, F8, 1–5, Ctrl+Z,
 * Ctrl+F) are handled by {@link MainWindow}.
 */
public final class ReviewPanel extends SplitPane {

    private final ReviewViewModel model;
    private final TableView<DiscrepancyRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final TextArea note = new TextArea();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField tags = new TextField();
    private final TabPane inspector = new TabPane();
    private boolean syncing;

    public ReviewPanel(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("review-panel");
        getItems().addAll(buildList(), buildInspector(), buildEditor());
        setDividerPositions(0.47, 0.74);
    }

    // ---------------------------------------------------------------------------------------- the list

    private VBox buildList() {
        search.setId("search");
        search.setPromptText("Search (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(90);

        MenuButton kinds = filter("Kind", "filter-kind", model.kindFilter(), List.of(DiffKind.values()),
                DiffKind::label);
        MenuButton severities = filter("Severity", "filter-severity", model.severityFilter(),
                List.of(Severity.values()), Severity::label);
        MenuButton statuses = filter("Status", "filter-status", model.statusFilter(),
                List.of(AnnotationStatus.values()), AnnotationStatus::label);
        MenuButton reports = new MenuButton("Report");
        reports.setId("filter-report");
        reports.getStyleClass().add("filter-button");
        model.getReportIds().addListener((ListChangeListener<String>) c -> fillReports(reports));
        fillReports(reports);

        CheckBox cosmetic = new CheckBox("Cosmetic");
        cosmetic.setId("show-cosmetic");
        cosmetic.setTooltip(new Tooltip("Also list cosmetic differences: typography and punctuation"));
        cosmetic.selectedProperty().bindBidirectional(model.showCosmeticProperty());

        HBox bar = new HBox(6, search, kinds, severities, statuses, reports, cosmetic);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");

        table.setId("discrepancy-table");
        table.setItems(model.getRows());
        model.comparatorProperty().bind(table.comparatorProperty());
        Hyperlink clear = new Hyperlink("Clear the filters");
        clear.setOnAction(e -> {
            model.searchProperty().set("");
            model.kindFilter().clear();
            model.severityFilter().clear();
            model.statusFilter().clear();
            model.reportFilter().clear();
        });
        table.setPlaceholder(new VBox(4, new Label("No discrepancies to show"), clear) {{
            setAlignment(Pos.CENTER);
        }});
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Group", 58, DiscrepancyRow::group));
        table.getColumns().add(column("Speaker", 100, DiscrepancyRow::speaker));
        table.getColumns().add(column("Kind", 104, DiscrepancyRow::kind));
        table.getColumns().add(column("Severity", 92, DiscrepancyRow::severity));
        table.getColumns().add(versionsColumn());
        table.getColumns().add(column("Status", 110, r -> r.status().label()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiscrepancyRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-cosmetic", "row-reviewed");
                if (!empty && row != null) {
                    if (row.discrepancy().severity() == Severity.COSMETIC) {
                        getStyleClass().add("row-cosmetic");
                    }
                    if (row.status() != AnnotationStatus.UNREVIEWED) {
                        getStyleClass().add("row-reviewed");
                    }
                    setTooltip(new Tooltip(row.who()));
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing) {
                model.select(index.intValue());
            }
        });
        model.selectedIndexProperty().addListener((obs, old, index) -> syncSelection(index.intValue()));
        model.getRows().addListener((ListChangeListener<DiscrepancyRow>) c ->
                syncSelection(model.selectedIndexProperty().get()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label progress = new Label();
        progress.setId("review-count");
        progress.getStyleClass().add("review-progress");
        progress.textProperty().bind(model.progressProperty());

        VBox box = new VBox(6, bar, table, progress);
        box.setPadding(new Insets(6, 6, 4, 6));
        box.setMinWidth(300);
        return box;
    }

    private void syncSelection(int i) {
        syncing = true;
        try {
            if (i < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(i);
                scrollIntoView(i);
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls the list only when row {@code i} is out of sight, keeping a row of context above it. */
    private void scrollIntoView(int i) {
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (i <= first || i >= last) {
            table.scrollTo(Math.max(0, i - 1));
        }
    }

    private void fillReports(MenuButton button) {
        button.getItems().clear();
        for (String id : model.getReportIds()) {
            CheckMenuItem item = new CheckMenuItem(model.reportTitle(id));
            item.setSelected(model.reportFilter().contains(id));
            item.setOnAction(e -> toggle(model.reportFilter(), id, item.isSelected()));
            button.getItems().add(item);
        }
    }

    private static <T> MenuButton filter(String title, String id, ObservableSet<T> chosen, List<T> values,
                                         Function<T, String> label) {
        MenuButton button = new MenuButton(title);
        button.setId(id);
        button.getStyleClass().add("filter-button");
        for (T v : values) {
            CheckMenuItem item = new CheckMenuItem(label.apply(v));
            item.setOnAction(e -> toggle(chosen, v, item.isSelected()));
            chosen.addListener((javafx.collections.SetChangeListener<T>) c -> item.setSelected(chosen.contains(v)));
            button.getItems().add(item);
        }
        chosen.addListener((javafx.collections.SetChangeListener<T>) c ->
                button.setText(chosen.isEmpty() ? title : title + " (" + chosen.size() + ")"));
        return button;
    }

    private static <T> void toggle(ObservableSet<T> set, T value, boolean on) {
        if (on) {
            set.add(value);
        } else {
            set.remove(value);
        }
    }

    private static TableColumn<DiscrepancyRow, String> column(String title, double width,
                                                             Function<DiscrepancyRow, String> value) {
        TableColumn<DiscrepancyRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** The two versions' words: struck where the reference has them, underlined where the other has them. */
    private static TableColumn<DiscrepancyRow, DiscrepancyRow> versionsColumn() {
        TableColumn<DiscrepancyRow, DiscrepancyRow> c = new TableColumn<>("Versions");
        c.setPrefWidth(300);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator((x, y) -> x.change().compareTo(y.change()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DiscrepancyRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                setText(null);
                HBox line = inlineDiff(row);
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(widthProperty().subtract(8));
                clip.heightProperty().bind(heightProperty());
                line.setClip(clip);
                setGraphic(line);
            }
        });
        return c;
    }

    /**
     * One line: the reference version's words struck through, an arrow, each other reading underlined, with
     * how many reports print it when more than one does.
     */
    static HBox inlineDiff(DiscrepancyRow row) {
        HBox line = new HBox();
        List<Discrepancy.Reading> readings = row.discrepancy().readings();
        for (int i = 0; i < readings.size(); i++) {
            String words = readings.get(i).text();
            if (i > 0) {
                Text sep = new Text(i == 1 ? "  \u2192  " : "  \u00B7  ");
                sep.getStyleClass().add("diff-arrow");
                line.getChildren().add(sep);
            }
            Text t = new Text(words.isEmpty() ? "(nothing)" : shorten(words));
            t.getStyleClass().add(words.isEmpty() ? "diff-none" : i == 0 ? "diff-old" : "diff-new");
            line.getChildren().add(t);
            int n = row.reports().get(i).size();
            if (n > 1) {
                Text count = new Text(" \u00D7" + n);
                count.getStyleClass().add("diff-count");
                line.getChildren().add(count);
            }
        }
        line.getStyleClass().add("inline-diff");
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        return line;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 70 ? t.substring(0, 69) + "\u2026" : t;
    }

    // ----------------------------------------------------------------------------------- the inspector

    private TabPane buildInspector() {
        inspector.setId("inspector");
        inspector.getStyleClass().add("inspector");
        inspector.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inspector.setMinWidth(220);

        GridPane grid = new GridPane();
        grid.setId("alignment-table");
        grid.getStyleClass().add("alignment-table");
        ScrollPane alignment = new ScrollPane(grid);
        alignment.setFitToHeight(false);
        alignment.getStyleClass().add("alignment-scroll");
        model.alignmentProperty().addListener((obs, old, t) -> fillAlignment(grid, t));
        fillAlignment(grid, model.alignmentProperty().get());

        GridPane who = new GridPane();
        who.setId("attribution-table");
        who.getStyleClass().add("attribution-table");
        model.getAttributions().addListener((ListChangeListener<ReviewViewModel.AttributionRow>) c -> fillWho(who));
        ScrollPane whoScroll = new ScrollPane(who);
        whoScroll.getStyleClass().add("alignment-scroll");

        inspector.getTabs().addAll(new Tab("Alignment", alignment), new Tab("Who said it", whoScroll));
        return inspector;
    }

    private static void fillAlignment(GridPane grid, AlignmentTable t) {
        grid.getChildren().clear();
        if (t.rows().isEmpty()) {
            Label none = new Label("Select a discrepancy to see its quote in every report, aligned word by word.");
            none.setWrapText(true);
            none.getStyleClass().add("inspector-empty");
            grid.add(none, 0, 0);
            return;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Label name = new Label(t.rows().get(r));
            name.getStyleClass().add("alignment-report");
            name.setMaxWidth(120);
            name.setTooltip(new Tooltip(t.rows().get(r)));
            grid.add(name, 0, r);
            for (int c = 0; c < t.columns().size(); c++) {
                AlignmentTable.Column col = t.columns().get(c);
                String reading = col.readings().get(r);
                Label cell;
                if (reading == null) {
                    // this version does not print this part of the quote
                    cell = new Label("");
                    cell.getStyleClass().add("alignment-absent");
                } else {
                    cell = new Label(reading.isEmpty() ? "\u2014" : col.variant() ? reading : elide(reading));
                    if (!col.variant() && !reading.equals(cell.getText())) {
                        cell.setTooltip(new Tooltip(reading));
                    }
                    cell.getStyleClass().add(col.variant() ? "alignment-variant" : "alignment-same");
                    if (col.variant() && reading.isEmpty()) {
                        cell.getStyleClass().add("alignment-missing");
                    }
                }
                if (col.selected()) {
                    cell.getStyleClass().add("alignment-selected");
                }
                cell.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(cell, c + 1, r);
            }
        }
    }

    /** A long stretch every version shares, cut to its first and last words so the variants stay in view. */
    static String elide(String same) {
        String[] words = same.strip().split("\\s+");
        if (words.length <= 6) {
            return same;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, 2)) + " \u2026 "
                + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 3, words.length));
    }

    private void fillWho(GridPane grid) {
        grid.getChildren().clear();
        String[] heads = {"Report", "Speaker", "Verb"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("attribution-head");
            grid.add(h, i, 0);
        }
        int row = 1;
        for (ReviewViewModel.AttributionRow a : model.getAttributions()) {
            Label report = new Label(a.report());
            report.setMaxWidth(170);
            report.setTooltip(new Tooltip(a.quote()));
            grid.add(report, 0, row);
            grid.add(new Label(a.speaker()), 1, row);
            grid.add(new Label(a.verb().isEmpty() ? "\u2014" : a.verb()), 2, row);
            row++;
        }
    }

    // ------------------------------------------------------------------------------------- the editor

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
            model.selectedProperty().addListener((o, was, now) -> b.pseudoClassStateChanged(CURRENT,
                    now != null && now.status() == s));
            statuses.getChildren().add(b);
        }

        category.setId("annotation-category");
        category.setEditable(true);
        category.setPromptText("Category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.disableProperty().bind(model.selectedProperty().isNull());
        category.setOnShowing(e -> category.getItems().setAll(model.knownCategories()));
        category.setOnAction(e -> model.setCategory(category.getEditor().getText()));
        category.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.setCategory(category.getEditor().getText());
            }
        });
        tags.setId("annotation-tags");
        tags.setPromptText("Tags, separated by commas");
        tags.disableProperty().bind(model.selectedProperty().isNull());
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
        note.setPromptText("Note: why it matters, what you checked");
        note.setWrapText(true);
        note.setPrefRowCount(3);
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

        ListView<HistoryEntry> history = new ListView<>(model.getHistory());
        history.setId("annotation-history");
        history.getStyleClass().add("annotation-history");
        history.setPrefHeight(64);
        history.setPlaceholder(new Label("No changes yet"));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.at().replace('T', ' ').replaceFirst("\\..*", "") + "  "
                        + h.author() + ": " + h.field() + " " + (h.oldValue() == null ? "" : "\u201C" + h.oldValue()
                        + "\u201D ") + "\u2192 \u201C" + (h.newValue() == null ? "" : h.newValue()) + "\u201D");
            }
        });

        Label problem = new Label();
        problem.getStyleClass().add("review-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        VBox editor = new VBox(6, heading, statuses, new HBox(6, category, tags) {{
            HBox.setHgrow(category, Priority.ALWAYS);
            HBox.setHgrow(tags, Priority.ALWAYS);
        }}, note, save, history, problem);
        editor.setAlignment(Pos.TOP_LEFT);
        editor.setPadding(new Insets(8, 10, 8, 10));
        editor.getStyleClass().add("annotation-editor");
        editor.setMinWidth(250);
        return editor;
    }

    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current");

    /** The table, for focus and tests. */
    public TableView<DiscrepancyRow> table() {
        return table;
    }

    /** Ctrl+F: puts the cursor in the search box with its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Saves what is being typed in the editor (before a key moves the selection away). */
    public void commitNote() {
        if (note.isFocused()) {
            model.setNote(note.getText());
        }
        if (tags.isFocused()) {
            model.setTags(tags.getText());
        }
    }

    /** True while the user types in the search box or the editor: letters and digits are theirs then. */
    public boolean isTyping() {
        return note.isFocused() || search.isFocused() || tags.isFocused() || category.getEditor().isFocused();
    }
}
