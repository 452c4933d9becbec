package org.verbatim.ui.view;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.verbatim.core.model.Span;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The window's content: the menus and the story's title on top; the reports list at the left, the reports
 * side by side with the discrepancy list below them; the status bar at the bottom. With no project open,
 * the welcome screen takes the middle; while one opens, a notice does.
 */
public final class WorkbenchView extends BorderPane {

    /** Below this width the window is laid out for a laptop: the reports list folds away. */
    public static final double COMPACT_WIDTH = 1500;

    private final WorkbenchViewModel model;
    private final PaneStrip strip;
    private final ReviewPanel review;
    private final AppMenuBar menu;
    private final StackPane side = new StackPane();
    private final SplitPane body;
    private final SplitPane mainSplit;
    private final ShellActions actions;
    private StackPane layers;

    public WorkbenchView(WorkbenchViewModel model, TaskRunner runner, ShellActions actions) {
        this.model = model;
        this.actions = actions;
        getStyleClass().add("workbench");

        menu = new AppMenuBar(actions, this::excludeSelection, this::includeSelection);
        setTop(new VBox(menu, buildStoryBar()));

        strip = new PaneStrip(model.getPanes(), runner);
        strip.setActions(new ReportPane.Actions() {
            @Override
            public void clicked(String reportId, int offset) {
                model.revealCounterparts(reportId, offset);
            }

            @Override
            public void exclude(String reportId, Span span) {
                excludeSpan(reportId, span);
            }

            @Override
            public void include(String reportId, Span span) {
                includeSpan(reportId, span);
            }

            @Override
            public void jump(String reportId, int offset) {
                model.jumpTo(reportId, offset);
            }
        });
        strip.setCorrections(new org.verbatim.ui.viewmodel.CorrectionsViewModel(model));
        strip.textSizeProperty().bind(Bindings.createDoubleBinding(
                () -> model.settingsProperty().get().textSize(), model.settingsProperty()));

        review = new ReviewPanel(model.review());
        strip.setFocusNeighbours(() -> focusFirstIn(side.isVisible() && side.getScene() != null ? side : review),
                () -> focusFirstIn(review));
        mainSplit = new SplitPane(buildCentre(), review);
        mainSplit.setOrientation(Orientation.VERTICAL);
        mainSplit.setDividerPositions(model.settingsProperty().get().panesDivider());
        mainSplit.getStyleClass().add("workbench-split");
        SplitPane.setResizableWithParent(review, false);

        side.getStyleClass().add("side-panel");
        side.setMinWidth(0);
        body = new SplitPane(mainSplit);
        body.getStyleClass().add("body-split");
        menu.sideListItem().selectedProperty().addListener((obs, was, shown) -> placeSide());

        WelcomeView welcome = new WelcomeView(actions);
        welcome.visibleProperty().bind(model.hasProjectProperty().not().and(model.loadingProperty().not())
                .and(model.studentProperty().isNull()));
        body.visibleProperty().bind(model.hasProjectProperty());
        layers = new StackPane(body, buildLoadingNotice(), welcome);
        setCenter(layers);
        setBottom(new StatusBar(model));

        widthProperty().addListener((obs, old, w) -> fitToWidth(w.doubleValue()));
        // a project with no reports yet opens the reports list, where they are added, whatever the width
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && model.hasProjectProperty().get() && model.getPanes().isEmpty()) {
                menu.sideListItem().setSelected(true);
            }
        });
        model.review().focusProperty().addListener((obs, old, focus) -> showFocusedReport(focus.keySet()));
        MessageDialogs.install(model, this);
    }

    /**
     * Puts {@code layer} over the reports and under the notices (a student's work, shown in place of the
     * workbench); it shows itself when it has something to show.
     */
    public void addLayer(Node layer) {
        layers.getChildren().add(1, layer);
    }

    /** Puts the reports list (or any side panel) at the left of the window. */
    public void setSidePanel(Node panel) {
        side.getChildren().setAll(panel);
        placeSide();
    }

    private void placeSide() {
        boolean show = menu.sideListItem().isSelected() && !side.getChildren().isEmpty();
        if (show && !body.getItems().contains(side)) {
            body.getItems().add(0, side);
            SplitPane.setResizableWithParent(side, false);
            body.setDividerPositions(Math.min(0.25, 250 / Math.max(1, getWidth())));
        } else if (!show) {
            body.getItems().remove(side);
        }
    }

    /** On a laptop-sized window the reports list folds away at first; the user can open it from View. */
    private boolean fitted;

    private void fitToWidth(double width) {
        if (!fitted && width > 0) {
            fitted = true;
            if (width < COMPACT_WIDTH) {
                menu.sideListItem().setSelected(false);
            }
        }
    }

    private HBox buildStoryBar() {
        Label title = new Label();
        title.getStyleClass().add("story-title");
        title.setId("story-title");
        title.textProperty().bind(Bindings.when(model.storyTitleProperty().isEmpty())
                .then("Verbatim").otherwise(model.storyTitleProperty()));
        title.setMinWidth(0);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label kind = new Label("Built-in sample · not saved yet");
        kind.getStyleClass().add("story-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.visibleProperty().bind(model.temporaryProperty());
        Button save = new Button("Save as…");
        save.setId("save-sample");
        save.getStyleClass().add("story-save");
        save.setOnAction(e -> actions.saveAs());
        save.visibleProperty().bind(model.temporaryProperty());
        save.managedProperty().bind(save.visibleProperty());

        HBox bar = new HBox(title, gap, kind, save);
        bar.getStyleClass().add("story-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private StackPane buildCentre() {
        Label empty = new Label("This project has no reports yet. Add some from the reports list or by "
                + "dropping files here.");
        empty.getStyleClass().add("notice-text");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.visibleProperty().bind(Bindings.isEmpty(model.getPanes()).and(model.loadingProperty().not()));
        StackPane centre = new StackPane(strip, empty);
        centre.getStyleClass().add("report-area");
        return centre;
    }

    private VBox buildLoadingNotice() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("loading-indicator");
        spinner.progressProperty().bind(model.progressProperty());
        Label loadingText = new Label();
        loadingText.textProperty().bind(model.statusProperty());
        loadingText.getStyleClass().add("notice-text");
        VBox loading = new VBox(spinner, loadingText);
        loading.getStyleClass().add("notice");
        loading.setId("loading-notice");
        loading.setAlignment(Pos.CENTER);
        loading.setMouseTransparent(true);
        loading.visibleProperty().bind(model.loadingProperty().and(model.hasProjectProperty().not()));
        return loading;
    }

    private void excludeSelection() {
        withSelection("Exclude from comparison", this::excludeSpan);
    }

    private void includeSelection() {
        withSelection("Include selection again", this::includeSpan);
    }

    /** Runs {@code action} on the selected text of a pane, or says that something must be selected first. */
    private void withSelection(String command, java.util.function.BiConsumer<String, Span> action) {
        ReportPane pane = focusedPane();
        if (pane != null && pane.textArea().getSelection().getLength() > 0) {
            var r = pane.textArea().getSelection();
            action.accept(pane.model().id(), new Span(r.getStart(), r.getEnd()));
        } else {
            model.messageProperty().set(org.verbatim.ui.viewmodel.UserMessage.info("Nothing selected",
                    "Select text in a report first, then choose " + command + "."));
        }
    }

    private void excludeSpan(String reportId, Span span) {
        model.change("Excluding text from the comparison", store -> {
            store.exclude(reportId, span);
            return null;
        });
    }

    private void includeSpan(String reportId, Span span) {
        model.change("Including text in the comparison again", store -> {
            if (!store.unexclude(reportId, span)) {
                store.include(reportId, span); // text the clutter rules left out
            }
            return null;
        });
    }

    /** The pane whose text has the keyboard focus, or else the one last clicked, or null. */
    private ReportPane focusedPane() {
        for (ReportPane p : strip.panes()) {
            if (p.textArea().isFocused() || p.textArea().getSelection().getLength() > 0) {
                return p;
            }
        }
        return null;
    }

    /** Focuses the first control in {@code area} that takes the keyboard: the discrepancy list's search box, say. */
    private static void focusFirstIn(javafx.scene.Parent area) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(area));
        while (!todo.isEmpty()) {
            Node n = todo.removeFirst();
            if (n != area && n.isFocusTraversable() && n.isVisible() && !n.isDisabled()) {
                n.requestFocus();
                return;
            }
            if (n instanceof javafx.scene.Parent p) {
                List<Node> children = p.getChildrenUnmodifiable();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.addFirst(children.get(i));
                }
            }
        }
    }

    /** When no report of the selection is on screen, scrolls the strip to the first that has it. */
    private void showFocusedReport(java.util.Set<String> reportIds) {
        if (reportIds.isEmpty()
                || strip.panes().stream().anyMatch(p -> reportIds.contains(p.model().id()))) {
            return;
        }
        model.getPanes().stream().filter(p -> reportIds.contains(p.id()) && p.shownProperty().get())
                .findFirst().ifPresent(strip::bringIntoView);
    }

    /** The discrepancy list and annotation editor. */
    public ReviewPanel reviewPanel() {
        return review;
    }

    /** The menus, for the parts of the window that add items. */
    public AppMenuBar menu() {
        return menu;
    }

    /** The report panes on screen, in display order. */
    public List<ReportPane> reportPanes() {
        return strip.panes();
    }

    /** The strip of report panes. */
    public PaneStrip strip() {
        return strip;
    }

    /** The panes / discrepancy-list divider, 0–1, to remember. */
    public double panesDivider() {
        return mainSplit.getDividerPositions()[0];
    }

    /** Whether the reports list is open, to remember. */
    public boolean sideListShown() {
        return menu.sideListItem().isSelected();
    }

    /** Shows {@code pane} in the strip if it is scrolled out of view. */
    public void bringIntoView(ReportPaneViewModel pane) {
        strip.bringIntoView(pane);
    }
}
