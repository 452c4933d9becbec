package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Collation;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.text.Token;

/**
 * A quote group as a collation table: one row per version (report), the words aligned in columns, and the
 * columns where the versions differ marked as variants. Between two variant columns every version reads the
 * same. A version that is another translation altogether is one variant across the whole quote.
 *
 * @param rows    the report title of each row, in report order
 * @param columns the aligned stretches, left to right
 */
public record AlignmentTable(List<String> rows, List<Column> columns) {

    /**
     * One stretch of the quote.
     *
     * @param variant  whether the versions differ here
     * @param readings what each row reads here ("" where a version has no words), one per row
     */
    public record Column(boolean variant, List<String> readings) {
        public Column {
            readings = List.copyOf(readings);
        }
    }

    public AlignmentTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** An empty table, for no selection. */
    public static final AlignmentTable EMPTY = new AlignmentTable(List.of(), List.of());

    /**
     * The table of {@code cluster}, its versions in the order of the reports; titles name the rows. Each
     * report's tokens come from {@code tokens} (a cache kept for the comparison, so moving from one
     * discrepancy to the next does not tokenize whole reports again).
     */
    public static AlignmentTable of(Comparison c, Cluster cluster, Map<String, String> titles,
                                    java.util.function.Function<Report, List<Token>> tokens) {
        Map<String, Quote> quotes = c.quotesById();
        List<Quote> versions = new ArrayList<>();
        for (Comparison.ReportResult r : c.reports()) {
            for (String id : cluster.quoteIds()) {
                Quote q = quotes.get(id);
                if (q.reportId().equals(r.report().id())) {
                    versions.add(q);
                }
            }
        }
        if (versions.isEmpty()) {
            return EMPTY;
        }
        List<List<Token>> quoteTokens = new ArrayList<>();
        for (Quote q : versions) {
            List<Token> all = tokens.apply(c.report(q.reportId()));
            quoteTokens.add(all.stream().filter(t -> q.ownSpans().stream()
                    .anyMatch(own -> own.contains(new Span(t.start(), t.end())))).toList());
        }
        Set<Integer> whole = new HashSet<>();
        for (Discrepancy d : c.discrepancies()) {
            if (d.clusterId().equals(cluster.id()) && d.kind() == DiffKind.TRANSLATION) {
                for (int i = 1; i < versions.size(); i++) {
                    if (versions.get(i).id().equals(d.b().quoteId()) || versions.get(i).id().equals(d.a().quoteId())) {
                        whole.add(i);
                    }
                }
            }
        }
        List<List<String>> words = quoteTokens.stream().map(ts -> ts.stream().map(Token::norm).toList()).toList();
        List<Collation.Place> places = Collation.places(words, whole);

        List<Column> columns = new ArrayList<>();
        int at = 0;
        for (Collation.Place p : places) {
            if (p.base().from() > at) {
                columns.add(same(c, versions, quoteTokens, new Collation.Range(at, p.base().from())));
            }
            List<String> readings = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                readings.add(text(c, versions.get(i), quoteTokens.get(i), p.readings().get(i)));
            }
            columns.add(new Column(true, readings));
            at = p.base().to();
        }
        if (at < quoteTokens.get(0).size()) {
            columns.add(same(c, versions, quoteTokens, new Collation.Range(at, quoteTokens.get(0).size())));
        }
        List<String> rows = versions.stream().map(q -> titles.getOrDefault(q.reportId(), q.reportId())).toList();
        return new AlignmentTable(rows, columns);
    }

    /** A stretch all versions read as the base does: the base's words on every row. */
    private static Column same(Comparison c, List<Quote> versions, List<List<Token>> tokens, Collation.Range r) {
        String base = text(c, versions.get(0), tokens.get(0), r);
        List<String> readings = new ArrayList<>();
        versions.forEach(v -> readings.add(base));
        return new Column(false, readings);
    }

    /** The original text of tokens {@code [from, to)}, spacing and punctuation between them included. */
    private static String text(Comparison c, Quote q, List<Token> tokens, Collation.Range r) {
        if (r.isEmpty()) {
            return "";
        }
        String text = c.report(q.reportId()).text();
        return text.substring(tokens.get(r.from()).start(), tokens.get(r.to() - 1).end())
                .replaceAll("\\s+", " ");
    }
}
