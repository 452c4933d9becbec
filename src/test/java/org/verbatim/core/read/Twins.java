package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * A report read from one format compared with its twin read from another (UTF-8, plain text): the same
 * quotes, each grouped with its twin's, and every quote's offsets into the text its reader produced.
 */
final class Twins {

    private Twins() {
    }

    static Report report(String id, ReadReport read) {
        ReadResult r = read.result();
        return new Report(id, read.name(), r.text(), r.format(), r.meta(), r.hidden());
    }

    /** Asserts that {@code a} and {@code b} print the same quotes and that each is grouped with its twin. */
    static void assertSameQuotesGroupedTogether(ReadReport a, ReadReport b) {
        Report ra = report("r1", a);
        Report rb = report("r2", b);
        Comparison c = Pipeline.standard().compare(List.of(ra, rb), ComparisonSettings.DEFAULTS);
        List<Quote> qa = c.quotes().stream().filter(q -> q.reportId().equals("r1")).toList();
        List<Quote> qb = c.quotes().stream().filter(q -> q.reportId().equals("r2")).toList();
        assertThat(qa).as("quotes found in " + a.name()).isNotEmpty();
        assertThat(words(qa, ra)).as("the quotes of " + a.name() + " and of " + b.name())
                .isEqualTo(words(qb, rb));
        Map<String, String> clusterOf = new HashMap<>();
        c.clusters().forEach(cl -> cl.quoteIds().forEach(id -> clusterOf.put(id, cl.id())));
        for (int i = 0; i < qa.size(); i++) {
            assertThat(clusterOf.get(qa.get(i).id())).as("the group of " + qa.get(i).text())
                    .isEqualTo(clusterOf.get(qb.get(i).id()));
            assertThat(ra.text().substring(qa.get(i).span().start(), qa.get(i).span().end()))
                    .isEqualTo(qa.get(i).text());
        }
    }

    /** Each quote's words, without line breaks, spaces or marks that a format may set differently. */
    private static List<String> words(List<Quote> quotes, Report unused) {
        return quotes.stream().map(q -> q.text().replaceAll("[\\s\\u00AD]+", " ").strip()).toList();
    }
}
