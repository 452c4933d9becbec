package org.verbatim.ui.view;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;

/**
 * The reports side by side, two to six at once; with more, a scroll bar below moves the window along them.
 *
 * <p>Only the panes on screen exist: each is a RichTextFX area with its paragraphs and styles, so building
 * all twenty reports of a big story would cost seconds and heap for panes nobody sees
 * (notes/richtextfx-performance.md). The other reports stay models; a pane is built when it scrolls in and
 * dropped when it scrolls out.
 */
public final class PaneStrip extends BorderPane {

    /** The fewest and most panes side by side. */
    public static final int MIN_VISIBLE = 2;
    public static final int MAX_VISIBLE = 6;
    /** The width a pane wants; the window shows as many as fit, within the limits above. */
    public static final double PANE_WIDTH = 330;

    private final ObservableList<ReportPaneViewModel> all;
    private final TaskRunner runner;
    private final HBox row = new HBox();
    private final ScrollBar bar = new ScrollBar();
    private final Map<ReportPaneViewModel, ReportPane> live = new IdentityHashMap<>();
    private final ReadOnlyIntegerWrapper first = new ReadOnlyIntegerWrapper(this, "first", 0);
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount", 0);
    private final DoubleProperty textSize = new SimpleDoubleProperty(this, "textSize", 14);
    private ReportPane.Actions actions;
    private org.verbatim.ui.viewmodel.CorrectionsViewModel corrections;
    private Consumer<List<ReportPane>> onRebuilt = panes -> { };
    private boolean updating;

