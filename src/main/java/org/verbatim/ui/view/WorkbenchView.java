package org.verbatim.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The window's content: the story's title on top, the reports side by side, a status bar below.
 * While a story loads, or when it could not be opened, a notice takes the reports' place.
 *
 * <p>Interim: every report gets a live pane in one row. The workbench will keep only the visible panes
 * alive (see notes/richtextfx-performance.md); three sample reports do not need that.
 */
public final class WorkbenchView extends BorderPane {

    private final WorkbenchViewModel model;
    private final TaskRunner runner;
    private final HBox row = new HBox();
    private final List<ReportPane> panes = new ArrayList<>();
    private final ReviewPanel review;

    public WorkbenchView(WorkbenchViewModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        getStyleClass().add("workbench");

        setTop(buildStoryBar());
        review = new ReviewPanel(model.review());
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(buildCentre(), review);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        split.getStyleClass().add("workbench-split");
        javafx.scene.control.SplitPane.setResizableWithParent(review, false);
        setCenter(split);
        setBottom(new StatusBar(model));

        model.getPanes().addListener((ListChangeListener<ReportPaneViewModel>) change -> rebuildPanes());
        rebuildPanes();
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

        Label kind = new Label("Built-in sample");
        kind.getStyleClass().add("story-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.visibleProperty().bind(model.storyTitleProperty().isNotEmpty());

        HBox bar = new HBox(title, gap, kind);
        bar.getStyleClass().add("story-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private StackPane buildCentre() {
        row.getStyleClass().add("report-row");
        row.setFillHeight(true);

        ScrollPane strip = new ScrollPane(row);
        strip.getStyleClass().add("report-strip");
        strip.setFitToWidth(true);
        strip.setFitToHeight(true);
        strip.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        strip.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.setPannable(false);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("loading-indicator");
        spinner.progressProperty().bind(model.progressProperty());
        Label loadingText = new Label("Opening the sample story…");
        loadingText.getStyleClass().add("notice-text");
        VBox loading = new VBox(spinner, loadingText);
        loading.getStyleClass().add("notice");
        loading.setId("loading-notice");
        loading.setAlignment(Pos.CENTER);
        loading.visibleProperty().bind(model.loadingProperty().and(Bindings.isEmpty(model.getPanes())));

        Label errorTitle = new Label("The sample story could not be opened");
        errorTitle.getStyleClass().add("notice-title");
        Label errorText = new Label();
        errorText.getStyleClass().add("notice-text");
        errorText.textProperty().bind(model.errorProperty());
        errorText.setWrapText(true);
        Button retry = new Button("Try again");
        retry.setOnAction(e -> model.loadSample());
        VBox error = new VBox(errorTitle, errorText, retry);
        error.getStyleClass().addAll("notice", "error-notice");
        error.setId("error-notice");
        error.setAlignment(Pos.CENTER);
        error.setMaxWidth(560);
        error.visibleProperty().bind(model.errorProperty().isNotNull());

        strip.visibleProperty().bind(Bindings.isNotEmpty(model.getPanes()));

        StackPane centre = new StackPane(strip, loading, error);
        centre.getStyleClass().add("report-area");
        return centre;
    }

    private void rebuildPanes() {
        panes.clear();
        for (ReportPaneViewModel paneModel : model.getPanes()) {
            ReportPane pane = new ReportPane(paneModel, runner);
            HBox.setHgrow(pane, Priority.ALWAYS);
            panes.add(pane);
        }
        evenOutHeaders();
        row.getChildren().setAll(panes);
    }

    /** Gives every header the height of the tallest, so the texts start on one line across the row. */
    private void evenOutHeaders() {
        List<Observable> dependencies = new ArrayList<>();
        for (ReportPane pane : panes) {
            dependencies.add(pane.header().widthProperty());
            dependencies.add(pane.model().titleProperty());
            dependencies.add(pane.model().outletLineProperty());
        }
        DoubleBinding tallest = Bindings.createDoubleBinding(() -> panes.stream()
                .map(ReportPane::header)
                .mapToDouble(h -> h.prefHeight(h.getWidth() > 0 ? h.getWidth() : -1))
                .max().orElse(0), dependencies.toArray(Observable[]::new));
        for (ReportPane pane : panes) {
            pane.header().minHeightProperty().bind(tallest);
        }
    }

    /** The discrepancy list and annotation editor. */
    public ReviewPanel reviewPanel() {
        return review;
    }

    /** The live report panes, in display order. */
    public List<ReportPane> reportPanes() {
        return List.copyOf(panes);
    }
}
