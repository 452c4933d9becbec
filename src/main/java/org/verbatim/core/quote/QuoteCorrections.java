package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.core.model.Corrections;

/** Applies the user's corrections of one report to the quotations found in it. */
public final class QuoteCorrections {

    private QuoteCorrections() {}

    /**
     * @param corrections the report's corrections ({@link Corrections#of})
     * @return the quotations in text order: the user's added ones among them, the removed ones gone
     */
    public static List<Quote> apply(String reportId, String text, List<Quote> found, Corrections corrections) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : found) {
            if (named(corrections.removed(), q, found)) {
                continue;
            }
            if (named(corrections.terms(), q, found) && q.kind() == QuoteKind.SPEECH) {
                q = with(q, QuoteKind.TERM, q.attribution());
            }
            for (Corrections.SpeakerOverride s : corrections.speakers()) {
                if (s.quote().pick(found, Quote::reportId, Quote::span) == q) {
                    q = with(q, QuoteKind.SPEECH, new Attribution(s.speaker(), null, null, null, Attribution.How.USER));
                }
            }
            out.add(q);
        }
        int n = 0;
        for (Corrections.QuoteAt a : corrections.added()) {
            if (a.span().end() > text.length() || out.stream().anyMatch(q -> q.span().equals(a.span()))) {
                continue;
            }
            String id = reportId + "-u" + (++n);
            Attribution at = Attribution.NONE;
            for (Corrections.SpeakerOverride s : corrections.speakers()) {
                if (s.quote().names(reportId, a.span())) {
                    at = new Attribution(s.speaker(), null, null, null, Attribution.How.USER);
                }
            }
            out.add(new Quote(id, reportId, a.span(), List.of(a.span()), a.span().of(text), QuoteKind.SPEECH,
                    QuoteForm.USER, at, null, null, null, id, false));
        }
        out.sort(Comparator.comparing(Quote::span));
        return out;
    }

    /**
     * Whether one of the spans names the quotation: it is the quotation the span picks among those found (never
     * the one around a nested quote), and it overlaps at least half of it, or is it.
     */
    static boolean named(List<Corrections.QuoteAt> at, Quote q, List<Quote> found) {
        for (Corrections.QuoteAt a : at) {
            if (a.pick(found, Quote::reportId, Quote::span) == q && (a.span().equals(q.span())
                    || a.span().overlap(q.span()) * 2 >= Math.max(1, q.span().length()))) {
                return true;
            }
        }
        return false;
    }

    private static Quote with(Quote q, QuoteKind kind, Attribution a) {
        return new Quote(q.id(), q.reportId(), q.span(), q.ownSpans(), q.text(), kind, q.form(), a, q.openMark(),
                q.closeMark(), q.parentId(), q.utteranceId(), q.excluded());
    }
}
