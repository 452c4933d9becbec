package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;

/**
 * The discrepancy list: every variant place of the comparison with its annotation's status and note, as filtered,
 * searched and sorted; the selected row (the one property the inspector and the annotation editor follow), J/K,
 * and where each report should scroll to show the selection. Use it from the UI thread.
 */
public final class DiscrepancyListViewModel {

    private final ObservableList<DiscrepancyRow> all = FXCollections.observableArrayList();
    private final FilteredList<DiscrepancyRow> filtered = new FilteredList<>(all);
    private final SortedList<DiscrepancyRow> shown = new SortedList<>(filtered);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<DiscrepancyRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<String, Span>> focus =
            new ReadOnlyObjectWrapper<>(this, "focus", Map.of());
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper edge = new ReadOnlyStringWrapper(this, "edge", null);

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showCosmetic = new SimpleBooleanProperty(this, "showCosmetic", false);
    private final ObservableSet<DiffKind> kinds = FXCollections.observableSet();
    private final ObservableSet<Severity> severities = FXCollections.observableSet();
    private final ObservableSet<AnnotationStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<String> reports = FXCollections.observableSet();
    private final ObservableList<String> reportIds = FXCollections.observableArrayList();
    private final Map<String, String> reportTitles = new HashMap<>();

    private Comparison comparison;
    private Map<String, Annotation> annotations = Map.of();
    private boolean selecting;

    public DiscrepancyListViewModel() {
        search.addListener((o, was, now) -> refilter());
        showCosmetic.addListener((o, was, now) -> refilter());
        for (ObservableSet<?> set : List.of(kinds, severities, statuses, reports)) {
            set.addListener((SetChangeListener<Object>) c -> refilter());
        }
        refilter();
    }

    /** Lists the discrepancies of {@code c} with their annotations; keeps the selection if it is there. */
    public void load(Comparison c, List<Annotation> annotationList) {
        String was = selectedFingerprint();
        this.comparison = c;
        reportTitles.clear();
        c.reports().forEach(r -> reportTitles.put(r.report().id(), r.report().meta().title() != null
                ? r.report().meta().title() : r.report().path()));
        reportIds.setAll(c.reports().stream().map(r -> r.report().id()).toList());
        reports.retainAll(reportIds);
        fill(annotationList);
        selectedIndex.set(-1);
        selected.set(null);
        reselect(was, -1);
    }

    /** Lists nothing: no project is open. */
    public void clear() {
        comparison = null;
        reportTitles.clear();
        reportIds.clear();
        reports.clear();
        annotations = Map.of();
        all.clear();
        updateProgress();
        selectedIndex.set(-1);
        selected.set(null);
        select(-1);
    }

    /** Shows the annotations as they are {@code now} and keeps the selection (or, if it left the filter, the next row). */
    public void refresh(List<Annotation> now) {
        if (comparison == null) {
            return;
        }
        String was = selectedFingerprint();
        int at = selectedIndex.get();
        fill(now);
        reselect(was, at);
    }

    /** The comparison listed, or null. */
    public Comparison comparison() {
        return comparison;
    }

    /** The annotation of the place with {@code fingerprint}, as last read, or null. */
    public Annotation annotationOf(String fingerprint) {
        return annotations.get(fingerprint);
    }

    /** The annotations as last read, by their places' fingerprints. */
    public Map<String, Annotation> annotations() {
        return annotations;
    }

    /** Report id to title, for the inspector. */
    public Map<String, String> reportTitles() {
        return Map.copyOf(reportTitles);
    }

    private String selectedFingerprint() {
        return selected.get() == null ? null : selected.get().discrepancy().fingerprint();
    }

    private void fill(List<Annotation> annotationList) {
        Map<String, Annotation> byFingerprint = new HashMap<>();
        annotationList.forEach(a -> {
            if (a.fingerprint() != null) {
                byFingerprint.put(a.fingerprint(), a);
            }
        });
        annotations = byFingerprint;
        all.setAll(rowsOf(comparison, byFingerprint, reportTitles));
        updateProgress();
    }

