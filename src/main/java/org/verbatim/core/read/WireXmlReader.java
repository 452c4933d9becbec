package org.verbatim.core.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads wire-service XML through StAX: NITF ({@code <nitf>}) and IPTC NewsML-G2 ({@code <newsItem>}, or a
 * {@code <newsMessage>} of several, each one report named {@code file.xml#guid}).
 *
 * <p>The text is the headline, then the body's paragraphs ({@code <p>}, {@code <hl2>}, list items, ...) of
 * NITF's {@code <body.content>} or NewsML's {@code <inlineXML>} (NITF or XHTML inside) or
 * {@code <inlineData>}, separated by a blank line, whitespace collapsed inside each. The metadata keeps what
 * the wire states: headline ({@code <hl1>}, {@code <headline>}), byline ({@code <byline>}, {@code <by>}),
 * date ({@code <date.issue norm>}, {@code <story.date>}, {@code <contentCreated>}, {@code <versionCreated>}),
 * provider ({@code <distributor>}, {@code <pubdata name>}, {@code <provider literal>},
 * {@code <infoSource literal>}); the dateline opens the text when the body does not repeat it.
 *
 * <p>Nothing outside the file is read: no DTD, no external entity (a DOCTYPE is skipped). Malformed XML and
 * XML of another kind are refused with one line.
 *
 * <p>Stateless and thread-safe.
 */
public final class WireXmlReader implements SourceReader {

    /** Paragraph-like elements of the body. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "hl2", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "dd", "dt", "td", "th", "caption");

    private final TextDecoder decoder;

    public WireXmlReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    public WireXmlReader() {
        this(new TextDecoder());
    }

    /** Whether the bytes look like NITF or NewsML-G2: their root element, after any prolog. */
    static boolean looksLikeWireXml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.matches("(?s)^(\\xEF\\xBB\\xBF)?\\s*(<\\?xml[^>]*\\?>)?(\\s*<!--.*?-->|\\s*<!DOCTYPE[^>]*>)*\\s*"
                + "<(\\w+:)?(nitf|newsItem|newsMessage)[\\s>/].*");
    }

    @Override
    public Reading read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        decoder.rejectEmptyOrBinary(name, bytes);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's: another on the class path (Woodstox with Spark) words its errors otherwise
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<Item> items = new ArrayList<>();
        java.nio.charset.Charset charset = charsetOf(name, bytes, options);
        int skip = TextDecoder.bomCharset(bytes) != null && TextDecoder.bomCharset(bytes).equals(charset)
                ? (charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? 3 : 2) : 0;
        String decoded = TextDecoder.decodeStrictly(charset, bytes, skip);
        if (decoded == null) {
            throw new ReadException(name, "cannot decode the text as " + charset.name()
                    + (options.encoding() == null ? ", the encoding its XML declaration names" : ""));
        }
        String encoding = charset.name();
        try {
            // decoded here, strictly, so the parser never meets a bad byte (the JDK's prints "[Fatal Error]")
            XMLStreamReader xml = factory.createXMLStreamReader(new java.io.StringReader(decoded));
            try {
                parse(name, xml, items);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf("Message: ");
            String why = at >= 0 ? message.substring(at + "Message: ".length()).strip() : Failure.summary(e);
            throw new ReadException(name, "not well-formed XML (" + where + why + ")", e);
        } catch (RuntimeException e) {
            throw new ReadException(name, "cannot read the XML (" + Failure.summary(e) + ")", e);
        }
        List<ReadReport> reports = new ArrayList<>();
        List<ReadException> failures = new ArrayList<>();
        for (Item item : items) {
            String itemName = items.size() == 1 ? name : name + "#" + (item.id != null ? item.id : items.indexOf(item) + 1);
            String text = item.text();
            if (TextDecoder.isBlank(text)) {
                failures.add(new ReadException(itemName, "no text in the wire item"));
                continue;
            }
            String charsetName = canonical(encoding);
            ReportMeta meta = new ReportMeta(item.title, item.outlet, item.date, item.url, item.author, charsetName)
                    .orElse(PlainTextReader.metaOf(text));
            reports.add(new ReadReport(itemName, items.size() == 1 ? bytes : text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    new ReadResult(text, item.format, meta, List.of())));
        }
        if (reports.isEmpty()) {
            throw failures.isEmpty() ? new ReadException(name, "no text in the wire item") : failures.get(0);
        }
        return new Reading(name, reports, failures);
    }

    /**
     * The user's encoding; else a byte-order mark's; else the one the XML declaration names; else UTF-8, as
     * XML has it.
     */
    private static java.nio.charset.Charset charsetOf(String name, byte[] bytes, ReadOptions options) throws ReadException {
        if (options.encoding() != null) {
            return options.encoding();
        }
        java.nio.charset.Charset bom = TextDecoder.bomCharset(bytes);
        if (bom != null) {
            return bom;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']").matcher(head);
        if (!m.find()) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        try {
            return java.nio.charset.Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new ReadException(name, "the XML declaration names an unknown encoding (" + m.group(1) + ")");
        }
    }

    private static String canonical(String encoding) {
        try {
            return java.nio.charset.Charset.forName(encoding).name();
        } catch (IllegalArgumentException e) {
            return encoding;
        }
    }

    /** One wire item as it is read. */
    private static final class Item {
        final SourceFormat format;
        String id;
        String title;
        String author;
        String date;
        String outlet;
        String url;
        String dateline;
        final List<String> paragraphs = new ArrayList<>();

        Item(SourceFormat format) {
            this.format = format;
        }

        String text() {
            List<String> all = new ArrayList<>();
            if (title != null) {
                all.add(title);
            }
            if (dateline != null && (paragraphs.isEmpty() || !paragraphs.get(0).toLowerCase(Locale.ROOT)
                    .startsWith(dateline.toLowerCase(Locale.ROOT)))) {
                all.add(dateline);
            }
            all.addAll(paragraphs);
            return String.join("\n\n", all);
        }
    }

    private static void parse(String name, XMLStreamReader xml, List<Item> items) throws XMLStreamException, ReadException {
        Deque<String> path = new ArrayDeque<>();
        Item item = null;
        StringBuilder text = null;     // the element whose text is being collected
        int collectingDepth = -1;
        String collecting = null;
        boolean inBody = false;
        int bodyDepth = -1;
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!local.equals("nitf") && !local.equals("newsItem") && !local.equals("newsMessage")) {
                        throw new ReadException(name, "not NITF or NewsML-G2 wire XML (the root element is <" + local + ">)");
                    }
                }
                path.push(local);
                if (local.equals("nitf") && (item == null || item.format == SourceFormat.NITF && !inBody)) {
                    if (item == null) {
                        item = new Item(SourceFormat.NITF);
                        items.add(item);
                    }
                } else if (local.equals("newsItem")) {
                    item = new Item(SourceFormat.NEWSML);
                    item.id = attr(xml, "guid");
                    items.add(item);
                }
                if (item == null) {
                    continue;
                }
                if (!inBody && (local.equals("body.content") || local.equals("inlineXML") || local.equals("inlineData"))) {
                    inBody = true;
                    bodyDepth = path.size();
                    if (local.equals("inlineData")) {
                        collecting = local;
                        collectingDepth = path.size();
                        text = new StringBuilder();
                    }
                }
                metaFromAttributes(item, local, xml);
                if (text == null && (inBody && PARAGRAPHS.contains(local) || !inBody && isMetaElement(local))) {
                    collecting = local;
                    collectingDepth = path.size();
                    text = new StringBuilder();
                } else if (text != null && local.equals("br")) {
                    text.append('\n');
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text != null) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String local = xml.getLocalName();
                if (text != null && path.size() == collectingDepth && local.equals(collecting)) {
                    String value = collapse(text.toString(), collecting.equals("pre") || collecting.equals("inlineData"));
                    if (!value.isEmpty() && item != null) {
                        if (inBody) {
                            if (collecting.equals("inlineData")) {
                                for (String p : value.split("\\n\\s*\\n")) {
                                    if (!p.isBlank()) {
                                        item.paragraphs.add(p.strip());
                                    }
                                }
                            } else {
                                item.paragraphs.add(value);
                            }
                        } else {
                            metaFromText(item, collecting, value);
                        }
                    }
                    text = null;
                    collecting = null;
                }
                if (inBody && path.size() == bodyDepth) {
                    inBody = false;
                }
                path.pop();
            }
        }
    }

    private static boolean isMetaElement(String local) {
        return switch (local) {
            case "hl1", "headline", "byline", "by", "dateline", "distributor", "contentCreated", "versionCreated",
                 "firstCreated", "story.date", "title" -> true;
            default -> false;
        };
    }

    private static void metaFromText(Item item, String element, String value) {
        switch (element) {
            case "hl1", "headline" -> item.title = first(item.title, value);
            case "title" -> item.title = item.title == null ? value : item.title;
            case "byline", "by" -> item.author = first(item.author, value.replaceFirst("(?i)^by\\s+", ""));
            case "dateline" -> item.dateline = first(item.dateline, value);
            case "distributor" -> item.outlet = first(item.outlet, value);
            case "contentCreated", "firstCreated", "versionCreated", "story.date" -> item.date = first(item.date, isoDate(value));
            default -> { }
        }
    }

    private static void metaFromAttributes(Item item, String element, XMLStreamReader xml) {
        switch (element) {
            case "date.issue", "date.release" -> item.date = first(item.date, isoDate(attr(xml, "norm")));
            case "doc-id" -> item.id = first(item.id, attr(xml, "id-string"));
            case "pubdata" -> {
                item.outlet = first(item.outlet, attr(xml, "name"));
                item.url = first(item.url, attr(xml, "ex-ref"));
            }
            case "provider", "infoSource" -> item.outlet = first(item.outlet, attr(xml, "literal"));
            case "link" -> {
                if ("irel:seeAlso".equals(attr(xml, "rel")) || "canonical".equals(attr(xml, "rel"))) {
                    item.url = first(item.url, attr(xml, "href"));
                }
            }
            default -> { }
        }
    }

    /** "2024-03-05" from ISO-8601, basic ("20240305T084000Z") or extended; anything else as written. */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})(T.*)?$").matcher(value.strip());
        return m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : value.strip();
    }

    private static String attr(XMLStreamReader xml, String local) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(local)) {
                String v = xml.getAttributeValue(i).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String first(String current, String value) {
        return current != null ? current : value == null || value.isBlank() ? null : value.strip();
    }

    /** Whitespace collapsed to single spaces (kept as it is for preformatted text). */
    private static String collapse(String s, boolean keep) {
        return keep ? s.replace("\r\n", "\n").strip() : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
