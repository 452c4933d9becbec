package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.provenance.Provenance;
import org.verbatim.core.provenance.Provenances;
import org.verbatim.core.quote.Quote;

/**
 * The inspector of the selected row's quote group: the group as a collation table, who each report says spoke,
 * which reports print which reading at the selected place, and the group's provenance (who most likely printed it
 * first, and who took it from whom). Follows the list's selected row; the provenance of every group is worked out
 * once per comparison. Use it from the UI thread.
 */
public final class InspectorViewModel {

    /** One report's attribution of the selected group's quote: who, and with which verb. */
    public record AttributionRow(String report, String speaker, String verb, String quote) {}

    /**
     * One reading of the selected place and the reports that print it.
     *
     * @param reading the words, as the list shows them ("«to»", "(nothing)")
     * @param reports the titles of the reports that print it, with "(twice)" where a report prints it twice
     */
    public record ReadingRow(String reading, List<String> reports) {
        public ReadingRow {
            reports = List.copyOf(reports);
        }

        /** "«to»: printed by Reuters, AP". */
        public String line() {
            return reading + ": " + String.join(", ", reports);
        }
    }

    private final DiscrepancyListViewModel list;
    private final ReadOnlyObjectWrapper<AlignmentTable> alignment =
            new ReadOnlyObjectWrapper<>(this, "alignment", AlignmentTable.EMPTY);
    private final ObservableList<AttributionRow> attributions = FXCollections.observableArrayList();
    private final ObservableList<ReadingRow> readings = FXCollections.observableArrayList();
    private final ObservableList<String> provenance = FXCollections.observableArrayList();

    private Comparison comparison;
    private Map<String, Provenance> provenances = Map.of();
    private String inspectedCluster;

    public InspectorViewModel(DiscrepancyListViewModel list) {
        this.list = list;
        list.selectedProperty().addListener((o, was, row) -> inspect(row));
    }

    private void inspect(DiscrepancyRow row) {
        Comparison c = list.comparison();
        if (c != comparison) {
            comparison = c;
            inspectedCluster = null;
            provenances = c == null ? Map.of() : provenancesOf(c);
        }
        if (row == null || c == null) {
            inspectedCluster = null;
            attributions.clear();
            provenance.clear();
            alignment.set(AlignmentTable.EMPTY);
            readings.clear();
            return;
        }
        Discrepancy d = row.discrepancy();
        Map<String, String> titles = list.reportTitles();
        alignment.set(AlignmentTable.of(c, d.clusterId(), titles, d));
        readings.setAll(readingsOf(d));
        if (!d.clusterId().equals(inspectedCluster) || attributions.isEmpty()) {
            inspectedCluster = d.clusterId();
            attributions.setAll(attributionsOf(c, d.clusterId()));
            Provenance p = provenances.get(d.clusterId());
            provenance.setAll(p == null ? List.of() : p.lines(list::reportTitle));
        }
    }

    private static Map<String, Provenance> provenancesOf(Comparison c) {
        Map<String, Provenance> out = new HashMap<>();
        for (Provenance p : Provenances.of(c)) {
            out.put(p.clusterId(), p);
        }
        return out;
    }

    private List<ReadingRow> readingsOf(Discrepancy d) {
        List<ReadingRow> out = new ArrayList<>();
        for (Discrepancy.Reading r : d.readings()) {
            List<String> who = new ArrayList<>();
            r.mentionsByReport().forEach((id, n) -> who.add(list.reportTitle(id)
                    + (n == 1 ? "" : n == 2 ? " (twice)" : " (" + n + " times)")));
            out.add(new ReadingRow(DiscrepancyRow.reading(r.text()), who));
        }
        return out;
    }

    private List<AttributionRow> attributionsOf(Comparison c, String clusterId) {
        Cluster cluster = c.clusters().stream().filter(cl -> cl.id().equals(clusterId)).findFirst().orElse(null);
        List<AttributionRow> rows = new ArrayList<>();
        if (cluster != null) {
            Map<String, Quote> quotes = c.quotesById();
            for (String reportId : list.getReportIds()) {
                for (String id : cluster.quoteIds()) {
                    Quote q = quotes.get(id);
                    if (q.reportId().equals(reportId)) {
                        rows.add(new AttributionRow(list.reportTitle(reportId),
                                q.speaker() == null ? "(no speaker found)" : q.speaker(),
                                q.attribution().verb() == null ? "" : q.attribution().verb(), q.text()));
                    }
                }
            }
        }
        return rows;
    }

    /** The selected discrepancy's quote group as a collation table. */
    public ReadOnlyObjectProperty<AlignmentTable> alignmentProperty() {
        return alignment.getReadOnlyProperty();
    }

    /** Who each report says spoke the selected group's words, and with which verb. */
    public ObservableList<AttributionRow> getAttributions() {
        return attributions;
    }

    /** The selected place's readings, each with the reports that print it, the reference reading first. */
    public ObservableList<ReadingRow> getReadings() {
        return readings;
    }

    /** The selected group's provenance in plain words, a line each; empty for a group only one report prints. */
    public ObservableList<String> getProvenance() {
        return provenance;
    }
}
