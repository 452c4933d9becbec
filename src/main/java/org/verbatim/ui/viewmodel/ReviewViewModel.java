package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
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
import javafx.beans.property.SimpleObjectProperty;
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
import org.verbatim.core.text.Tokenizer;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.store.Affects;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.project.ProjectSession;

/**
 * The review of discrepancies: the list as filtered, searched and sorted, the selected discrepancy, where each
 * report should scroll to show it, the inspector's data for its quote group (collation table, attributions),
 * and the annotation editor's actions. Every change goes straight to the project file, with undo and redo, on
 * the project's own lane (never the UI thread), after whatever was asked of the project before it; the list
 * shows the annotations as they are once the write is done. Use it from the UI thread.
 *
 * <p>Cosmetic differences (typography, punctuation that does not change the sense) are hidden until
 * {@link #showCosmeticProperty()} is set. J/K move through the rows as shown.
 */
public final class ReviewViewModel {

    private final ObservableList<DiscrepancyRow> all = FXCollections.observableArrayList();
    private final FilteredList<DiscrepancyRow> filtered = new FilteredList<>(all);
    private final SortedList<DiscrepancyRow> shown = new SortedList<>(filtered);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<DiscrepancyRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<String, Span>> focus =
            new ReadOnlyObjectWrapper<>(this, "focus", Map.of());
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", null);

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showCosmetic = new SimpleBooleanProperty(this, "showCosmetic", false);
    private final ObservableSet<DiffKind> kinds = FXCollections.observableSet();
    private final ObservableSet<Severity> severities = FXCollections.observableSet();
    private final ObservableSet<AnnotationStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<String> reports = FXCollections.observableSet();
    private final ObservableList<String> reportIds = FXCollections.observableArrayList();
    private final Map<String, String> reportTitles = new HashMap<>();

    private final ReadOnlyObjectWrapper<AlignmentTable> alignment =
            new ReadOnlyObjectWrapper<>(this, "alignment", AlignmentTable.EMPTY);
    private final ObservableList<AttributionRow> attributions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Annotation> annotation = new ReadOnlyObjectWrapper<>(this, "annotation");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();

    private ProjectSession session;
    private Comparison comparison;
    private Map<String, Annotation> annotations = Map.of();
    private boolean selecting;

    /** One report's attribution of the selected group's quote: who, and with which verb. */
    public record AttributionRow(String report, String speaker, String verb, String quote) {}

    public ReviewViewModel() {
        Runnable refilter = this::refilter;
        search.addListener((o, was, now) -> refilter.run());
        showCosmetic.addListener((o, was, now) -> refilter.run());
        for (ObservableSet<?> set : List.of(kinds, severities, statuses, reports)) {
            set.addListener((SetChangeListener<Object>) c -> refilter.run());
        }
        refilter();
    }

