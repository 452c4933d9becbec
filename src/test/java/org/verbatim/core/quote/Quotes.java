package org.verbatim.core.quote;

import java.util.List;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Paragraphs;

/** Runs the standard quote finder over one report's text. */
final class Quotes {

    private Quotes() {}

    /** Every quotation of {@code text}, as report r1, with the default clutter rules applied. */
    static List<Quote> in(String text) {
        List<Span> paragraphs = Paragraphs.of(text);
        return QuoteFinder.standard().find("r1", text, paragraphs, ClutterDetector.rules().detect(text, paragraphs));
    }

    /** The only quotation of {@code text}. */
    static Quote onlyIn(String text) {
        List<Quote> quotes = in(text);
        if (quotes.size() != 1) {
            throw new AssertionError("expected one quotation, found " + table(quotes));
        }
        return quotes.get(0);
    }

    /** "SPEECH MARKED | Helen Ward | We cannot keep patching this road…", one line per quotation. */
    static String table(List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        for (Quote q : quotes) {
            out.append(q.kind()).append(' ').append(q.form()).append(" | ").append(q.speaker()).append(" | ")
                    .append(q.text().replace("\n", "⏎")).append('\n');
        }
        return out.toString();
    }
}
