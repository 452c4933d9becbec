package org.verbatim.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.collate.Alignment;
import org.verbatim.core.collate.Cell;
import org.verbatim.core.collate.Witness;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

/**
 * Whether cached results fit the reports they are joined to: every id they refer to exists, every span lies in
 * its report's text, and every quotation's text is the text at its span. A cache that does not fit is dropped
 * and the reports compared again, never shown half-right.
 */
final class CacheCheck {

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();

    private CacheCheck(List<Report> reports) {
        reports.forEach(r -> texts.put(r.id(), r.text()));
    }

    static void check(ComparisonCodec.Found found, List<Report> reports) throws ComparisonCodec.Damaged {
        CacheCheck c = new CacheCheck(reports);
        c.need(found.excluded() != null && found.quotes() != null && found.clusters() != null
                && found.passages() != null && found.discrepancies() != null
                && found.alignments() != null, "a part of it is missing");
        c.need(found.excluded().keySet().equals(c.texts.keySet()), "it is of other reports");
        for (Map.Entry<String, List<Excluded>> e : found.excluded().entrySet()) {
            c.need(e.getValue() != null, "the exclusions of " + e.getKey() + " are missing");
            for (Excluded x : e.getValue()) {
                c.need(x != null && x.reason() != null, "an exclusion is missing");
                c.span(e.getKey(), x.span());
            }
        }
        for (Quote q : found.quotes()) {
            c.quote(q);
        }
        Set<String> clusters = new HashSet<>();
        for (Cluster cl : found.clusters()) {
            c.need(cl != null && cl.id() != null && cl.quoteIds() != null, "a quote group is missing");
            clusters.add(cl.id());
            for (String id : cl.quoteIds()) {
                c.need(c.quotes.containsKey(id), "a quote group names an unknown quote");
            }
        }
        for (Passage p : found.passages()) {
            c.need(p != null && p.id() != null && p.spans() != null, "a passage is missing");
            for (Passage.ReportSpan s : p.spans()) {
                c.need(s != null, "a passage's span is missing");
                c.span(s.reportId(), s.span());
            }
        }
        for (Discrepancy d : found.discrepancies()) {
            c.need(d != null && d.id() != null && d.fingerprint() != null && d.kind() != null && d.severity() != null
                    && clusters.contains(d.clusterId()), "a discrepancy is missing a part");
            c.need(d.readings() != null && d.readings().size() >= 2, "a discrepancy has fewer than two readings");
            for (Discrepancy.Reading r : d.readings()) {
                c.need(r != null && r.text() != null && r.spans() != null && !r.spans().isEmpty(),
                        "a discrepancy's reading is missing");
                for (Discrepancy.Location l : r.spans()) {
                    c.location(l);
                }
            }
        }
        for (Alignment a : found.alignments()) {
            c.need(a != null && clusters.contains(a.clusterId()) && a.witnesses() != null && a.rows() != null
                    && a.rows().size() == a.witnesses().size(), "an alignment is missing a part");
            for (int w = 0; w < a.witnesses().size(); w++) {
                Witness witness = a.witnesses().get(w);
                c.need(witness != null && c.texts.containsKey(witness.reportId()), "an alignment names an unknown report");
                for (Cell cell : a.rows().get(w)) {
                    c.need(cell != null && cell.state() != null, "an alignment's cell is missing");
                    if (cell.isToken()) {
                        c.need(c.quotes.containsKey(cell.quoteId()), "an alignment names an unknown quote");
                        c.span(witness.reportId(), cell.span());
                    }
                }
            }
        }
    }

    private void quote(Quote q) throws ComparisonCodec.Damaged {
        need(q != null && q.id() != null && q.kind() != null && q.form() != null && q.attribution() != null
                && q.utteranceId() != null && q.ownSpans() != null && q.text() != null, "a quote is missing a part");
        span(q.reportId(), q.span());
        need(q.span().of(texts.get(q.reportId())).equals(q.text()), "a quote's words are not at its place");
        for (Span s : q.ownSpans()) {
            span(q.reportId(), s);
        }
        need(quotes.put(q.id(), q) == null, "two quotes have one id");
    }

    private void location(Discrepancy.Location l) throws ComparisonCodec.Damaged {
        need(l != null && quotes.containsKey(l.quoteId()), "a discrepancy names an unknown quote");
        Quote q = quotes.get(l.quoteId());
        need(q.reportId().equals(l.reportId()), "a discrepancy's quote is in another report");
        span(l.reportId(), l.span());
    }

    private void span(String reportId, Span s) throws ComparisonCodec.Damaged {
        need(reportId != null && texts.containsKey(reportId), "it names a report the project does not have");
        need(s != null && s.end() <= texts.get(reportId).length(), "a span lies outside its report");
    }

    private void need(boolean fits, String otherwise) throws ComparisonCodec.Damaged {
        if (!fits) {
            throw new ComparisonCodec.Damaged(otherwise);
        }
    }
}
