package org.verbatim.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.Comparison;
import org.verbatim.core.model.CodePoints;
import org.verbatim.review.Annotation;

/**
 * A project as JSON: the engine's shape ({@link ComparisonJson}) plus {@code "annotations"}, each with its
 * status, note, tags, author, times, the discrepancy fingerprint it hangs on, and its anchor (exact text,
 * prefix, suffix, and code point offsets in its report).
 */
public final class ProjectJson {

    public void write(Comparison c, List<Annotation> annotations, Writer out) throws IOException {
        write(c, annotations, out, g -> { });
    }

    /** With more top-level fields after the annotations (the project's corrections, written by the caller). */
    public void write(Comparison c, List<Annotation> annotations, Writer out, ComparisonJson.Extra more)
            throws IOException {
        Map<String, CodePoints> cps = new HashMap<>();
        c.reports().forEach(r -> cps.put(r.report().id(), new CodePoints(r.report().text())));
        new ComparisonJson().write(c, out, g -> {
            g.writeArrayFieldStart("annotations");
            for (Annotation a : annotations) {
                annotation(g, a, cps.get(a.reportId()));
            }
            g.writeEndArray();
            more.write(g);
        });
    }

    private static void annotation(JsonGenerator g, Annotation a, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", a.id());
        g.writeStringField("target", a.onDiscrepancy() ? "discrepancy" : "span");
        g.writeStringField("fingerprint", a.fingerprint());
        g.writeStringField("report", a.reportId());
        g.writeStringField("status", a.status().key());
        g.writeStringField("category", a.category());
        g.writeStringField("note", a.note());
        g.writeArrayFieldStart("tags");
        for (String t : a.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeStringField("author", a.author());
        g.writeStringField("created", a.createdAt());
        g.writeStringField("updated", a.updatedAt());
        g.writeBooleanField("orphaned", a.orphaned());
        g.writeObjectFieldStart("anchor");
        g.writeStringField("exact", a.anchor().quote().exact());
        g.writeStringField("prefix", a.anchor().quote().prefix());
        g.writeStringField("suffix", a.anchor().quote().suffix());
        boolean placed = cp != null && !a.orphaned();
        g.writeNumberField("start", placed ? cp.of(a.anchor().position().start()) : a.anchor().position().start());
        g.writeNumberField("end", placed ? cp.of(a.anchor().position().end()) : a.anchor().position().end());
        g.writeEndObject();
        g.writeEndObject();
    }
}
