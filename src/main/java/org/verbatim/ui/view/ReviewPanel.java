package org.verbatim.ui.view;

import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

import org.verbatim.ui.viewmodel.DiscrepancyRow;
import org.verbatim.ui.viewmodel.ReviewViewModel;

/**
 * Below the reports: the {@link DiscrepancyList} with its filters and search, the {@link InspectorPane} of the
 * selected discrepancy's quote group and the {@link AnnotationEditor}, side by side; the three follow the one
 * selected row of a {@link ReviewViewModel}. The keys (J/K, F8, 1–5, Ctrl+Z, Ctrl+F) are handled by
 * {@link MainWindow}.
 */
public final class ReviewPanel extends SplitPane {

    private final ReviewViewModel model;
    private final DiscrepancyList list;
    private final AnnotationEditor editor;

    public ReviewPanel(ReviewViewModel model) {
        this.model = model;
        this.list = new DiscrepancyList(model.list());
        InspectorPane inspector = new InspectorPane(model.inspector());
        this.editor = new AnnotationEditor(model.editor(), model.selectedProperty());
        getStyleClass().add("review-panel");
        getItems().addAll(list, inspector, editor);
        setDividerPositions(0.48, 0.74);
    }

    /** The table, for focus and tests. */
    public TableView<DiscrepancyRow> table() {
        return list.table();
    }

    /** Ctrl+F: puts the cursor in the search box with its text selected. */
    public void focusSearch() {
        list.search().requestFocus();
        list.search().selectAll();
    }

    /** Saves what is being typed in the editor (before a key moves the selection away). */
    public void commitNote() {
        editor.commitNote();
    }

    /** The note being typed, saved now: for the window to call before it closes. */
    public void commitPendingNote() {
        model.commitPendingNote();
    }

    /** True while the user types in the search box or the editor: letters and digits are theirs then. */
    public boolean isTyping() {
        return list.search().isFocused() || editor.isTyping();
    }
}
