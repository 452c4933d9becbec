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
 * Presentation mode: one variant place at a time, each of its readings side by side in large type with the
 * reports that print it, for a projector. It shows the confirmed places, or every substantive one when none is
 * confirmed yet.
 */
public final class PresentationViewModel {

    /**
     * One reading on a slide: the reports that print it, the whole quotation of the first, and where the
     * reading's words are in it (zero-width where it lacks them).
     */
    public record Version(String report, String quote, Span changed) {}

    /** One slide: the place's readings, the reference version's first. */
    public record Slide(String heading, String note, List<Version> versions) {
        public Slide {
            versions = List.copyOf(versions);
        }
    }

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
            List<Version> versions = new ArrayList<>();
            for (int i = 0; i < d.readings().size(); i++) {
                versions.add(version(c, quotes, d.readings().get(i).spans().get(0), String.join(", ",
                        r.reports().get(i))));
            }
            out.add(new Slide(r.speaker() + " \u00B7 " + d.kind().plain() + " \u00B7 " + d.kind().description(),
                    r.note() == null ? "" : r.note(), versions));
        }
        this.slides = List.copyOf(out);
    }

    private static Version version(Comparison c, Map<String, Quote> quotes, Discrepancy.Location at, String title) {
        Quote q = quotes.get(at.quoteId());
        String text = c.report(at.reportId()).text();
        Span qs = q.span();
        int start = Math.min(qs.length(), Math.max(0, at.span().start() - qs.start()));
        Span changed = new Span(start, Math.max(start, Math.min(qs.length(), at.span().end() - qs.start())));
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
