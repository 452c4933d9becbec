package org.verbatim.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.TextQuoteSelector;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.CodePoints;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;

/**
 * The discrepancies and the annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD), for
 * annotation tools and research pipelines.
 *
 * <p>Every discrepancy is an annotation with motivation {@code assessing}: a {@code classifying} body with its kind,
 * a {@code describing} body saying what differs, the user's note as a {@code commenting} body, and the review status
 * ({@code "status:confirmed"}) and each tag as {@code tagging} bodies. Its targets are the differing words of each
 * side that has words. Annotations on any other span of a report follow, with motivation {@code commenting}.
 *
 * <p>A target's source is the report's URL when it has an http(s) one, else a {@code urn:uuid:} derived from the
 * report's text. Its selectors are a {@code TextQuoteSelector} (exact text with up to 32 characters on each side)
 * and a {@code TextPositionSelector} in Unicode code points of the text as imported. An annotation that lost its
 * place keeps only its quote selector.
 */
public final class W3cAnnotations implements Exporter {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        ExportView v = new ExportView(in);
        ObjectNode root = json.createObjectNode();
        root.put("@context", CONTEXT);
        StringBuilder identity = new StringBuilder("verbatim collection\n").append(in.title());
        v.reports().forEach(r -> identity.append('\n').append(source(r)));
        root.put("id", urn(identity.toString()));
        root.put("type", "AnnotationCollection");
        root.put("label", in.title());
        ArrayNode items = json.createArrayNode();
        Set<Long> done = new HashSet<>();
        for (Discrepancy d : v.discrepancies()) {
            items.add(discrepancy(v, d));
            Annotation a = v.annotation(d);
            if (a != null) {
                done.add(a.id());
            }
        }
        for (Annotation a : in.annotations()) {
            if (!done.contains(a.id()) && a.reportId() != null && v.report(a.reportId()) != null) {
                items.add(annotation(v, a));
            }
        }
        root.put("total", items.size());
        ObjectNode page = root.putObject("first");
        page.put("id", urn(identity + "\npage 1"));
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        json.writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private ObjectNode discrepancy(ExportView v, Discrepancy d) {
        ObjectNode a = json.createObjectNode();
        a.put("id", urn("verbatim discrepancy " + d.fingerprint()));
        a.put("type", "Annotation");
        a.put("motivation", "assessing");
        Annotation note = v.annotation(d);
        if (note != null) {
            dates(a, note);
        }
        ArrayNode body = a.putArray("body");
        body.add(textBody("classifying", d.kind().label()));
        body.add(textBody("describing", d.kind().plain() + " (" + d.severity().label() + "): "
                + ExportView.describe(d)));
        bodies(body, v.status(d), v.note(d), v.tags(d));
        ArrayNode targets = a.putArray("target");
        for (Discrepancy.Location s : d.locations()) {
            if (!s.span().isEmpty()) {
                Report r = v.report(s.reportId());
                targets.add(target(r, Anchor.describe(r.text(), s.span()), v.codePoints(r.id())));
            }
        }
        return a;
    }

    private ObjectNode annotation(ExportView v, Annotation note) {
        ObjectNode a = json.createObjectNode();
        a.put("id", urn("verbatim annotation " + note.id() + " " + note.createdAt()));
        a.put("type", "Annotation");
        a.put("motivation", note.onDiscrepancy() ? "assessing" : "commenting");
        dates(a, note);
        ArrayNode body = a.putArray("body");
        bodies(body, note.status(), note.note() == null ? "" : note.note(), note.tags());
        Report r = v.report(note.reportId());
        ObjectNode t = target(r, note.orphaned() ? null : note.anchor(), v.codePoints(r.id()));
        if (note.orphaned()) {
            t.putArray("selector").add(quoteSelector(note.anchor().quote()));
        }
        a.putArray("target").add(t);
        return a;
    }

    private static void dates(ObjectNode a, Annotation note) {
        if (note.author() != null) {
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", note.author());
        }
        a.put("created", note.createdAt());
        a.put("modified", note.updatedAt());
    }

    private void bodies(ArrayNode body, AnnotationStatus status, String note, List<String> tags) {
        if (!note.isEmpty()) {
            body.add(textBody("commenting", note));
        }
        body.add(textBody("tagging", "status:" + status.key()));
        for (String t : tags) {
            body.add(textBody("tagging", t));
        }
    }

    private ObjectNode textBody(String purpose, String value) {
        ObjectNode b = json.createObjectNode();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", "text/plain");
        return b;
    }

    /** A target on a report; without selectors when {@code anchor} is null. */
    private ObjectNode target(Report r, Anchor anchor, CodePoints cp) {
        ObjectNode t = json.createObjectNode();
        t.put("source", source(r));
        if (anchor != null) {
            ArrayNode selectors = t.putArray("selector");
            selectors.add(quoteSelector(anchor.quote()));
            Span s = anchor.position().span();
            ObjectNode pos = selectors.addObject();
            pos.put("type", "TextPositionSelector");
            pos.put("start", cp.of(s.start()));
            pos.put("end", cp.of(s.end()));
        }
        return t;
    }

    private ObjectNode quoteSelector(TextQuoteSelector q) {
        ObjectNode sel = json.createObjectNode();
        sel.put("type", "TextQuoteSelector");
        sel.put("exact", q.exact());
        sel.put("prefix", q.prefix());
        sel.put("suffix", q.suffix());
        return sel;
    }

    /** The report's web address, or a URN that stays the same for the same text. */
    static String source(Report r) {
        String url = r.meta().url();
        if (url != null && HtmlReport.isWebAddress(url)) {
            return url.strip();
        }
        return urn("verbatim report text\n" + r.text());
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
