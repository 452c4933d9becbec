package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.text.Token;
import org.verbatim.core.diff.Collation;

/**
 * The quote groups as TEI P5 with a critical apparatus in parallel segmentation, for text scholars and collation
 * tools. The header lists one {@code <witness>} per report (xml:id = the report's id); a report that gives one
 * utterance twice (a quote and the embedded post it comes from) has its further versions as witnesses of their own
 * in a nested {@code <listWit>}. Each group is a {@code <div type="quote-group">} whose {@code <ab>} holds the words
 * all versions share as plain text and each variation point as {@code <app>} with one {@code <rdg>} per distinct
 * reading, witnesses that agree sharing it. Variation points are word-level (a token diff of each version against
 * the reference version, merged where they touch); versions the engine judged another translation are one point.
 * Each discrepancy is a {@code <note type="discrepancy">} at its point, with its kind, severity and review.
 *
 * <p>Written with StAX, which escapes text and attributes; characters XML 1.0 cannot carry (control characters,
 * lone surrogates) become U+FFFD.
 */
public final class TeiExport implements Exporter {

    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        ExportView v = new ExportView(in);
        try {
            // the JDK's own writer, whatever else on the class path registers one (Hadoop's shaded Woodstox, under
            // the Spark job's test, leaves '>' unescaped)
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            new Doc(v, x).write();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TEI: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** One version of a group, with the witness that stands for it and its tokens. */
    private record Version(Quote quote, String witness, List<Token> tokens, List<String> words) {}

    /** One document being written. */
    private final class Doc {
        private final ExportView v;
        private final XMLStreamWriter x;
        private final Map<String, List<Token>> reportTokens = new HashMap<>();
        /** Witness id of each grouped quotation: its report's id, or a witness of its own for a second version. */
        private final Map<String, String> witnessOf = new HashMap<>();
        /** Versions that need a witness of their own, by id, in order. */
        private final Map<String, Quote> extraWitnesses = new LinkedHashMap<>();
        private int depth;

        Doc(ExportView v, XMLStreamWriter x) {
            this.v = v;
            this.x = x;
            for (ExportView.Group g : v.groups()) {
                Set<String> seen = new HashSet<>();
                for (Quote q : g.versions()) {
                    if (seen.add(q.reportId())) {
                        witnessOf.put(q.id(), q.reportId());
                    } else {
                        String id = ncName(q.id());
                        witnessOf.put(q.id(), id);
                        extraWitnesses.put(id, q);
                    }
                }
            }
        }

        void write() throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(TEI_NS);
            open("TEI");
            x.writeDefaultNamespace(TEI_NS);
            header();
            open("text");
            open("body");
            for (ExportView.Group g : v.groups()) {
                group(g);
            }
            if (v.groups().isEmpty()) {
                element("p", "No quotation is given by more than one version.");
            }
            close(); // body
            close(); // text
            close(); // TEI
            x.writeEndDocument();
        }

        private void header() throws XMLStreamException {
            open("teiHeader");
            open("fileDesc");
            open("titleStmt");
            element("title", v.title());
            close();
            open("publicationStmt");
            element("p", "Exported from a Verbatim project: the versions of each quotation that several news reports "
                    + "give, with their differences.");
            close();
            open("sourceDesc");
            open("listWit");
            for (Report r : v.reports()) {
                witness(r.id(), r, null);
            }
            if (!extraWitnesses.isEmpty()) {
                open("listWit");
                x.writeAttribute("xml", XML_NS, "id", "further-versions");
                element("head", "Further versions within one report");
                for (Map.Entry<String, Quote> e : extraWitnesses.entrySet()) {
                    witness(e.getKey(), v.report(e.getValue().reportId()), e.getValue());
                }
                close();
            }
            close(); // listWit
            close(); // sourceDesc
            close(); // fileDesc
            open("encodingDesc");
            indent();
            x.writeEmptyElement("variantEncoding");
            x.writeAttribute("method", "parallel-segmentation");
            x.writeAttribute("location", "internal");
            close();
            close(); // teiHeader
        }

        private void witness(String id, Report r, Quote further) throws XMLStreamException {
            indent();
            x.writeStartElement("witness");
            x.writeAttribute("xml", XML_NS, "id", id);
            if (further != null) {
                x.writeAttribute("corresp", "#" + r.id());
            }
            x.writeStartElement("title");
            x.writeCharacters(clean(ExportView.reportTitle(r)));
            x.writeEndElement();
            String meta = ExportView.outletAndDate(r);
            if (!meta.isEmpty()) {
                x.writeCharacters(clean(", " + meta));
            }
            x.writeCharacters(". ");
            if (r.meta().url() != null && HtmlReport.isWebAddress(r.meta().url())) {
                x.writeStartElement("ref");
                x.writeAttribute("target", clean(r.meta().url().strip()));
                x.writeCharacters(clean(r.meta().url().strip()));
                x.writeEndElement();
                x.writeCharacters(". ");
            }
            x.writeCharacters(clean("Imported from " + r.path() + "."));
            if (further != null) {
                String form = ExportView.formLabel(further);
                x.writeCharacters(clean(" A further version of quotation " + further.id()
                        + (form.isEmpty() ? "" : " (" + form + ")") + " in report " + r.id() + "."));
            }
            x.writeEndElement();
        }

        private void group(ExportView.Group g) throws XMLStreamException {
            open("div");
            x.writeAttribute("type", "quote-group");
            x.writeAttribute("xml", XML_NS, "id", "group-" + g.id());
            x.writeAttribute("n", g.id());
            element("head", g.speaker());
            List<Version> versions = new ArrayList<>();
            Set<Integer> whole = new HashSet<>();
            for (Quote q : g.versions()) {
                List<Token> tokens = tokens(q);
                List<String> words = tokens.stream().map(t -> visible(q, t.span())).toList();
                versions.add(new Version(q, witnessOf.get(q.id()), tokens, words));
            }
            for (Discrepancy d : g.discrepancies()) {
                if (d.kind() == DiffKind.TRANSLATION) {
                    for (int i = 1; i < versions.size(); i++) {
                        if (versions.get(i).quote().id().equals(d.b().quoteId())) {
                            whole.add(i);
                        }
                    }
                }
            }
            List<Collation.Place> places = Collation.places(versions.stream().map(Version::words).toList(), whole);
            Set<String> placed = new HashSet<>();
            indent();
            x.writeStartElement("ab");
            Version base = versions.get(0);
            int n = base.tokens().size();
            int at = 0; // the first base token not written yet
            for (Collation.Place p : places) {
                int from = p.base().from();
                if (from > at) {
                    x.writeCharacters(clean((at > 0 ? gap(base, at) : "") + text(base, at, from)));
                }
                if (from > 0) {
                    x.writeCharacters(clean(from < n ? gap(base, from) : " "));
                }
                app(g, versions, p, placed);
                if (p.base().to() == 0 && n > 0) {
                    x.writeCharacters(" ");
                }
                at = p.base().to();
            }
            if (at < n) {
                x.writeCharacters(clean((at > 0 ? gap(base, at) : "") + text(base, at, n)));
            }
            x.writeEndElement(); // ab
            for (Discrepancy d : g.discrepancies()) {
                if (!placed.contains(d.id())) {
                    indent();
                    note(d);
                }
            }
            close(); // div
        }

        private void app(ExportView.Group g, List<Version> versions, Collation.Place p, Set<String> placed)
                throws XMLStreamException {
            x.writeStartElement("app");
            Map<String, List<String>> readings = new LinkedHashMap<>();
            for (int i = 0; i < versions.size(); i++) {
                Version ver = versions.get(i);
                Collation.Range r = p.readings().get(i);
                List<String> wits = readings.computeIfAbsent(text(ver, r.from(), r.to()), k -> new ArrayList<>());
                if (!wits.contains("#" + ver.witness())) {
                    wits.add("#" + ver.witness());
                }
            }
            for (Map.Entry<String, List<String>> e : readings.entrySet()) {
                if (e.getKey().isEmpty()) {
                    x.writeEmptyElement("rdg");
                    x.writeAttribute("wit", String.join(" ", e.getValue()));
                } else {
                    x.writeStartElement("rdg");
                    x.writeAttribute("wit", String.join(" ", e.getValue()));
                    x.writeCharacters(clean(e.getKey()));
                    x.writeEndElement();
                }
            }
            Span where = baseChars(versions.get(0), p.base());
            for (Discrepancy d : g.discrepancies()) {
                Span a = d.a().span();
                if (!placed.contains(d.id()) && d.a().quoteId().equals(versions.get(0).quote().id())
                        && a.start() >= where.start() && a.end() <= where.end()) {
                    placed.add(d.id());
                    note(d);
                }
            }
            x.writeEndElement();
        }

        /** The discrepancy, its classification and its review, as a note. */
        private void note(Discrepancy d) throws XMLStreamException {
            x.writeStartElement("note");
            x.writeAttribute("type", "discrepancy");
            x.writeAttribute("subtype", d.kind().label());
            x.writeAttribute("n", d.id());
            StringBuilder s = new StringBuilder(d.kind().label()).append(", ").append(d.severity().label())
                    .append(": ").append(ExportView.describe(d)).append(". Review: ").append(v.status(d).label());
            if (!v.note(d).isEmpty()) {
                s.append(". ").append(v.note(d));
            }
            if (!v.tags(d).isEmpty()) {
                s.append(" (tags: ").append(String.join(", ", v.tags(d))).append(')');
            }
            x.writeCharacters(clean(s.toString()));
            x.writeEndElement();
        }

        /** The base's chars around a place: its words, or the point between two words where others add some. */
        private Span baseChars(Version base, Collation.Range r) {
            List<Token> t = base.tokens();
            if (t.isEmpty()) {
                return new Span(base.quote().span().start(), base.quote().span().end());
            }
            if (r.isEmpty()) {
                int before = r.from() > 0 ? t.get(r.from() - 1).end() : t.get(0).start();
                int after = r.from() < t.size() ? t.get(r.from()).start() : t.get(t.size() - 1).end();
                return new Span(before, Math.max(before, after));
            }
            return new Span(t.get(r.from()).start(), t.get(r.to() - 1).end());
        }

        /** Tokens {@code [from, to)} of a version as text: each as printed, a space where the text has space. */
        private String text(Version ver, int from, int to) {
            StringBuilder s = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from) {
                    s.append(gap(ver, k));
                }
                s.append(ver.words().get(k));
            }
            return s.toString();
        }

        /** What stands between token {@code k - 1} and token {@code k}: nothing, a space, or an elision. */
        private String gap(Version ver, int k) {
            Token a = ver.tokens().get(k - 1);
            Token b = ver.tokens().get(k);
            String between = visible(ver.quote(), new Span(a.end(), b.start()));
            return between.isEmpty() ? "" : between.isBlank() ? " " : " … ";
        }

        private String visible(Quote q, Span s) {
            return v.visible(v.report(q.reportId()), s);
        }

        /** The quotation's own tokens (not those of a quotation nested in it). */
        private List<Token> tokens(Quote q) {
            Report r = v.report(q.reportId());
            List<Token> all = reportTokens.computeIfAbsent(r.id(), k -> v.tokenizer().tokenize(r.text(), r.hidden()));
            List<Token> out = new ArrayList<>();
            for (Token t : all) {
                for (Span own : q.ownSpans()) {
                    if (own.contains(t.span())) {
                        out.add(t);
                        break;
                    }
                }
            }
            return out;
        }

        private void open(String name) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            x.writeEndElement();
        }

        private void element(String name, String text) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
            x.writeCharacters(clean(text));
            x.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }

    }

    /** An xml:id from an engine id: letters, digits, "-", "_" and "." kept, a letter first. */
    static String ncName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 127 ? "v" + s : s;
    }

    /** Text XML 1.0 can carry: control characters, lone surrogates and U+FFFE/U+FFFF become U+FFFD. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
