package org.verbatim.ui.view;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.verbatim.ui.viewmodel.AlignmentTable;
import org.verbatim.ui.viewmodel.InspectorViewModel;

/**
 * The inspector of the selected row's quote group: the alignment (row names fixed on the left, the words scrolled
 * to the selected place), which reports print which reading there, who each report says spoke, and the group's
 * provenance. Binds to an {@link InspectorViewModel}.
 */
final class InspectorPane extends TabPane {

    /** Every row of the alignment is this tall, in the names and in the words, so the two stay level. */
    private static final double ROW_HEIGHT = 26;

    private final InspectorViewModel model;
    private final GridPane names = new GridPane();
    private final GridPane words = new GridPane();
    private final ScrollPane wordsScroll = new ScrollPane(words);
    private final VBox readings = new VBox(2);
    private final GridPane who = new GridPane();
    private final VBox provenance = new VBox(4);

    InspectorPane(InspectorViewModel model) {
        this.model = model;
        setId("inspector");
        getStyleClass().add("inspector");
        setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setMinWidth(220);

        names.setId("alignment-names");
        names.getStyleClass().add("alignment-table");
        words.setId("alignment-table");
        words.getStyleClass().add("alignment-table");
        wordsScroll.setId("alignment-words");
        wordsScroll.setFitToHeight(true);
        wordsScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wordsScroll.getStyleClass().add("alignment-scroll");
        HBox.setHgrow(wordsScroll, Priority.ALWAYS);
        names.setMinWidth(Region.USE_PREF_SIZE);
        HBox table = new HBox(names, wordsScroll);
        readings.setId("place-readings");
        readings.getStyleClass().add("place-readings");
        VBox alignmentBox = new VBox(table, readings);
        ScrollPane alignment = new ScrollPane(alignmentBox);
        alignment.setFitToWidth(true);
        alignment.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        alignment.getStyleClass().add("alignment-scroll");
        model.alignmentProperty().addListener((obs, old, t) -> fillAlignment(t));
        model.getReadings().addListener((ListChangeListener<InspectorViewModel.ReadingRow>) c -> fillReadings());
        fillAlignment(model.alignmentProperty().get());

        who.setId("attribution-table");
        who.getStyleClass().add("attribution-table");
        model.getAttributions().addListener((ListChangeListener<InspectorViewModel.AttributionRow>) c -> fillWho());
        ScrollPane whoScroll = new ScrollPane(who);
        whoScroll.getStyleClass().add("alignment-scroll");

        provenance.setId("provenance");
        provenance.getStyleClass().add("provenance");
        model.getProvenance().addListener((ListChangeListener<String>) c -> fillProvenance());
        fillProvenance();
        ScrollPane provenanceScroll = new ScrollPane(provenance);
        provenanceScroll.setFitToWidth(true);
        provenanceScroll.getStyleClass().add("alignment-scroll");

        getTabs().addAll(new Tab("Alignment", alignment), new Tab("Who said it", whoScroll),
                new Tab("Who copied whom", provenanceScroll));
        getTabs().get(2).setId("provenance-tab");
    }

    // --------------------------------------------------------------------------------------- alignment

    private void fillAlignment(AlignmentTable t) {
        names.getChildren().clear();
        names.getRowConstraints().clear();
        words.getChildren().clear();
        words.getRowConstraints().clear();
        if (t.rows().isEmpty()) {
            Label none = new Label("Select a discrepancy to see its quote in every report, aligned word by word.");
            none.setWrapText(true);
            none.setMaxWidth(320);
            none.getStyleClass().add("inspector-empty");
            names.add(none, 0, 0);
            return;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            names.getRowConstraints().add(row());
            words.getRowConstraints().add(row());
            names.add(name(t, r), 0, r);
            for (int c = 0; c < t.columns().size(); c++) {
                words.add(cell(t.columns().get(c), r), c, r);
            }
        }
        int selected = t.selectedColumn();
        if (selected >= 0) {
            Platform.runLater(() -> scrollTo(selected));
        } else {
            wordsScroll.setHvalue(0);
        }
    }

