package org.verbatim.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.Size;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.export.ComparisonJson;

/**
 * Generated hostile reports through the whole engine (read text → clutter → quotes → groups → alignment →
 * places): what must hold for any input. Bounded so that the properties run in well under a minute.
 */
class PipelinePropertiesTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    @Provide
    Arbitrary<List<String>> stories() {
        return net.jqwik.api.Arbitraries.oneOf(HostileTexts.report(), HostileTexts.quotingReport()).list().ofMinSize(1)
                .ofMaxSize(4);
    }

    private static List<Report> reports(List<String> texts) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(Report.of("r" + (i + 1), "fuzz-" + (i + 1) + ".txt", texts.get(i)));
        }
        return out;
    }

    @Property(tries = 150)
    void everySpanLiesInItsTextAndQuotesAreTheirText(@ForAll("stories") List<String> texts) {
        Comparison c = PIPELINE.compare(reports(texts), ComparisonSettings.DEFAULTS);
        for (Quote q : c.quotes()) {
            String text = c.report(q.reportId()).text();
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.text()).isEqualTo(q.span().of(text));
            assertThat(q.ownSpans()).allSatisfy(s -> assertThat(q.span().contains(s) || s.isEmpty()).isTrue());
        }
        for (Discrepancy d : c.discrepancies()) {
            assertThat(d.readings()).hasSizeGreaterThanOrEqualTo(2);
            for (Discrepancy.Reading r : d.readings()) {
                for (Discrepancy.Location l : r.spans()) {
                    String text = c.report(l.reportId()).text();
                    assertThat(l.span().end()).isLessThanOrEqualTo(text.length());
                    if (r.isEmpty()) {
                        Span quote = c.quotesById().get(l.quoteId()).span();
                        assertThat(l.span().isEmpty()).isTrue();
                        assertThat(l.span().start()).isBetween(quote.start(), quote.end());
                    }
                }
            }
        }
    }

    @Property(tries = 60)
    void fingerprintsDoNotDependOnTheOrderOfTheReports(@ForAll("stories") @Size(min = 2) List<String> texts) {
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        assertThat(fingerprints(texts)).isEqualTo(fingerprints(reversed));
    }

    private static List<String> fingerprints(List<String> texts) {
        return PIPELINE.compare(reports(texts), ComparisonSettings.DEFAULTS).discrepancies().stream()
                .map(Discrepancy::fingerprint).sorted().toList();
    }

    @Property(tries = 60)
    void theJsonParses(@ForAll("stories") List<String> texts) throws Exception {
        StringWriter out = new StringWriter();
        new ComparisonJson().write(PIPELINE.compare(reports(texts), ComparisonSettings.DEFAULTS), out);
        assertThat(new ObjectMapper().readTree(out.toString()).get("quotes")).isNotNull();
    }

    @Property(tries = 3)
    void aVeryLongLineIsCompared(@ForAll @From("longLines") String line) {
        assertThat(PIPELINE.compare(reports(List.of(line, "\"" + line.substring(0, 200) + "\"")),
                ComparisonSettings.DEFAULTS).reports()).hasSize(2);
    }

    @Provide
    Arbitrary<String> longLines() {
        return HostileTexts.longLine();
    }
}