    private static List<DiscrepancyRow> rowsOf(Comparison c, Map<String, Annotation> byFingerprint,
                                               Map<String, String> titles) {
        Map<String, Quote> quotes = c.quotesById();
        Map<String, String> groupNumber = new HashMap<>();
        int n = 0;
        for (Cluster cl : c.clusters()) {
            if (cl.isGroup()) {
                groupNumber.put(cl.id(), String.valueOf(++n));
            }
        }
        List<DiscrepancyRow> out = new ArrayList<>();
        for (Discrepancy d : c.discrepancies()) {
            Annotation a = byFingerprint.get(d.fingerprint());
            String speaker = quotes.get(d.referenceQuoteId()).speaker();
            out.add(DiscrepancyRow.of(d, groupNumber.getOrDefault(d.clusterId(), "?"), speaker != null ? speaker : "?",
                    titles, a != null ? a.status() : AnnotationStatus.UNREVIEWED, a != null ? a.note() : ""));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- filters

    private void refilter() {
        String was = selectedFingerprint();
        int at = selectedIndex.get();
        filtered.setPredicate(predicate());
        updateProgress();
        reselect(was, at);
    }

    private Predicate<DiscrepancyRow> predicate() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean cosmetic = showCosmetic.get();
        return r -> (cosmetic || r.discrepancy().severity() != Severity.COSMETIC || severities.contains(Severity.COSMETIC))
                && (kinds.isEmpty() || kinds.contains(r.discrepancy().kind()))
                && (severities.isEmpty() || severities.contains(r.discrepancy().severity()))
                && (statuses.isEmpty() || statuses.contains(r.status()))
                && (reports.isEmpty() || r.discrepancy().reportIds().stream().anyMatch(reports::contains))
                && (needle.isEmpty() || haystack(r).contains(needle));
    }

    private static String haystack(DiscrepancyRow r) {
        List<String> words = new ArrayList<>(List.of(r.speaker(), r.kind(), r.discrepancy().kind().label(), r.severity(),
                r.note() == null ? "" : r.note(), r.status().label(), r.reportTitles()));
        r.discrepancy().readings().forEach(reading -> words.add(reading.text()));
        return String.join("\n", words).toLowerCase(Locale.ROOT);
    }

    /** Words to find in the speaker, the versions, the kind, the status or the note. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Whether cosmetic differences are listed; false at first. */
    public BooleanProperty showCosmeticProperty() {
        return showCosmetic;
    }

    /** The kinds to list; empty lists all. */
    public ObservableSet<DiffKind> kindFilter() {
        return kinds;
    }

    /** The severities to list; empty lists all (cosmetic only when shown, or chosen here). */
    public ObservableSet<Severity> severityFilter() {
        return severities;
    }

    /** The statuses to list; empty lists all. */
    public ObservableSet<AnnotationStatus> statusFilter() {
        return statuses;
    }

    /** The reports whose discrepancies to list (either side); empty lists all. */
    public ObservableSet<String> reportFilter() {
        return reports;
    }

    /** Empties the search and every filter. */
    public void clearFilters() {
        search.set("");
        kinds.clear();
        severities.clear();
        statuses.clear();
        reports.clear();
    }

    /** The open project's report ids, in order, for the report filter. */
    public ObservableList<String> getReportIds() {
        return reportIds;
    }

    /** A report's title, for filters and the inspector. */
    public String reportTitle(String reportId) {
        return reportTitles.getOrDefault(reportId, reportId);
    }

    /** The order of the rows: the table binds its column sorting here. Null keeps the engine's order. */
    public ObjectProperty<Comparator<? super DiscrepancyRow>> comparatorProperty() {
        return shown.comparatorProperty();
    }

    // ----------------------------------------------------------------------------------------- selection

    /** Selects the row with {@code fingerprint} again, or else the row now at {@code index}, or nothing. */
    private void reselect(String fingerprint, int index) {
        int found = indexOf(fingerprint);
        if (found < 0 && index >= 0 && !shown.isEmpty()) {
            found = Math.min(index, shown.size() - 1);
        }
        DiscrepancyRow now = found < 0 ? null : shown.get(found);
        if (now != null && fingerprint != null && fingerprint.equals(now.discrepancy().fingerprint())) {
            // the same place, perhaps with a new status or note: one change of the selected row, never through null
            selecting = true;
            try {
                selectedIndex.set(found);
                selected.set(now);
            } finally {
                selecting = false;
            }
            return;
        }
        selectedIndex.set(-1);
        selected.set(null);
        select(found);
    }

    /** The index, in the rows as shown, of the place with {@code fingerprint}; -1 when it is not shown. */
    public int indexOf(String fingerprint) {
        if (fingerprint != null) {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).discrepancy().fingerprint().equals(fingerprint)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Selects row {@code index} of the rows as shown (or nothing, for -1) and works out where every report should scroll. */
    public void select(int index) {
        if (index < -1 || index >= shown.size() || selecting) {
            return;
        }
        selecting = true;
        try {
            DiscrepancyRow row = index < 0 ? null : shown.get(index);
            edge.set(null);
            selectedIndex.set(index);
            selected.set(row);
            focus.set(row == null ? Map.of() : focusOf(row.discrepancy()));
        } finally {
            selecting = false;
        }
    }

    /** J, F8: the next discrepancy, in the list's order; on the last, says so. */
    public void next() {
        if (!shown.isEmpty()) {
            int at = selectedIndex.get();
            if (at == shown.size() - 1) {
                edge.set("This is the last discrepancy in the list.");
                return;
            }
            select(Math.min(shown.size() - 1, at + 1));
        }
    }

    /** K, Shift+F8: the previous one; on the first, says so. */
    public void previous() {
        if (!shown.isEmpty()) {
            int at = selectedIndex.get();
            if (at == 0) {
                edge.set("This is the first discrepancy in the list.");
                return;
            }
            select(Math.max(0, at - 1));
        }
    }

    /** Set when J or K could go no further ("This is the last discrepancy in the list."), for the status bar; null else. */
    public ReadOnlyStringProperty edgeProperty() {
        return edge.getReadOnlyProperty();
    }

    private void updateProgress() {
        long reviewed = all.stream().filter(r -> r.status() != AnnotationStatus.UNREVIEWED).count();
        if (all.isEmpty()) {
            progress.set("no discrepancies");
            return;
        }
        String line = String.format(Locale.ROOT, "%d of %d reviewed (%d%%)", reviewed, all.size(),
                Math.round(100.0 * reviewed / all.size()));
        progress.set(filtered.size() == all.size() ? line : line + " \u00B7 " + filtered.size() + " shown");
    }

    /**
     * Where each report shows the place: its reading's words (its quote, where it lacks them), and the same
     * group's quote in the reports that do not print this part of it.
     */
    private Map<String, Span> focusOf(Discrepancy d) {
        Map<String, Quote> quotes = comparison.quotesById();
        Map<String, Span> out = new LinkedHashMap<>();
        for (Discrepancy.Location l : d.locations()) {
            Span s = l.span().isEmpty() ? quotes.get(l.quoteId()).span() : l.span();
            out.putIfAbsent(l.reportId(), s);
        }
        for (Cluster cl : comparison.clusters()) {
            if (cl.id().equals(d.clusterId())) {
                for (String id : cl.quoteIds()) {
                    Quote q = quotes.get(id);
                    out.putIfAbsent(q.reportId(), q.span());
                }
            }
        }
        return out;
    }

    /** The rows as shown: filtered, searched and sorted. */
    public ObservableList<DiscrepancyRow> getRows() {
        return shown;
    }

    /** Every discrepancy of the comparison, whatever the filters. */
    public ObservableList<DiscrepancyRow> getAllRows() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The selected row: the one property the inspector and the editor follow. */
    public ReadOnlyObjectProperty<DiscrepancyRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Per report id, the span to show for the selection; reports missing from the map lack it. */
    public ReadOnlyObjectProperty<Map<String, Span>> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** "3 of 9 reviewed (33%) · 6 shown". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
