package org.verbatim.ui.viewmodel;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.ui.highlight.Highlight;

/**
 * What one report pane shows: a title, an outlet/date line, the text and its highlights.
 * Change it on the UI thread only; the view listens to these properties.
 */
public final class ReportPaneViewModel {

    /** Separator between the parts of the outlet line. */
    static final String SEPARATOR = " · ";

    private final String id;
    private final String source;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper outletLine = new ReadOnlyStringWrapper(this, "outletLine", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyIntegerWrapper wordCount = new ReadOnlyIntegerWrapper(this, "wordCount", 0);
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights =
            new ReadOnlyObjectWrapper<>(this, "highlights", List.of());

    /**
     * @param id     a stable id within the story ("r1", ...)
     * @param source where the report came from (file name, path or URL), for tooltips
     */
    private final javafx.beans.property.ObjectProperty<org.verbatim.core.model.Span> focus =
            new javafx.beans.property.SimpleObjectProperty<>(this, "focus");
    private final javafx.beans.property.BooleanProperty lacksSelection =
            new javafx.beans.property.SimpleBooleanProperty(this, "lacksSelection", false);

    private final javafx.beans.property.ObjectProperty<double[]> heat =
            new javafx.beans.property.SimpleObjectProperty<>(this, "heat", new double[0]);

    /** Where this report's variation lies, for its heat strip (see {@link Overview}); empty before a comparison. */
    public javafx.beans.property.ObjectProperty<double[]> heatProperty() {
        return heat;
    }

    private final javafx.beans.property.BooleanProperty shown =
            new javafx.beans.property.SimpleBooleanProperty(this, "shown", true);

    /**
     * Whether the report has a pane on screen. A hidden report is still compared; the window keeps the
     * choice while the project stays open, across re-comparisons.
     */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /** The span this pane should scroll to and mark (the selected discrepancy's words here); null for none. */
    public javafx.beans.property.ObjectProperty<org.verbatim.core.model.Span> focusProperty() {
        return focus;
    }

    /** True when a discrepancy is selected that this report does not print; its header says so. */
    public javafx.beans.property.BooleanProperty lacksSelectionProperty() {
        return lacksSelection;
    }

    public ReportPaneViewModel(String id, String source, String title, String outletLine, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = source == null ? "" : source;
        this.title.set(title == null || title.isBlank() ? this.source : title);
        this.outletLine.set(outletLine == null ? "" : outletLine);
        this.text.set(Objects.requireNonNull(text, "text"));
        this.wordCount.set(countWords(text));
    }

    /** A pane for a report: the title falls back to the report's path, the outlet line is "outlet · date". */
    public static ReportPaneViewModel of(Report report) {
        ReportMeta meta = report.meta() == null ? ReportMeta.EMPTY : report.meta();
        return new ReportPaneViewModel(report.id(), report.path(), meta.title(), outletLine(meta), report.text());
    }

    /** Shows changed details (a rename, a new outlet or date) without touching the text or its highlights. */
    public void setMeta(ReportMeta meta) {
        ReportMeta m = meta == null ? ReportMeta.EMPTY : meta;
        title.set(m.title() == null || m.title().isBlank() ? source : m.title());
        outletLine.set(outletLine(m));
    }

    /** The outlet and date that are stated, joined by {@value #SEPARATOR}; empty when neither is. */
    static String outletLine(ReportMeta meta) {
        return Stream.of(meta.outlet(), meta.date())
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(SEPARATOR));
    }

    /** Runs of non-space characters holding at least one letter or digit. */
    static int countWords(String text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= Character.isLetterOrDigit(cp);
            }
        }
        return inToken && tokenHasWordChar ? words + 1 : words;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** Outlet and date, "The Moscow Times · 2015-09-15"; empty when the report states neither. */
    public ReadOnlyStringProperty outletLineProperty() {
        return outletLine.getReadOnlyProperty();
    }

    public String getOutletLine() {
        return outletLine.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public int getWordCount() {
        return wordCount.get();
    }

    /** The highlights of {@link #getText()}, an immutable list; empty when there are none. */
    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    public List<Highlight> getHighlights() {
        return highlights.get();
    }

    /** Replaces the highlights; null means none. UI thread only. */
    public void setHighlights(List<Highlight> newHighlights) {
        highlights.set(newHighlights == null ? List.of() : List.copyOf(newHighlights));
    }
}
