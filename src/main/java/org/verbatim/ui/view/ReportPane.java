package org.verbatim.ui.view;

import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.highlight.StyleSpansAdapter;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;

/**
 * One report: a header (title; outlet, date and word count) over the read-only, wrapped text.
 *
 * <p>Highlights become style spans off the UI thread and land in one {@code setStyleSpans} call;
 * a result that arrives after the text or highlights changed again is dropped.
 */
public final class ReportPane extends VBox {

    /** Narrowest a pane gets; the row scrolls sideways when the window is narrower than all panes. */
    public static final double MIN_WIDTH = 320;

    private static final System.Logger LOG = System.getLogger(ReportPane.class.getName());

    private final ReportPaneViewModel model;
    private final TaskRunner runner;
    private final VBox header;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private long styleRequest;

    public ReportPane(ReportPaneViewModel model, TaskRunner runner) {
        this.model = model;
        this.runner = runner;
        getStyleClass().add("report-pane");
        setMinWidth(MIN_WIDTH);
        setPrefWidth(MIN_WIDTH);
        setMaxWidth(Double.MAX_VALUE);

        header = buildHeader();

        area.getStyleClass().add("report-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.setFocusTraversable(true);
        area.setAccessibleText(model.getTitle());
        VirtualizedScrollPane<StyleClassedTextArea> scroller = new VirtualizedScrollPane<>(area);
        scroller.getStyleClass().add("report-scroller");
        HeatStrip strip = new HeatStrip(fraction -> {
            if (actions != null) {
                actions.jump(model.id(), org.verbatim.ui.viewmodel.Overview.offsetAt(fraction, area.getLength()));
            }
        });
        strip.setBins(model.heatProperty().get());
        model.heatProperty().addListener((obs, old, bins) -> strip.setBins(bins));
        HBox body = new HBox(scroller, strip);
        HBox.setHgrow(scroller, Priority.ALWAYS);
        body.getStyleClass().add("report-body");
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(header, body);

        area.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()
                    && area.getSelection().getLength() == 0 && actions != null) {
                int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
                actions.clicked(model.id(), offset);
            }
        });
        area.setContextMenu(buildContextMenu());

        showText(model.getText());
        if (model.focusProperty().get() != null) {
            // a pane that scrolls into view shows what is selected, once it has a size
            javafx.application.Platform.runLater(() -> reveal(model.focusProperty().get()));
        }
        model.textProperty().addListener((obs, old, text) -> showText(text));
        model.highlightsProperty().addListener((obs, old, highlights) -> showHighlights(highlights));
        model.focusProperty().addListener((obs, old, span) -> reveal(span));
    }

    /** Scrolls the text so that {@code span} shows near the top, and marks it as the selection. */
    private void reveal(org.verbatim.core.model.Span span) {
        if (span == null || span.end() > area.getLength()) {
            area.deselect();
            return;
        }
        int paragraph = area.offsetToPosition(span.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        area.showParagraphAtTop(Math.max(0, paragraph - 1));
        area.selectRange(span.start(), span.end());
    }

    private VBox buildHeader() {
        Label title = new Label();
        title.getStyleClass().add("report-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(model.titleProperty(), "\n", model.source()));
        title.setTooltip(tip);

        Label outlet = new Label();
        outlet.getStyleClass().add("report-outlet");
        outlet.textProperty().bind(model.outletLineProperty());
        outlet.setMinWidth(0);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label words = new Label();
        words.getStyleClass().add("report-words");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> wordCount(model.getWordCount()), model.wordCountProperty()));
        words.setMinWidth(Region.USE_PREF_SIZE);

        Label lacks = new Label("Not in this report");
        lacks.getStyleClass().add("report-lacks");
        lacks.visibleProperty().bind(model.lacksSelectionProperty());
        lacks.managedProperty().bind(model.lacksSelectionProperty());
        lacks.setMinWidth(Region.USE_PREF_SIZE);

        HBox meta = new HBox(outlet, gap, lacks, words);
        meta.getStyleClass().add("report-meta");
        meta.setAlignment(Pos.BASELINE_LEFT);

        // the outlet line sits at the bottom, so it lines up across panes whose titles wrap differently
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        VBox box = new VBox(title, push, meta);
        box.getStyleClass().add("report-header");
        return box;
    }

    static String wordCount(int words) {
        return words == 1 ? "1 word" : String.format(Locale.ROOT, "%,d words", words);
    }

    private void showText(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        showHighlights(model.getHighlights());
    }

    private void showHighlights(List<Highlight> highlights) {
        long request = ++styleRequest;
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        if (highlights.isEmpty()) {
            area.setStyleSpans(0, StyleSpans.<Collection<String>>singleton(List.of(), length));
            return;
        }
        runner.run("style " + model.id(),
                () -> StyleSpansAdapter.toStyleSpans(length, highlights),
                spans -> {
                    if (request == styleRequest && spans.length() == area.getLength()) {
                        area.setStyleSpans(0, spans);
                    }
                },
                failure -> LOG.log(Level.WARNING, "could not style report " + model.id(), failure));
    }

    /** What a pane asks of the workbench: linked navigation and exclusions. */
    public interface Actions {
        /** The user clicked {@code offset} without selecting. */
        void clicked(String reportId, int offset);

        /** "Exclude from comparison" on the selected text. */
        void exclude(String reportId, org.verbatim.core.model.Span span);

        /** "Include in comparison again" on text the user excluded; {@code span} is what is selected. */
        void include(String reportId, org.verbatim.core.model.Span span);

        /** A click on the heat strip, at {@code offset} of the text. */
        void jump(String reportId, int offset);
    }

    private Actions actions;

    /** Connects the pane to the workbench; without actions a click only moves the selection. */
    public void setActions(Actions paneActions) {
        this.actions = paneActions;
    }

    /** The reading text size, in pixels. */
    public void setTextSize(double size) {
        area.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    private javafx.scene.control.ContextMenu buildContextMenu() {
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        javafx.scene.control.MenuItem exclude = new javafx.scene.control.MenuItem("Exclude from comparison");
        exclude.setId("exclude-selection");
        exclude.setOnAction(e -> {
            if (actions != null) {
                actions.exclude(model.id(), selection());
            }
        });
        javafx.scene.control.MenuItem include = new javafx.scene.control.MenuItem("Include in comparison again");
        include.setId("include-selection");
        include.setOnAction(e -> {
            if (actions != null) {
                actions.include(model.id(), selection());
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(copy,
                new javafx.scene.control.SeparatorMenuItem(), exclude, include);
        menu.setOnShowing(e -> {
            boolean any = area.getSelection().getLength() > 0;
            copy.setDisable(!any);
            exclude.setDisable(!any || actions == null);
            include.setDisable(!any || actions == null);
        });
        return menu;
    }

    private org.verbatim.core.model.Span selection() {
        javafx.scene.control.IndexRange r = area.getSelection();
        return new org.verbatim.core.model.Span(r.getStart(), r.getEnd());
    }

    public ReportPaneViewModel model() {
        return model;
    }

    /** The header above the text; the workbench evens out the header heights so the texts line up. */
    public Region header() {
        return header;
    }

    /** The text area, read-only. */
    public StyleClassedTextArea textArea() {
        return area;
    }
}
