package org.verbatim.ui.view;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.WindowEvent;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.ui.viewmodel.CorrectionsViewModel;

/**
 * The corrections in a report pane's context menu: on a quote, move it to another group, keep it alone, say it
 * is not a quote or is a term, set or clear its speaker; on selected words, mark them as a quote. The quote is
 * the one under the selection, or else under the right click. The view model does the work; Undo takes it back.
 */
final class CorrectionItems {

    private final StyleClassedTextArea area;
    private final String reportId;
    private final CorrectionsViewModel model;
    private final MenuItem which = item("correct-which", "No quote here");
    private final MenuItem mark = item("correct-mark-quote", "Mark as a quote");
    private final MenuItem move = item("correct-move", "Move to group\u2026");
    private final MenuItem alone = item("correct-alone", "Keep alone");
    private final MenuItem notQuote = item("correct-not-quote", "Not a quote");
    private final MenuItem term = item("correct-term", "A term, not a quote");
    private final MenuItem speaker = item("correct-speaker", "Set speaker\u2026");
    private final MenuItem clear = item("correct-clear-speaker", "Clear speaker");
    private int clicked;
    private Quote quote;

    private CorrectionItems(StyleClassedTextArea area, String reportId, CorrectionsViewModel model) {
        this.area = area;
        this.reportId = reportId;
        this.model = model;
    }

    /** Adds the corrections to the pane's context menu. */
    static void install(ReportPane pane, CorrectionsViewModel model) {
        StyleClassedTextArea area = pane.textArea();
        CorrectionItems items = new CorrectionItems(area, pane.model().id(), model);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> items.clicked = area.hit(e.getX(), e.getY()).getInsertionIndex());
        ContextMenu menu = area.getContextMenu();
        items.which.setDisable(true);
        menu.getItems().addAll(new SeparatorMenuItem(), items.mark, new SeparatorMenuItem(), items.which,
                items.move, items.alone, items.notQuote, items.term, items.speaker, items.clear);
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> items.showing());
        items.wire();
    }

    private static MenuItem item(String id, String text) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        return m;
    }

    private Span selection() {
        IndexRange r = area.getSelection();
        return new Span(r.getStart(), r.getEnd());
    }

    /** What the menu offers where it opens. */
    private void showing() {
        Span at = selection().isEmpty() ? new Span(clicked, clicked) : selection();
        quote = model.quoteAt(reportId, at).orElse(null);
        mark.setDisable(selection().isEmpty());
        which.setText(quote == null ? "No quote here" : "Quote \u00AB" + excerpt(quote.text()) + "\u00BB");
        for (MenuItem m : List.of(move, alone, notQuote, term, speaker, clear)) {
            m.setDisable(quote == null);
        }
        if (quote != null) {
            move.setDisable(model.groupsToMoveTo(quote).isEmpty());
            clear.setDisable(quote.speaker() == null);
        }
    }

    private void wire() {
        mark.setOnAction(e -> model.markQuote(reportId, selection()));
        alone.setOnAction(e -> model.keepAlone(quote));
        notQuote.setOnAction(e -> model.notAQuote(quote));
        term.setOnAction(e -> model.term(quote));
        clear.setOnAction(e -> model.clearSpeaker(quote));
        move.setOnAction(e -> {
            Quote q = quote;
            List<CorrectionsViewModel.Group> groups = model.groupsToMoveTo(q);
            ChoiceDialog<CorrectionsViewModel.Group> d = new ChoiceDialog<>(groups.get(0), groups);
            d.setTitle("Move to group");
            d.setHeaderText("Move \u00AB" + excerpt(q.text()) + "\u00BB into the group of");
            d.getDialogPane().setId("move-to-group-dialog");
            d.initOwner(area.getScene().getWindow());
            d.showAndWait().ifPresent(g -> model.moveToGroup(q, g));
        });
        speaker.setOnAction(e -> {
            Quote q = quote;
            TextInputDialog d = new TextInputDialog(q.speaker() == null ? "" : q.speaker());
            d.setTitle("Set speaker");
            d.setHeaderText("Who said \u00AB" + excerpt(q.text()) + "\u00BB?");
            d.getDialogPane().setId("speaker-dialog");
            d.getEditor().setId("speaker-name");
            d.initOwner(area.getScene().getWindow());
            Optional<String> name = d.showAndWait();
            name.ifPresent(n -> model.setSpeaker(q, n));
        });
    }

    private static String excerpt(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        return w.length() > 40 ? w.substring(0, 39) + "\u2026" : w;
    }
}
