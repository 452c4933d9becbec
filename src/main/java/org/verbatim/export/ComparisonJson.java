package org.verbatim.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.CodePoints;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.provenance.Provenance;
import org.verbatim.core.provenance.Provenances;
import org.verbatim.core.quote.Quote;

/**
 * The engine's results as JSON, for programs. Offsets are Unicode code points into each report's text as
 * decoded (BOM excluded), end exclusive. Shape:
 * <pre>
 * {"reports": [{"id", "path", "format", "title", "outlet", "date", "url", "author", "encoding",
 *               "excluded": [[start, end], ...]}],
 *  "quotes": [{"id", "report", "start", "end", "spans", "text", "kind", "form" ("user" when the user marked it),
 *              "speaker", "verb", "speaker_by" ("user" when the user set the speaker), ...}],
 *  "clusters": [{"id", "quotes": [ids]}],
 *  "passages": [{"id", "spans": [{"report", "start", "end"}]}],
 *  "discrepancies": [{"id", "cluster", "kind", "severity", "fingerprint",
 *                     "readings": [{"text", "spans": [{"quote", "report", "start", "end"}]}]}],
 *  "provenance": [{"cluster", "earliest", "earliest_date",
 *                  "edges": [{"from", "to", "basis", "shared": [discrepancy ids], "agree", "differ"}]}]}
 * </pre>
 * {@code provenance} is {@link Provenances#of}: for each group printed by two reports or more, the report dated
 * first and, for every other report, its most likely source with the evidence (the places where the two share a
 * reading most others lack; how many places they agree and differ at; whether dates confirmed the direction).
 */
public final class ComparisonJson {

    /** Writes into the caller's writer and leaves it open (the caller may write more after the JSON). */
    private final JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final boolean pretty;

    /** Indented, for people and files. */
    public ComparisonJson() {
        this(true);
    }

    private ComparisonJson(boolean pretty) {
        this.pretty = pretty;
    }

    /** On one line, for JSON-lines output (one story a line). */
    public static ComparisonJson compact() {
        return new ComparisonJson(false);
    }

    /** More top-level fields after the engine's (the project's annotations). */
    @FunctionalInterface
    public interface Extra {
        void write(JsonGenerator g) throws IOException;
    }

    public void write(Comparison c, Writer out) throws IOException {
        write(c, out, g -> { });
    }

    public void write(Comparison c, Writer out, Extra extra) throws IOException {
        write(c, out, g -> { }, extra);
    }

    /** With fields of the caller's before the engine's ({@code head}: a corpus story's id and title) and after. */
    public void write(Comparison c, Writer out, Extra head, Extra extra) throws IOException {
        Map<String, CodePoints> cps = new HashMap<>();
        for (Comparison.ReportResult r : c.reports()) {
            cps.put(r.report().id(), new CodePoints(r.report().text()));
        }
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            head.write(g);
            g.writeArrayFieldStart("reports");
            for (Comparison.ReportResult r : c.reports()) {
                report(g, r, cps.get(r.report().id()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : c.quotes()) {
                quote(g, q, cps.get(q.reportId()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("clusters");
            for (Cluster cl : c.clusters()) {
                g.writeStartObject();
                g.writeStringField("id", cl.id());
                stringArray(g, "quotes", cl.quoteIds());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("passages");
            for (Passage p : c.passages()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeArrayFieldStart("spans");
                for (Passage.ReportSpan s : p.spans()) {
                    g.writeStartObject();
                    g.writeStringField("report", s.reportId());
                    offsets(g, s.span(), cps.get(s.reportId()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("discrepancies");
            for (Discrepancy d : c.discrepancies()) {
                discrepancy(g, d, cps);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("provenance");
            for (Provenance p : Provenances.of(c)) {
                provenance(g, p);
            }
            g.writeEndArray();
            extra.write(g);
            g.writeEndObject();
        }
    }

    /** One group's provenance, as the "provenance" list holds it (also used by the corpus JSON). */
    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStartObject();
        g.writeStringField("cluster", p.clusterId());
        g.writeStringField("earliest", p.earliest());
        g.writeStringField("earliest_date", p.earliestDate());
        g.writeArrayFieldStart("edges");
        for (Provenance.Edge e : p.edges()) {
            g.writeStartObject();
            g.writeStringField("from", e.from());
            g.writeStringField("to", e.to());
            g.writeStringField("basis", e.basis().label());
            g.writeArrayFieldStart("shared");
            for (String id : e.shared()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeNumberField("agree", e.agree());
            g.writeNumberField("differ", e.differ());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void report(JsonGenerator g, Comparison.ReportResult r, CodePoints cp) throws IOException {
        Report rep = r.report();
        ReportMeta m = rep.meta();
        g.writeStartObject();
        g.writeStringField("id", rep.id());
        g.writeStringField("path", rep.path());
        g.writeStringField("format", rep.format().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("title", m.title());
        g.writeStringField("outlet", m.outlet());
        g.writeStringField("date", m.date());
        g.writeStringField("url", m.url());
        g.writeStringField("author", m.author());
        g.writeStringField("encoding", m.encoding());
        g.writeArrayFieldStart("excluded");
        for (Excluded e : r.excluded()) {
            pair(g, e.span(), cp);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("excluded_reasons");
        for (Excluded e : r.excluded()) {
            g.writeString(e.reason());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("report", q.reportId());
        offsets(g, q.span(), cp);
        g.writeArrayFieldStart("spans");
        for (Span s : q.ownSpans()) {
            pair(g, s, cp);
        }
        g.writeEndArray();
        g.writeStringField("text", q.text());
        g.writeStringField("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("form", q.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Attribution a = q.attribution();
        g.writeStringField("speaker", a.speaker());
        g.writeStringField("verb", a.verb());
        if (a.how() == Attribution.How.USER) {
            g.writeStringField("speaker_by", "user"); // the user set (or cleared) the speaker
        }
        if (a.relayedBy() != null) {
            g.writeStringField("relayed_by", a.relayedBy());
        }
        if (a.speakerSpan() != null) {
            g.writeFieldName("speaker_span");
            pair(g, a.speakerSpan(), cp);
        }
        g.writeStringField("parent", q.parentId());
        g.writeStringField("utterance", q.utteranceId());
        g.writeBooleanField("excluded", q.excluded());
        g.writeEndObject();
    }

    private static void discrepancy(JsonGenerator g, Discrepancy d, Map<String, CodePoints> cps) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("cluster", d.clusterId());
        g.writeStringField("kind", d.kind().label());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("fingerprint", d.fingerprint());
        g.writeArrayFieldStart("readings");
        for (Discrepancy.Reading r : d.readings()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeArrayFieldStart("spans");
            for (Discrepancy.Location l : r.spans()) {
                g.writeStartObject();
                g.writeStringField("quote", l.quoteId());
                g.writeStringField("report", l.reportId());
                offsets(g, l.span(), cps.get(l.reportId()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void offsets(JsonGenerator g, Span s, CodePoints cp) throws IOException {
        g.writeNumberField("start", cp.of(s.start()));
        g.writeNumberField("end", cp.of(s.end()));
    }

    private static void pair(JsonGenerator g, Span s, CodePoints cp) throws IOException {
        g.writeStartArray();
        g.writeNumber(cp.of(s.start()));
        g.writeNumber(cp.of(s.end()));
        g.writeEndArray();
    }

    private static void stringArray(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
