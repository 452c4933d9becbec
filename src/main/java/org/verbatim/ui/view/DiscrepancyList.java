package org.verbatim.ui.view;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.ui.viewmodel.DiscrepancyListViewModel;
import org.verbatim.ui.viewmodel.DiscrepancyRow;

/**
 * The discrepancy list with its search box and filters: columns as wide as their words, the versions column
 * taking the rest, every cell's whole text in its tooltip. Binds to a {@link DiscrepancyListViewModel}.
 */
final class DiscrepancyList extends VBox {

    private final DiscrepancyListViewModel model;
    private final TableView<DiscrepancyRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final List<TableColumn<DiscrepancyRow, ?>> fitted = new java.util.ArrayList<>();
    private final TableColumn<DiscrepancyRow, DiscrepancyRow> versions = versionsColumn();
    private boolean syncing;

    DiscrepancyList(DiscrepancyListViewModel model) {
        super(6);
        this.model = model;
        search.setId("search");
        search.setPromptText("Search (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(90);

        MenuButton kinds = filter("Kind", "filter-kind", model.kindFilter(), List.of(DiffKind.values()),
                DiffKind::plain);
        MenuButton severities = filter("Severity", "filter-severity", model.severityFilter(),
                List.of(Severity.values()), Severity::label);
        MenuButton statuses = filter("Status", "filter-status", model.statusFilter(),
                List.of(AnnotationStatus.values()), AnnotationStatus::label);
        MenuButton reports = new MenuButton("Report");
        reports.setId("filter-report");
        reports.getStyleClass().add("filter-button");
        reports.setMinWidth(Region.USE_PREF_SIZE);
        model.getReportIds().addListener((ListChangeListener<String>) c -> fillReports(reports));
        model.reportFilter().addListener((SetChangeListener<String>) c -> reports.setText(
                model.reportFilter().isEmpty() ? "Report" : "Report (" + model.reportFilter().size() + ")"));
        fillReports(reports);

        CheckBox cosmetic = new CheckBox("Cosmetic");
        cosmetic.setId("show-cosmetic");
        cosmetic.setMinWidth(Region.USE_PREF_SIZE);
        cosmetic.setTooltip(new Tooltip("Also list cosmetic differences: typography and punctuation"));
        cosmetic.selectedProperty().bindBidirectional(model.showCosmeticProperty());

        HBox bar = new HBox(6, search, kinds, severities, statuses, reports, cosmetic);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");

        table.setId("discrepancy-table");
        table.setItems(model.getRows());
        model.comparatorProperty().bind(table.comparatorProperty());
        Hyperlink clear = new Hyperlink("Clear the filters");
        clear.setOnAction(e -> model.clearFilters());
        VBox placeholder = new VBox(4, new Label("No discrepancies to show"), clear);
        placeholder.setAlignment(Pos.CENTER);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Group", DiscrepancyRow::group));
        table.getColumns().add(column("Speaker", DiscrepancyRow::speaker));
        table.getColumns().add(column("Kind", DiscrepancyRow::kind));
        table.getColumns().add(column("Severity", DiscrepancyRow::severity));
        table.getColumns().add(versions);
        table.getColumns().add(column("Status", DiscrepancyRow::statusWord));
        fitColumns();
        model.getAllRows().addListener((ListChangeListener<DiscrepancyRow>) c -> fitColumns());
        table.widthProperty().addListener((o, was, now) -> fitVersions());
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

        getChildren().addAll(bar, table, progress);
        setPadding(new Insets(6, 6, 4, 6));
        setMinWidth(300);
    }

    TableView<DiscrepancyRow> table() {
        return table;
    }

    TextField search() {
        return search;
    }

    // --------------------------------------------------------------------------------------- the columns

    /** Each column but the versions as wide as its widest word (header or cell), the versions the rest. */
    private void fitColumns() {
        Font font = Font.font(13);
        Font bold = Font.font(null, javafx.scene.text.FontWeight.BOLD, 13);
        for (TableColumn<DiscrepancyRow, ?> c : fitted) {
            double width = textWidth(c.getText(), bold) + 28; // the header's padding and sort arrow
            for (DiscrepancyRow row : model.getAllRows()) {
                Object value = c.getCellObservableValue(row) == null ? null : c.getCellObservableValue(row).getValue();
                if (value != null) {
                    width = Math.max(width, textWidth(value.toString(), font) + 16);
                }
            }
            c.setPrefWidth(Math.ceil(Math.min(width, 180)));
        }
        fitVersions();
    }

    private void fitVersions() {
        double others = fitted.stream().mapToDouble(TableColumn::getWidth).sum();
        double room = table.getWidth() - others - 20; // the vertical scroll bar and the borders
        versions.setPrefWidth(Math.max(160, room));
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private TableColumn<DiscrepancyRow, String> column(String title, Function<DiscrepancyRow, String> value) {
        TableColumn<DiscrepancyRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                DiscrepancyRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(empty || text == null ? null : new Tooltip(title.equals("Status") && row != null
                        ? row.status().label() : title.equals("Kind") && row != null
                        ? text + ": " + row.discrepancy().kind().description() : text));
            }
        });
        c.widthProperty().addListener((o, was, now) -> fitVersions());
        fitted.add(c);
        return c;
    }

    /** The readings, as {@link #inlineDiff} draws them. */
    private static TableColumn<DiscrepancyRow, DiscrepancyRow> versionsColumn() {
        TableColumn<DiscrepancyRow, DiscrepancyRow> c = new TableColumn<>("Versions");
        c.setPrefWidth(300);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator((x, y) -> x.change().compareTo(y.change()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DiscrepancyRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                HBox line = inlineDiff(row);
                Rectangle clip = new Rectangle();
                clip.widthProperty().bind(widthProperty().subtract(8));
                clip.heightProperty().bind(heightProperty());
                line.setClip(clip);
                setGraphic(line);
                setTooltip(new Tooltip(row.who()));
            }
        });
        return c;
    }

    /**
     * One line: the reference version's words struck through, an arrow, each other reading underlined, with
     * how many reports print it when more than one does. A translation is two readings side by side, neither
     * struck: one is not a deletion of the other.
     */
    static HBox inlineDiff(DiscrepancyRow row) {
        HBox line = new HBox();
        List<Discrepancy.Reading> readings = row.discrepancy().readings();
        boolean sideBySide = row.discrepancy().kind() == DiffKind.TRANSLATION;
        for (int i = 0; i < readings.size(); i++) {
            String words = readings.get(i).text();
            if (i > 0) {
                Text sep = new Text(sideBySide ? "  |  " : i == 1 ? "  \u2192  " : "  \u00B7  ");
                sep.getStyleClass().add("diff-arrow");
                line.getChildren().add(sep);
            }
            Text t = new Text(words.isEmpty() ? "(nothing)" : shorten(words));
            t.getStyleClass().add(words.isEmpty() ? "diff-none" : sideBySide ? "diff-reading"
                    : i == 0 ? "diff-old" : "diff-new");
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

    // --------------------------------------------------------------------------------------- the filters

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
        button.setMinWidth(Region.USE_PREF_SIZE);
        for (T v : values) {
            CheckMenuItem item = new CheckMenuItem(label.apply(v));
            item.setOnAction(e -> toggle(chosen, v, item.isSelected()));
            chosen.addListener((SetChangeListener<T>) c -> item.setSelected(chosen.contains(v)));
            button.getItems().add(item);
        }
        chosen.addListener((SetChangeListener<T>) c ->
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

    // ------------------------------------------------------------------------------------- the selection

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
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (i <= first || i >= last) {
            table.scrollTo(Math.max(0, i - 1));
        }
    }
}