    private static RowConstraints row() {
        RowConstraints rc = new RowConstraints(ROW_HEIGHT, ROW_HEIGHT, ROW_HEIGHT);
        rc.setValignment(javafx.geometry.VPos.CENTER);
        return rc;
    }

    /** The row's report, cut in the middle of its title so the end ("· post") stays: the rows of a report differ there. */
    private static Node name(AlignmentTable t, int r) {
        String title = t.rows().get(r);
        String kind = t.kinds().get(r);
        Label name = new Label(shortTitle(title));
        name.getStyleClass().add("alignment-report");
        name.setTooltip(new Tooltip(t.label(r)));
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        if (kind.isEmpty()) {
            name.setMinWidth(Region.USE_PREF_SIZE);
            return name;
        }
        Label which = new Label("\u00B7 " + kind);
        which.getStyleClass().add("alignment-report-kind");
        which.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, name, which);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A title of up to 18 characters as it is; a longer one to its first 16 and "…". */
    static String shortTitle(String title) {
        return title.length() <= 18 ? title : title.substring(0, 16).strip() + "\u2026";
    }

    private static Label cell(AlignmentTable.Column col, int r) {
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
        return cell;
    }

    /** Scrolls the words so the selected place's column is in the middle of the view (or as near as it goes). */
    private void scrollTo(int column) {
        words.applyCss();
        words.layout();
        double content = words.getLayoutBounds().getWidth();
        double view = wordsScroll.getViewportBounds().getWidth();
        if (content <= view || view <= 0) {
            wordsScroll.setHvalue(0);
            return;
        }
        double from = Double.MAX_VALUE;
        double to = 0;
        for (Node n : words.getChildren()) {
            Integer c = GridPane.getColumnIndex(n);
            if (c != null && c == column) {
                Bounds b = n.getBoundsInParent();
                from = Math.min(from, b.getMinX());
                to = Math.max(to, b.getMaxX());
            }
        }
        if (from == Double.MAX_VALUE) {
            return;
        }
        double left = Math.max(0, Math.min(content - view, (from + to) / 2 - view / 2));
        wordsScroll.setHvalue(left / (content - view));
    }

    /** A long stretch every version shares, cut to its first and last words so the variants stay in view. */
    static String elide(String same) {
        String[] w = same.strip().split("\\s+");
        if (w.length <= 6) {
            return same;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, 2)) + " \u2026 "
                + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - 3, w.length));
    }

    private void fillReadings() {
        readings.getChildren().clear();
        if (model.getReadings().isEmpty()) {
            return;
        }
        Label head = new Label("At this place");
        head.getStyleClass().add("attribution-head");
        readings.getChildren().add(head);
        for (InspectorViewModel.ReadingRow r : model.getReadings()) {
            Label line = new Label(r.reading() + "  \u2014  " + String.join(", ", r.reports()));
            line.getStyleClass().add("place-reading");
            line.setWrapText(true);
            line.setTooltip(new Tooltip(r.line()));
            readings.getChildren().add(line);
        }
    }

    // ------------------------------------------------------------------------------------ who and whence

    private void fillWho() {
        who.getChildren().clear();
        String[] heads = {"Report", "Speaker", "Verb"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("attribution-head");
            who.add(h, i, 0);
        }
        int row = 1;
        for (InspectorViewModel.AttributionRow a : model.getAttributions()) {
            Label report = new Label(a.report());
            report.setMaxWidth(170);
            report.setTooltip(new Tooltip(a.report() + "\n" + a.quote()));
            who.add(report, 0, row);
            who.add(new Label(a.speaker()), 1, row);
            who.add(new Label(a.verb().isEmpty() ? "\u2014" : a.verb()), 2, row);
            row++;
        }
    }

    private void fillProvenance() {
        provenance.getChildren().clear();
        if (model.getProvenance().isEmpty()) {
            Label none = new Label("Select a discrepancy to see which report most likely printed its quote first, "
                    + "and who took it from whom.");
            none.setWrapText(true);
            none.getStyleClass().add("inspector-empty");
            provenance.getChildren().add(none);
            return;
        }
        for (String line : model.getProvenance()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("provenance-line");
            provenance.getChildren().add(l);
        }
    }
}
