package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.verbatim.core.Comparison;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.review.AnnotationStatus;

/**
 * Presentation mode: one discrepancy at a time, its two versions side by side in large type, for a projector.
 * It shows the confirmed discrepancies, or every substantive one when none is confirmed yet.
 */
public final class PresentationViewModel {

    /** One version on a slide: the report, the whole quotation, and where the changed words are in it. */
    public record Version(String report, String quote, Span changed) {}

    /** One slide. */
    public record Slide(String heading, String note, Version a, Version b) {}

    private final List<Slide> slides;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);

    public PresentationViewModel(Comparison c, List<DiscrepancyRow> rows) {
        List<DiscrepancyRow> chosen = rows.stream().filter(r -> r.status() == AnnotationStatus.CONFIRMED).toList();
        if (chosen.isEmpty()) {
            chosen = rows.stream().filter(r -> r.discrepancy().severity() == Severity.SUBSTANTIVE).toList();
        }
        Map<String, Quote> quotes = c.quotesById();
        List<Slide> out = new ArrayList<>();
        for (DiscrepancyRow r : chosen) {
            Discrepancy d = r.discrepancy();
            out.add(new Slide(r.speaker() + " \u00B7 " + d.kind().label() + " \u00B7 " + d.kind().description(),
                    r.note() == null ? "" : r.note(), version(c, quotes, d.a(), r.versionA()),
                    version(c, quotes, d.b(), r.versionB())));
        }
        this.slides = List.copyOf(out);
    }

    private static Version version(Comparison c, Map<String, Quote> quotes, Discrepancy.Side side, String title) {
        Quote q = quotes.get(side.quoteId());
        String text = c.report(side.reportId()).text();
        Span qs = q.span();
        Span changed = new Span(Math.max(0, side.span().start() - qs.start()),
                Math.max(0, Math.min(qs.length(), side.span().end() - qs.start())));
        return new Version(title, text.substring(qs.start(), qs.end()), changed);
    }

    public List<Slide> slides() {
        return slides;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The slide shown, or null when there is none. */
    public Slide current() {
        return slides.isEmpty() ? null : slides.get(index.get());
    }

    /** Right arrow. */
    public void next() {
        index.set(Math.min(slides.size() - 1, index.get() + 1));
    }

    /** Left arrow. */
    public void previous() {
        index.set(Math.max(0, index.get() - 1));
    }

    /** "3 / 7". */
    public String position() {
        return slides.isEmpty() ? "0 / 0" : (index.get() + 1) + " / " + slides.size();
    }
}
