package org.verbatim.ui.viewmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.verbatim.core.Comparison;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.store.Affects;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.task.Delay;
import org.verbatim.ui.task.FxDelay;

/**
 * The review of discrepancies, in three parts that follow one selected row: the {@link #list()} (filters, search,
 * selection, J/K, where each report should scroll), the {@link #inspector()} (collation table, attributions,
 * readings, provenance) and the {@link #editor()} (status, category, tags, note, history, undo). Every change goes
 * straight to the project file, with undo and redo, on the project's own lane (never the UI thread). The methods
 * here hand on to the part that does the work. Use it from the UI thread.
 *
 * <p>Cosmetic differences (typography, punctuation that does not change the sense) are hidden until
 * {@link #showCosmeticProperty()} is set. J/K move through the rows as shown.
 */
public final class ReviewViewModel {

    private final DiscrepancyListViewModel list = new DiscrepancyListViewModel();
    private final InspectorViewModel inspector;
    private final AnnotationEditorViewModel editor;

    /** A review whose note is saved after a pause in typing on the JavaFX timer. */
    public ReviewViewModel() {
        this(new FxDelay());
    }

    /** A review whose note is saved after a pause in typing measured by {@code delay}. */
    public ReviewViewModel(Delay delay) {
        inspector = new InspectorViewModel(list);
        editor = new AnnotationEditorViewModel(list, delay);
    }

    /** The discrepancy list, its filters and its selection. */
    public DiscrepancyListViewModel list() {
        return list;
    }

    /** The inspector of the selected row's quote group. */
    public InspectorViewModel inspector() {
        return inspector;
    }

    /** The annotation editor of the selected row. */
    public AnnotationEditorViewModel editor() {
        return editor;
    }

    /**
     * Shows the discrepancies of {@code c} with their annotations, edited through {@code project}; keeps the
     * selection if it is there.
     */
    public void load(ProjectSession project, Comparison c, List<Annotation> annotationList) {
        editor.commitPendingNote();
        editor.use(project);
        list.load(c, annotationList);
    }

    /** Shows nothing: no project is open. */
    public void clear() {
        editor.commitPendingNote();
        list.clear();
        editor.use(null);
    }

    /**
     * Saves the note being typed, if any, to the project: what the window calls before it closes the project or
     * itself, so a typed note is never lost.
     */
    public void commitPendingNote() {
        editor.commitPendingNote();
    }

    // ------------------------------------------------------------------------------------------- the list

    /** Words to find in the speaker, the versions, the kind, the status or the note. */
    public StringProperty searchProperty() {
        return list.searchProperty();
    }

    /** Whether cosmetic differences are listed; false at first. */
    public BooleanProperty showCosmeticProperty() {
        return list.showCosmeticProperty();
    }

    /** The kinds to list; empty lists all. */
    public ObservableSet<DiffKind> kindFilter() {
        return list.kindFilter();
    }

    /** The severities to list; empty lists all (cosmetic only when shown, or chosen here). */
    public ObservableSet<Severity> severityFilter() {
        return list.severityFilter();
    }

    /** The statuses to list; empty lists all. */
    public ObservableSet<AnnotationStatus> statusFilter() {
        return list.statusFilter();
    }

    /** The reports whose discrepancies to list (either side); empty lists all. */
    public ObservableSet<String> reportFilter() {
        return list.reportFilter();
    }

    /** The open project's report ids, in order, for the report filter. */
    public ObservableList<String> getReportIds() {
        return list.getReportIds();
    }

    /** A report's title, for filters and the inspector. */
    public String reportTitle(String reportId) {
        return list.reportTitle(reportId);
    }

    /** The order of the rows: the table binds its column sorting here. Null keeps the engine's order. */
    public ObjectProperty<Comparator<? super DiscrepancyRow>> comparatorProperty() {
        return list.comparatorProperty();
    }

    /** Selects row {@code index} of the rows as shown (or nothing, for -1). */
    public void select(int index) {
        list.select(index);
    }

    /** J, F8: the next discrepancy, in the list's order. */
    public void next() {
        list.next();
    }

    /** K, Shift+F8: the previous one. */
    public void previous() {
        list.previous();
    }

    /** The rows as shown: filtered, searched and sorted. */
    public ObservableList<DiscrepancyRow> getRows() {
        return list.getRows();
    }

    /** Every discrepancy of the comparison, whatever the filters. */
    public ObservableList<DiscrepancyRow> getAllRows() {
        return list.getAllRows();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return list.selectedIndexProperty();
    }

    /** The selected row, which the inspector and the editor follow. */
    public ReadOnlyObjectProperty<DiscrepancyRow> selectedProperty() {
        return list.selectedProperty();
    }

    /** Per report id, the span to show for the selection; reports missing from the map lack it. */
    public ReadOnlyObjectProperty<Map<String, Span>> focusProperty() {
        return list.focusProperty();
    }

    /** "3 of 9 reviewed (33%) · 6 shown". */
    public ReadOnlyStringProperty progressProperty() {
        return list.progressProperty();
    }

    // ------------------------------------------------------------------------------------- the inspector

    /** The selected discrepancy's quote group as a collation table. */
    public ReadOnlyObjectProperty<AlignmentTable> alignmentProperty() {
        return inspector.alignmentProperty();
    }

    /** Who each report says spoke the selected group's words, and with which verb. */
    public ObservableList<InspectorViewModel.AttributionRow> getAttributions() {
        return inspector.getAttributions();
    }

    // ---------------------------------------------------------------------------------------- the editor

    /** The selected discrepancy's annotation (status, category, note, tags), or null before any. */
    public ReadOnlyObjectProperty<Annotation> annotationProperty() {
        return editor.annotationProperty();
    }

    /** The selected annotation's changes, oldest first. */
    public ObservableList<HistoryEntry> getHistory() {
        return editor.getHistory();
    }

    public void setStatus(AnnotationStatus status) {
        editor.setStatus(status);
    }

    public void setNote(String note) {
        editor.setNote(note);
    }

    /** Sets the selected discrepancy's category ("quote altered", say); blank clears it. */
    public void setCategory(String category) {
        editor.setCategory(category);
    }

    /** Sets the selected discrepancy's tags, from "tag, other tag" as typed. */
    public void setTags(String typed) {
        editor.setTags(typed);
    }

    /** The categories used so far in the project, for the category box's suggestions. */
    public List<String> knownCategories() {
        return editor.knownCategories();
    }

    /** Undoes the last edit of the project; {@code then} hears what it changed (nothing when there was none). */
    public void undo(Consumer<Affects> then) {
        editor.undo(then);
    }

    /** Redoes what {@link #undo} undid; {@code then} hears what it changed. */
    public void redo(Consumer<Affects> then) {
        editor.redo(then);
    }

    public void undo() {
        undo(affected -> { });
    }

    public void redo() {
        redo(affected -> { });
    }

    /** What the last undo or redo did, in words ("Undid the note of «to» → (nothing)"); null before any. */
    public ReadOnlyStringProperty undoneProperty() {
        return editor.undoneProperty();
    }

    /** The last write's failure, for the status bar; null when it went fine. */
    public ReadOnlyStringProperty problemProperty() {
        return editor.problemProperty();
    }
}
