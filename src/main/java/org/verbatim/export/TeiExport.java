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

/**
 * The quote groups as TEI P5 with a critical apparatus in parallel segmentation, for text scholars and collation
 * tools. The header lists one {@code <witness>} per report (xml:id = the report's id); a report that gives one
 * utterance twice (a quote and the embedded post it comes from) has its further versions as witnesses of their own
 * in a nested {@code <listWit>}. Each group is a {@code <div type="quote-group">} whose {@code <ab>} holds the words
 * all versions share as plain text and each variation point as {@code <app>} with one {@code <rdg>} per distinct
 * reading, witnesses that agree sharing it: the engine's variant places, read off the one alignment every view uses.
 * A place the reference version has no part in (or one inside a place already written there) stands in a
 * {@code <listApp>} after the text. Each place carries a {@code <note type="discrepancy">} with its kind, severity
 * and review.
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

    /** One document being written. */
    private final class Doc {
        private final ExportView v;
        private final XMLStreamWriter x;
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
            // the reference version's words, each place it takes part in as an <app> where it stands; places it
            // has no part in, or that overlap one already placed, in a <listApp> after it
            Quote base = g.reference();
            List<Discrepancy> inline = new ArrayList<>();
            List<Discrepancy> apart = new ArrayList<>();
            List<Span> taken = new ArrayList<>();
            for (Discrepancy d : g.discrepancies()) {
                List<Discrepancy.Location> at = d.locationsOf(base.id());
                Span s = at.size() == 1 ? at.get(0).span() : null;
                if (s != null && base.span().contains(s.start()) || s != null && s.start() == base.span().end()) {
                    boolean free = taken.stream().noneMatch(t -> t.overlaps(s) || t.equals(s)
                            || s.isEmpty() && t.contains(s.start()));
                    if (free) {
                        inline.add(d);
                        taken.add(s);
                        continue;
                    }
                }
                apart.add(d);
            }
            inline.sort(java.util.Comparator.comparing(d -> d.locationsOf(base.id()).get(0).span()));
            indent();
            x.writeStartElement("ab");
            int from = base.span().start();
            for (Discrepancy d : inline) {
                Span s = d.locationsOf(base.id()).get(0).span();
                x.writeCharacters(clean(words(base, from, s.start())));
                app(d);
                from = s.end();
            }
            x.writeCharacters(clean(words(base, from, base.span().end())));
            x.writeEndElement(); // ab
            if (!apart.isEmpty()) {
                open("listApp");
                for (Discrepancy d : apart) {
                    indent();
                    app(d);
                }
                close();
            }
            close(); // div
        }

        /** One place: a reading per distinct wording, its witnesses together, and the place's note. */
        private void app(Discrepancy d) throws XMLStreamException {
            x.writeStartElement("app");
            x.writeAttribute("n", d.id());
            x.writeAttribute("type", d.kind().label());
            for (Discrepancy.Reading r : d.readings()) {
                List<String> wits = new ArrayList<>();
                // witnesses in the header's order: the reports', then a report's further versions in text order
                List<Discrepancy.Location> byText = new ArrayList<>(r.spans());
                byText.sort(java.util.Comparator.comparingInt((Discrepancy.Location l) -> reportIndex(l.reportId()))
                        .thenComparingInt(l -> v.quote(l.quoteId()).span().start()));
                for (Discrepancy.Location l : byText) {
                    String w = "#" + witnessOf.getOrDefault(l.quoteId(), l.reportId());
                    if (!wits.contains(w)) {
                        wits.add(w);
                    }
                }
                if (r.isEmpty()) {
                    x.writeEmptyElement("rdg");
                    x.writeAttribute("wit", String.join(" ", wits));
                } else {
                    x.writeStartElement("rdg");
                    x.writeAttribute("wit", String.join(" ", wits));
                    x.writeCharacters(clean(ExportView.collapse(r.text())));
                    x.writeEndElement();
                }
            }
            note(d);
            x.writeEndElement();
        }

        private int reportIndex(String reportId) {
            List<org.verbatim.core.model.Report> all = v.reports();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(reportId)) {
                    return i;
                }
            }
            return all.size();
        }

        /** The words of a quotation between two offsets, as a reader sees them, spaces collapsed. */
        private String words(Quote q, int from, int to) {
            if (to <= from) {
                return "";
            }
            return v.visible(v.report(q.reportId()), new Span(from, to)).replaceAll("\\s+", " ");
        }

        /** The discrepancy, its classification and its review, as a note. */
        private void note(Discrepancy d) throws XMLStreamException {
            x.writeStartElement("note");
            x.writeAttribute("type", "discrepancy");
            x.writeAttribute("subtype", d.kind().label());
            x.writeAttribute("n", d.id());
            StringBuilder s = new StringBuilder(d.kind().plain()).append(", ").append(d.severity().label())
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
