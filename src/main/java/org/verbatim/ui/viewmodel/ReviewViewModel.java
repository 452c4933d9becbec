package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.store.Annotation;
import org.verbatim.store.AnnotationStatus;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;

/**
 * The review of discrepancies: the list, the selected one, where each report should scroll to show it, and
 * the annotation editor's actions. Every change goes straight to the project file, with undo and redo.
 * Use it from the UI thread; writes of one annotation take milliseconds.
 */
public final class ReviewViewModel {

    private final ObservableList<DiscrepancyRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<DiscrepancyRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Map<String, Span>> focus =
            new ReadOnlyObjectWrapper<>(this, "focus", Map.of());
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", null);

    private ProjectStore store;
    private Comparison comparison;

    /** Shows the discrepancies of {@code c}, with the annotations of {@code store}. */
    public void load(ProjectStore newStore, Comparison c, List<Annotation> annotations) {
        DiscrepancyRow was = selected.get();
        this.store = newStore;
        this.comparison = c;
        rows.setAll(rowsOf(c, annotations));
        selectedIndex.set(-1);
        selected.set(null);
        focus.set(Map.of());
        if (was != null) {
            // a comparison run again keeps the user's place when the discrepancy is still there
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).discrepancy().fingerprint().equals(was.discrepancy().fingerprint())) {
                    select(i);
                    break;
                }
            }
        }
        updateProgress();
    }

    private static List<DiscrepancyRow> rowsOf(Comparison c, List<Annotation> annotations) {
        Map<String, Annotation> byFingerprint = new HashMap<>();
        annotations.forEach(a -> {
            if (a.fingerprint() != null) {
                byFingerprint.put(a.fingerprint(), a);
            }
        });
        Map<String, Quote> quotes = c.quotesById();
        Map<String, String> groupNumber = new HashMap<>();
        int n = 0;
        for (Cluster cl : c.clusters()) {
            if (cl.isGroup()) {
                groupNumber.put(cl.id(), String.valueOf(++n));
            }
        }
        Map<String, String> titles = new HashMap<>();
        c.reports().forEach(r -> titles.put(r.report().id(), r.report().meta().title() != null
                ? r.report().meta().title() : r.report().path()));
        List<DiscrepancyRow> out = new ArrayList<>();
        for (Discrepancy d : c.discrepancies()) {
            Annotation a = byFingerprint.get(d.fingerprint());
            String speaker = quotes.get(d.a().quoteId()).speaker();
            out.add(new DiscrepancyRow(d, groupNumber.getOrDefault(d.clusterId(), "?"), speaker != null ? speaker : "?",
                    titles.get(d.a().reportId()), titles.get(d.b().reportId()),
                    a != null ? a.status() : AnnotationStatus.UNREVIEWED, a != null ? a.note() : ""));
        }
        return out;
    }

    /** Selects row {@code index} (or nothing, for -1) and works out where every report should scroll. */
    public void select(int index) {
        if (index < -1 || index >= rows.size()) {
            return;
        }
        selectedIndex.set(index);
        DiscrepancyRow row = index < 0 ? null : rows.get(index);
        selected.set(row);
        focus.set(row == null ? Map.of() : focusOf(row.discrepancy()));
    }

    /** J, F8: the next discrepancy, in list order. */
    public void next() {
        if (!rows.isEmpty()) {
            select(Math.min(rows.size() - 1, selectedIndex.get() + 1));
        }
    }

    /** K, Shift+F8: the previous one. */
    public void previous() {
        if (!rows.isEmpty()) {
            select(Math.max(0, selectedIndex.get() - 1));
        }
    }

    public void setStatus(AnnotationStatus status) {
        DiscrepancyRow row = selected.get();
        if (row != null && store != null) {
            write(() -> store.annotate(row.discrepancy(), status, null));
        }
    }

    public void setNote(String note) {
        DiscrepancyRow row = selected.get();
        if (row != null && store != null && !note.equals(row.note())) {
            write(() -> store.annotate(row.discrepancy(), null, note));
        }
    }

    public void undo() {
        if (store != null && store.canUndo()) {
            write(store::undo);
        }
    }

    public void redo() {
        if (store != null && store.canRedo()) {
            write(store::redo);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws ProjectException;
    }

    private void write(Write w) {
        try {
            w.run();
            problem.set(null);
            refresh();
        } catch (ProjectException e) {
            problem.set(e.getMessage());
        }
    }

    /** Re-reads the annotations and keeps the selection. */
    private void refresh() throws ProjectException {
        int keep = selectedIndex.get();
        rows.setAll(rowsOf(comparison, store.annotations()));
        selectedIndex.set(-1);
        select(keep);
        updateProgress();
    }

    private void updateProgress() {
        long reviewed = rows.stream().filter(r -> r.status() != AnnotationStatus.UNREVIEWED).count();
        progress.set(rows.isEmpty() ? "no discrepancies" : reviewed + " of " + rows.size() + " reviewed");
    }

    /** Where each report shows the discrepancy: its two sides, and the same group's quote in the others. */
    private Map<String, Span> focusOf(Discrepancy d) {
        Map<String, Quote> quotes = comparison.quotesById();
        Map<String, Span> out = new LinkedHashMap<>();
        for (Discrepancy.Side side : List.of(d.a(), d.b())) {
            Span s = side.span().isEmpty() ? quotes.get(side.quoteId()).span() : side.span();
            out.putIfAbsent(side.reportId(), s);
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

    public ObservableList<DiscrepancyRow> getRows() {
        return rows;
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

    /** "3 of 9 reviewed". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last write's failure, for the status bar; null when it went fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