    public PaneStrip(ObservableList<ReportPaneViewModel> panes, TaskRunner runner) {
        this.all = panes;
        this.runner = runner;
        getStyleClass().add("pane-strip");
        row.getStyleClass().add("report-row");
        row.setFillHeight(true);
        setCenter(row);

        bar.setOrientation(Orientation.HORIZONTAL);
        bar.getStyleClass().add("pane-scroll");
        bar.setId("pane-scroll");
        bar.setMin(0);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                showFrom((int) Math.round(v.doubleValue()));
            }
        });
        setBottom(bar);

        addEventFilter(ScrollEvent.SCROLL, e -> {
            double sideways = e.getDeltaX() != 0 ? -e.getDeltaX() : e.isShiftDown() ? -e.getDeltaY() : 0;
            if (sideways != 0 && shownCount() > visibleCount.get()) {
                showFrom(first.get() + (sideways > 0 ? 1 : -1));
                e.consume();
            }
        });

        all.addListener((ListChangeListener<ReportPaneViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(p -> p.shownProperty().addListener((o, was, is) -> rebuild()));
            }
            rebuild();
        });
        all.forEach(p -> p.shownProperty().addListener((o, was, is) -> rebuild()));
        widthProperty().addListener((obs, old, w) -> rebuild());
        textSize.addListener((obs, old, size) -> live.values().forEach(p -> p.setTextSize(size.doubleValue())));
        rebuild();
    }

    /** Pane actions (clicks, exclusions) for every pane built from now on. */
    public void setActions(ReportPane.Actions paneActions) {
        this.actions = paneActions;
        live.values().forEach(p -> p.setActions(paneActions));
    }

    /** The corrections of quotes in every pane's context menu, from now on; set once. */
    public void setCorrections(org.verbatim.ui.viewmodel.CorrectionsViewModel model) {
        if (corrections != null) {
            throw new IllegalStateException("the corrections are set already");
        }
        corrections = model;
        live.values().forEach(p -> CorrectionItems.install(p, model));
    }

    /** Called with the panes on screen each time they change. */
    public void setOnRebuilt(Consumer<List<ReportPane>> listener) {
        this.onRebuilt = listener;
    }

    /** The reading text size of every pane. */
    public DoubleProperty textSizeProperty() {
        return textSize;
    }

    /** The index, among the shown reports, of the leftmost pane on screen. */
    public ReadOnlyIntegerProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** How many panes are on screen. */
    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    /** Scrolls so the shown report {@code model} is on screen; nothing happens if it is hidden. */
    public void bringIntoView(ReportPaneViewModel model) {
        int at = shown().indexOf(model);
        if (at >= 0 && (at < first.get() || at >= first.get() + visibleCount.get())) {
            showFrom(at);
        }
    }

    /** The panes on screen, left to right. */
    public List<ReportPane> panes() {
        List<ReportPane> out = new ArrayList<>();
        row.getChildren().forEach(n -> out.add((ReportPane) n));
        return out;
    }

    private List<ReportPaneViewModel> shown() {
        return all.stream().filter(p -> p.shownProperty().get()).toList();
    }

    private int shownCount() {
        return (int) all.stream().filter(p -> p.shownProperty().get()).count();
    }

    /** How many panes fit the width, two to six (as many as there are, if fewer). */
    static int fitting(double width, int reports) {
        int fit = width <= 0 ? 3 : (int) Math.floor(width / PANE_WIDTH);
        return Math.min(reports, Math.max(MIN_VISIBLE, Math.min(MAX_VISIBLE, fit)));
    }

    private void showFrom(int index) {
        int count = fitting(getWidth(), shownCount());
        int clamped = Math.max(0, Math.min(index, shownCount() - count));
        if (clamped != first.get()) {
            first.set(clamped);
            rebuild();
        }
    }

    private void rebuild() {
        List<ReportPaneViewModel> shown = shown();
        int count = fitting(getWidth(), shown.size());
        int from = Math.max(0, Math.min(first.get(), shown.size() - count));
        first.set(from);
        visibleCount.set(count);
        List<ReportPaneViewModel> window = shown.subList(from, from + count);
        live.keySet().retainAll(new java.util.HashSet<>(window));
        List<ReportPane> built = new ArrayList<>();
        for (ReportPaneViewModel m : window) {
            ReportPane pane = live.computeIfAbsent(m, this::build);
            built.add(pane);
        }
        updating = true;
        try {
            bar.setMax(Math.max(0, shown.size() - count));
            bar.setVisibleAmount(Math.max(1, count * Math.max(1, shown.size() - count) / (double) shown.size()));
            bar.setBlockIncrement(count);
            bar.setValue(from);
            boolean more = shown.size() > count;
            bar.setVisible(more);
            bar.setManaged(more);
        } finally {
            updating = false;
        }
        if (!row.getChildren().equals(built)) {
            row.getChildren().setAll(built);
            evenOutHeaders(built);
            onRebuilt.accept(List.copyOf(built));
        }
    }

    private Runnable focusAfter = () -> { };
    private Runnable focusBefore = () -> { };

    /**
     * Where Tab goes after the last pane, and Shift+Tab before the first. A read-only text area would keep
     * Tab to itself; in the strip it moves between the panes as a person expects.
     */
    public void setFocusNeighbours(Runnable before, Runnable after) {
        this.focusBefore = before;
        this.focusAfter = after;
    }

    private void tab(ReportPane from, boolean backwards) {
        List<ReportPane> on = panes();
        int i = on.indexOf(from) + (backwards ? -1 : 1);
        if (i >= 0 && i < on.size()) {
            on.get(i).textArea().requestFocus();
        } else if (backwards) {
            focusBefore.run();
        } else {
            focusAfter.run();
        }
    }

    private ReportPane build(ReportPaneViewModel m) {
        ReportPane pane = new ReportPane(m, runner);
        pane.textArea().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                tab(pane, e.isShiftDown());
            }
        });
        pane.setMinWidth(0);
        pane.setPrefWidth(PANE_WIDTH);
        HBox.setHgrow(pane, Priority.ALWAYS);
        pane.setTextSize(textSize.get());
        pane.setActions(actions);
        if (corrections != null) {
            CorrectionItems.install(pane, corrections);
        }
        return pane;
    }

    /** Gives every header the height of the tallest, so the texts start on one line across the row. */
    private static void evenOutHeaders(List<ReportPane> panes) {
        List<Observable> dependencies = new ArrayList<>();
        for (ReportPane pane : panes) {
            dependencies.add(pane.header().widthProperty());
            dependencies.add(pane.model().titleProperty());
            dependencies.add(pane.model().outletLineProperty());
            dependencies.add(pane.model().lacksSelectionProperty());
        }
        DoubleBinding tallest = Bindings.createDoubleBinding(() -> panes.stream()
                .map(ReportPane::header)
                .mapToDouble(h -> h.prefHeight(h.getWidth() > 0 ? h.getWidth() : -1))
                .max().orElse(0), dependencies.toArray(Observable[]::new));
        for (ReportPane pane : panes) {
            pane.header().minHeightProperty().unbind();
            pane.header().minHeightProperty().bind(tallest);
        }
    }
}
