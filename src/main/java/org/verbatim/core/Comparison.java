package org.verbatim.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.collate.Alignment;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * Everything the engine found in one run: pure data, every span an offset into a report's original text.
 *
 * @param reports       the reports compared, each with its excluded spans
 * @param quotes        every quotation of every report, in report order then text order
 * @param clusters      quotations grouped by the utterance they render; every quotation is in exactly one
 * @param passages      narrative sentences of different reports that tell the same fact
 * @param discrepancies the variant places of every group, each classified
 * @param alignments    each group's versions aligned word by word (groups of two or more quotations), the
 *                      structure the places were cut from
 */
public record Comparison(List<ReportResult> reports, List<Quote> quotes, List<Cluster> clusters,
                         List<Passage> passages, List<Discrepancy> discrepancies, List<Alignment> alignments) {

    /** A report with what the clutter stage excluded. */
    public record ReportResult(Report report, List<Excluded> excluded) {
        public ReportResult {
            excluded = List.copyOf(excluded);
        }
    }

    public Comparison {
        reports = List.copyOf(reports);
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
        passages = List.copyOf(passages);
        discrepancies = List.copyOf(discrepancies);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
    }

    /** The alignment of a group, or null for a group of one. */
    public Alignment alignment(String clusterId) {
        for (Alignment a : alignments) {
            if (a.clusterId().equals(clusterId)) {
                return a;
            }
        }
        return null;
    }

    public Map<String, Quote> quotesById() {
        return quotes.stream().collect(Collectors.toMap(Quote::id, Function.identity()));
    }

    public Report report(String id) {
        for (ReportResult r : reports) {
            if (r.report().id().equals(id)) {
                return r.report();
            }
        }
        throw new IllegalArgumentException("no report " + id);
    }
}
