package org.verbatim.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.verbatim.ui.viewmodel.ReportPaneViewModel;
import org.verbatim.ui.viewmodel.ReportsViewModel;

/**
 * The side list of the project's reports: a check box shows or hides each pane; drag a report to reorder;
 * right click (or double click) to rename it, edit its details or remove it; "Add" takes files, pasted text
 * or a web address. Binds to {@link ReportsViewModel} and forwards what the user does.
 */
public final class ReportsList extends VBox {

    private static final String DRAG_PREFIX = "verbatim-report:";

    private final ReportsViewModel model;
    private final Supplier<Window> owner;
    private final ListView<ReportPaneViewModel> list;

    public ReportsList(ReportsViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        getStyleClass().add("reports-list");
        setId("reports-list");

        Label heading = new Label();
        heading.getStyleClass().add("reports-heading");
        heading.textProperty().bind(Bindings.size(model.getReports()).asString("Reports (%d)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        MenuButton add = new MenuButton("Add");
        add.setId("add-reports");
        add.getItems().addAll(
                AppMenuBar.item("Files…", this::chooseFiles, null),
                AppMenuBar.item("Paste text…", () -> paste(null), null),
                AppMenuBar.item("From a web address…", this::fetchAddress, null));
        HBox top = new HBox(8, heading, gap, add);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("reports-top");

        list = new ListView<>(model.getReports());
        list.setId("reports");
        list.setPlaceholder(new Label("No reports yet.\nAdd files, paste text or\ndrop files on the window."));
        list.setCellFactory(l -> new ReportCell());
        list.setOnKeyPressed(e -> {
            ReportPaneViewModel r = list.getSelectionModel().getSelectedItem();
            if (r != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                remove(r);
                e.consume();
            } else if (r != null && e.getCode() == KeyCode.F2) {
                editDetails(r);
                e.consume();
            } else if (r != null && e.getCode() == KeyCode.SPACE) {
                r.shownProperty().set(!r.shownProperty().get());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label hint = new Label("Drag to reorder · right click for more");
        hint.getStyleClass().add("reports-hint");
        getChildren().addAll(top, list, hint);
        setMinWidth(0);
        setPrefWidth(240);
    }

    /** "Files…": a chooser for every format the readers know (one filter for all, one each), several at once. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add reports");
        chooser.getExtensionFilters().addAll(filters(model.readableFormats()));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null) {
            model.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** "All reports" with every extension, then one filter per format, then "All files". */
    static List<FileChooser.ExtensionFilter> filters(List<org.verbatim.core.read.Readers.Format> formats) {
        List<FileChooser.ExtensionFilter> filters = new java.util.ArrayList<>();
        List<String> all = formats.stream().flatMap(f -> f.extensions().stream()).map(e -> "*." + e).toList();
        filters.add(new FileChooser.ExtensionFilter("All reports", all));
        for (org.verbatim.core.read.Readers.Format f : formats) {
            filters.add(new FileChooser.ExtensionFilter(f.name() + " (" + String.join(", ",
                    f.extensions().stream().map(e -> "*." + e).toList()) + ")",
                    f.extensions().stream().map(e -> "*." + e).toList()));
        }
        filters.add(new FileChooser.ExtensionFilter("All files", "*"));
        return filters;
    }

    /** "Paste text…", optionally with text already in it (text dropped on the window). */
    public void paste(String prefilled) {
        ReportDialogs.paste(owner.get(), prefilled).showAndWait().ifPresent(model::addPasted);
    }

    /** "From a web address…". */
    public void fetchAddress() {
        ReportDialogs.address(owner.get(), model).showAndWait().ifPresent(model::importAddress);
    }

    private void editDetails(ReportPaneViewModel r) {
        model.details(r.id(), now -> ReportDialogs.details(owner.get(), now).showAndWait().ifPresent(m -> {
            model.editDetails(r.id(), m.title(), m.outlet(), m.date(), m.url());
            if (m.encoding() != null && !m.encoding().isBlank() && !m.encoding().strip().equals(now.encoding())) {
                model.readAgainAs(r.id(), m.encoding());
            }
        }));
    }

    private void remove(ReportPaneViewModel r) {
        if (ReportDialogs.confirmRemove(owner.get(), r.getTitle())) {
            model.remove(r.id());
        }
    }

    /** Files dropped on the window are added; dropped text opens the paste dialog, a dropped address is fetched. */
    public void install(javafx.scene.Node target) {
        target.setOnDragOver(e -> {
            if (e.getGestureSource() == null && (e.getDragboard().hasFiles() || e.getDragboard().hasString())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            var board = e.getDragboard();
            boolean done = false;
            if (e.getGestureSource() == null && board.hasFiles()) {
                List<Path> files = board.getFiles().stream().map(File::toPath).toList();
                javafx.application.Platform.runLater(() -> model.importFiles(files));
                done = true;
            } else if (e.getGestureSource() == null && board.hasString()) {
                String text = board.getString();
                javafx.application.Platform.runLater(() -> {
                    if (model.addressProblem(text) == null && !text.strip().contains(" ")) {
                        model.importAddress(text);
                    } else {
                        paste(text);
                    }
                });
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** One report: its check box, title and outlet line; a drag source and drop target for reordering. */
    private final class ReportCell extends ListCell<ReportPaneViewModel> {

        private final CheckBox shown = new CheckBox();
        private final Label title = new Label();
        private final Label outlet = new Label();
        private final VBox text = new VBox(1, title, outlet);
        private final HBox box = new HBox(6, shown, text);
        private ReportPaneViewModel bound;

        ReportCell() {
            title.getStyleClass().add("reports-title");
            outlet.getStyleClass().add("reports-outlet");
            title.setMinWidth(0);
            outlet.setMinWidth(0);
            box.setAlignment(Pos.TOP_LEFT);
            shown.setTooltip(new Tooltip("Show this report's pane (it is compared either way)"));
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent c = new ClipboardContent();
                    c.putString(DRAG_PREFIX + getItem().id());
                    board.setContent(c);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof ReportCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                String s = e.getDragboard().getString();
                if (s != null && s.startsWith(DRAG_PREFIX)) {
                    int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                    model.move(s.substring(DRAG_PREFIX.length()), to);
                    e.setDropCompleted(true);
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    editDetails(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ReportPaneViewModel r, boolean empty) {
            super.updateItem(r, empty);
            if (bound != null) {
                shown.selectedProperty().unbindBidirectional(bound.shownProperty());
                bound = null;
            }
            title.textProperty().unbind();
            outlet.textProperty().unbind();
            if (empty || r == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            shown.selectedProperty().bindBidirectional(r.shownProperty());
            bound = r;
            title.textProperty().bind(r.titleProperty());
            outlet.textProperty().bind(r.outletLineProperty());
            setGraphic(box);
            setText(null);
            setTooltip(new Tooltip(r.getTitle() + "\n" + r.source()));
            MenuItem details = AppMenuBar.item("Rename or edit details…", () -> editDetails(r), null);
            MenuItem toggle = AppMenuBar.item(r.shownProperty().get() ? "Hide its pane" : "Show its pane",
                    () -> model.setShown(r.id(), !r.shownProperty().get()), null);
            MenuItem up = AppMenuBar.item("Move up", () -> model.move(r.id(), Math.max(0, getIndex() - 1)), null);
            MenuItem down = AppMenuBar.item("Move down", () -> model.move(r.id(), getIndex() + 1), null);
            MenuItem remove = AppMenuBar.item("Remove…", () -> remove(r), null);
            remove.setId("remove-report");
            setContextMenu(new ContextMenu(details, toggle, up, down, new SeparatorMenuItem(), remove));
        }
    }
}
