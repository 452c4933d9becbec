package org.verbatim.ui.viewmodel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

/** Where the other reports tell what one report says at an offset: the same quote group, or the same passage. */
final class Counterparts {

    private Counterparts() {}

    /**
     * Per report id, the span of the counterpart of what {@code reportId} has at {@code offset}, the clicked
     * report included; empty when neither a quote nor a linked passage is there. A quote wins over a passage,
     * and the innermost quote over the one around it.
     */
    static Map<String, Span> at(Comparison c, String reportId, int offset) {
        Quote hit = null;
        for (Quote q : c.quotes()) {
            if (q.reportId().equals(reportId) && q.span().start() <= offset && offset < q.span().end()
                    && (hit == null || q.span().length() < hit.span().length())) {
                hit = q;
            }
        }
        Map<String, Span> out = new LinkedHashMap<>();
        if (hit != null) {
            out.put(reportId, hit.span());
            Map<String, Quote> quotes = c.quotesById();
            for (Cluster cl : c.clusters()) {
                if (cl.quoteIds().contains(hit.id())) {
                    for (String id : cl.quoteIds()) {
                        Quote q = quotes.get(id);
                        out.putIfAbsent(q.reportId(), q.span());
                    }
                }
            }
            return out;
        }
        for (Passage p : c.passages()) {
            boolean here = p.spans().stream().anyMatch(rs -> rs.reportId().equals(reportId)
                    && rs.span().start() <= offset && offset < rs.span().end());
            if (here) {
                p.spans().forEach(rs -> out.putIfAbsent(rs.reportId(), rs.span()));
                return out;
            }
        }
        return out;
    }
}