    /**
     * Shows the discrepancies of {@code c} with their annotations, edited through {@code project}; keeps the
     * selection if it is there.
     */
    public void load(ProjectSession project, Comparison c, List<Annotation> annotationList) {
        String was = selected.get() == null ? null : selected.get().discrepancy().fingerprint();
        this.session = project;
        this.comparison = c;
        inspectedCluster = null;
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

    /** Shows nothing: no project is open. */
    public void clear() {
        session = null;
        comparison = null;
        inspectedCluster = null;
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
        String was = selected.get() == null ? null : selected.get().discrepancy().fingerprint();
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
                nullToEmpty(r.note()), r.status().label(), r.reportTitles()));
        r.discrepancy().readings().forEach(reading -> words.add(reading.text()));
        return String.join("\n", words).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
        int found = -1;
        if (fingerprint != null) {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).discrepancy().fingerprint().equals(fingerprint)) {
                    found = i;
                    break;
                }
            }
        }
        if (found < 0 && index >= 0 && !shown.isEmpty()) {
            found = Math.min(index, shown.size() - 1);
        }
        selectedIndex.set(-1);
        selected.set(null);
        select(found);
    }

    /** Selects row {@code index} of the rows as shown (or nothing, for -1) and works out where every report should scroll. */
    public void select(int index) {
        if (index < -1 || index >= shown.size() || selecting) {
            return;
        }
        selecting = true;
        try {
            DiscrepancyRow row = index < 0 ? null : shown.get(index);
            selectedIndex.set(index);
            selected.set(row);
            focus.set(row == null ? Map.of() : focusOf(row.discrepancy()));
            inspect(row);
        } finally {
            selecting = false;
        }
    }

    /** J, F8: the next discrepancy, in the list's order. */
    public void next() {
        if (!shown.isEmpty()) {
            select(Math.min(shown.size() - 1, selectedIndex.get() + 1));
        }
    }

    /** K, Shift+F8: the previous one. */
    public void previous() {
        if (!shown.isEmpty()) {
            select(Math.max(0, selectedIndex.get() - 1));
        }
    }

    // ----------------------------------------------------------------------------------------- inspector

    private void inspect(DiscrepancyRow row) {
        if (row == null || comparison == null) {
            inspectedCluster = null;
            alignment.set(AlignmentTable.EMPTY);
            attributions.clear();
            annotation.set(null);
            history.clear();
            return;
        }
        Discrepancy d = row.discrepancy();
        alignment.set(AlignmentTable.of(comparison, d.clusterId(), reportTitles, d));
        inspectGroup(d.clusterId());
        Annotation a = annotations.get(d.fingerprint());
        annotation.set(a);
        history.clear();
        if (a != null && session != null) {
            session.call("read the history of annotation " + a.id(), store -> store.history(a.id()), changes -> {
                if (annotation.get() == a) {
                    history.setAll(changes);
                }
            }, failure -> problem.set(failure.getMessage()));
        }
    }

    private String inspectedCluster;

    /** The attributions of a quote group; kept as they are while J/K stay in the group. */
    private void inspectGroup(String clusterId) {
        if (clusterId.equals(inspectedCluster) && !attributions.isEmpty()) {
            return;
        }
        inspectedCluster = clusterId;
        Cluster cluster = comparison.clusters().stream().filter(cl -> cl.id().equals(clusterId)).findFirst()
                .orElse(null);
        List<AttributionRow> rows = new ArrayList<>();
        if (cluster != null) {
            Map<String, Quote> quotes = comparison.quotesById();
            for (String reportId : reportIds) {
                for (String id : cluster.quoteIds()) {
                    Quote q = quotes.get(id);
                    if (q.reportId().equals(reportId)) {
                        rows.add(new AttributionRow(reportTitle(reportId),
                                q.speaker() == null ? "(no speaker found)" : q.speaker(),
                                q.attribution().verb() == null ? "" : q.attribution().verb(), q.text()));
                    }
                }
            }
        }
        attributions.setAll(rows);
    }

    /** The selected discrepancy's quote group as a collation table. */
    public ReadOnlyObjectProperty<AlignmentTable> alignmentProperty() {
        return alignment.getReadOnlyProperty();
    }

    /** Who each report says spoke the selected group's words, and with which verb. */
    public ObservableList<AttributionRow> getAttributions() {
        return attributions;
    }

    /** The selected discrepancy's annotation (status, category, note, tags), or null before any. */
    public ReadOnlyObjectProperty<Annotation> annotationProperty() {
        return annotation.getReadOnlyProperty();
    }

    /** The selected annotation's changes, oldest first. */
    public ObservableList<HistoryEntry> getHistory() {
        return history;
    }

    // ------------------------------------------------------------------------------------------- editing

    public void setStatus(AnnotationStatus status) {
        DiscrepancyRow row = selected.get();
        if (row != null) {
            write("set the status", store -> store.annotate(row.discrepancy(), status, null));
        }
    }

    public void setNote(String note) {
        DiscrepancyRow row = selected.get();
        if (row != null && !note.equals(row.note())) {
            write("set the note", store -> store.annotate(row.discrepancy(), null, note));
        }
    }

    /** Sets the selected discrepancy's category ("quote altered", say); blank clears it. */
    public void setCategory(String category) {
        DiscrepancyRow row = selected.get();
        if (row == null) {
            return;
        }
        String value = category == null || category.isBlank() ? null : category.strip();
        Annotation a = annotations.get(row.discrepancy().fingerprint());
        if (a != null && Objects.equals(a.category(), value)) {
            return;
        }
        write("set the category", store -> {
            store.setCategory(annotationOf(store, row, a), value);
            return null;
        });
    }

    /** Sets the selected discrepancy's tags, from "tag, other tag" as typed. */
    public void setTags(String typed) {
        DiscrepancyRow row = selected.get();
        if (row == null) {
            return;
        }
        List<String> tags = typed == null ? List.of() : java.util.Arrays.stream(typed.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        Annotation a = annotations.get(row.discrepancy().fingerprint());
        if (a != null && a.tags().equals(tags)) {
            return;
        }
        write("set the tags", store -> {
            store.setTags(annotationOf(store, row, a), tags);
            return null;
        });
    }

    /** The categories used so far in the project, for the category box's suggestions. */
    public List<String> knownCategories() {
        return annotations.values().stream().map(Annotation::category).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /** On the lane: the id of the row's annotation ({@code known}, as the list showed it), made when there is none. */
    private static long annotationOf(ProjectStore store, DiscrepancyRow row, Annotation known) throws ProjectException {
        return known != null ? known.id() : store.annotate(row.discrepancy(), null, null).id();
    }

    /** Undoes the last edit of the project; {@code then} hears what it changed (nothing when there was none). */
    public void undo(Consumer<Affects> then) {
        step("undo", ProjectStore::undo, then);
    }

    /** Redoes what {@link #undo} undid; {@code then} hears what it changed. */
    public void redo(Consumer<Affects> then) {
        step("redo", ProjectStore::redo, then);
    }

    public void undo() {
        undo(affected -> { });
    }

    public void redo() {
        redo(affected -> { });
    }

    private record Stepped(Affects affected, List<Annotation> annotations) {}

    private void step(String name, ProjectSession.StoreCall<Affects> how, Consumer<Affects> then) {
        if (session == null) {
            return;
        }
        session.call(name, store -> new Stepped(how.apply(store), store.annotations()), done -> {
            problem.set(null);
            refresh(done.annotations());
            if (done.affected() != null) {
                then.accept(done.affected());
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    /** Changes the project on its lane, then shows the annotations as they are now. */
    private void write(String name, ProjectSession.StoreCall<?> change) {
        if (session == null) {
            return;
        }
        session.call(name, store -> {
            change.apply(store);
            return store.annotations();
        }, now -> {
            problem.set(null);
            refresh(now);
        }, failure -> problem.set(failure.getMessage()));
    }

    /** Shows {@code now} and keeps the selection (or, if it left the filter, takes the next row). */
    private void refresh(List<Annotation> now) {
        if (comparison == null) {
            return;
        }
        String was = selected.get() == null ? null : selected.get().discrepancy().fingerprint();
        int at = selectedIndex.get();
        fill(now);
        reselect(was, at);
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

    /** The last write's failure, for the status bar; null when it went fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
