package org.verbatim.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads a web page ({@code .html}, {@code .htm}): the article body as plain text, with metadata from the
 * page's markup.
 *
 * <p>The article is found by Readability4J; when it finds nothing, the whole body's text is used. The text
 * is the article's visible text with paragraphs (and block quotes, headings, list items) separated by a
 * blank line and whitespace collapsed inside each (see {@link HtmlText}). Nothing is hidden: the text is
 * already what a reader sees.
 *
 * <p>Encoding: the server's declaration for a fetched page; else the user's choice or a byte-order mark;
 * else a {@code <meta charset>} the bytes agree with; else as for a text file ({@link TextDecoder}: UTF-8,
 * a detected legacy encoding, Windows-1252), so undecodable bytes and a page of nothing but a byte-order
 * mark are refused like a {@code .txt} of the same bytes. The encoding is in the metadata.
 *
 * <p>Metadata: see {@link HtmlMetadata}. The title falls back to the source's name.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReader implements ReportReader {

    /** Reason given for a page without any text. */
    public static final String NO_TEXT = "no readable text in the page";
    /** Note for a page too deeply nested for the article finder. */
    public static final String TOO_DEEP = "the page nests its elements too deeply for the article finder; "
            + "the text of the whole page is used";
    /** Deepest nesting of elements handed to the article finder. */
    static final int MAX_ARTICLE_DEPTH = 512;

    private final TextDecoder decoder;

    /** A reader with the standard checks for empty and binary input. */
    public HtmlReader() {
        this(new TextDecoder());
    }

    /** A reader that rejects empty and binary input with {@code decoder}'s checks. */
    public HtmlReader(TextDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Reads a page whose address, if any, is {@code name}: an http(s) {@code name} is the base for relative
     * links and the fallback URL.
     */
    @Override
    public ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        return read(name, bytes, null, options);
    }

    /** Reads a page with the encoding a web server declared for it; see {@link #read(String, byte[], Charset, ReadOptions)}. */
    public ReadResult read(String name, byte[] bytes, Charset declared) throws ReadException {
        return read(name, bytes, declared, ReadOptions.DEFAULTS);
    }

    /**
     * Reads a page with the encoding a web server declared for it.
     *
     * @param declared the charset of the HTTP {@code Content-Type}, or null; a byte-order mark and the user's
     *                 choice win over it
     */
    public ReadResult read(String name, byte[] bytes, Charset declared, ReadOptions options) throws ReadException {
        decoder.rejectEmptyOrBinary(name, bytes);
        String baseUri = Readers.isHttpUrl(name) ? name : "";
        Parsed parsed = parse(name, bytes, declared, options, baseUri);
        Document doc = parsed.doc();
        ReportMeta meta = HtmlMetadata.of(doc).withEncoding(parsed.charset().name());
        List<String> notes = new ArrayList<>();
        String text = articleText(doc, baseUri, notes);
        if (TextDecoder.isBlank(text)) {
            throw new ReadException(name, NO_TEXT);
        }
        if (parsed.note() != null) {
            notes.add(0, parsed.note());
        }
        ReportMeta fallback = new ReportMeta(fallbackTitle(name), TextMetadata.hostOf(baseUri.isEmpty() ? null : baseUri),
                null, baseUri.isEmpty() ? null : baseUri);
        return new ReadResult(text, SourceFormat.HTML, meta.orElse(fallback), List.of(), notes);
    }

    /** The parsed page, the charset it was decoded with and what to say about a guessed one. */
    private record Parsed(Document doc, Charset charset, String note) {}

    /**
     * The server's charset when it declared one (and no byte-order mark contradicts it); else the user's
     * choice or a byte-order mark; else the page's {@code <meta charset>} when the bytes agree with it; else
     * the text decoder's rules (UTF-8, a detected legacy encoding, Windows-1252), which refuse undecodable
     * bytes and an empty page as they do for a text file.
     */
    private Parsed parse(String name, byte[] bytes, Charset declared, ReadOptions options, String baseUri)
            throws ReadException {
        boolean bom = TextDecoder.bomCharset(bytes) != null;
        try {
            if (declared != null && !bom && options.encoding() == null) {
                return new Parsed(Jsoup.parse(new ByteArrayInputStream(bytes), declared.name(), baseUri), declared, null);
            }
            if (!bom && options.encoding() == null) {
                Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
                boolean contradicted = StandardCharsets.UTF_8.equals(doc.charset()) && !TextDecoder.isUtf8(bytes);
                if (declaresCharset(doc) && !contradicted) {
                    return new Parsed(doc, doc.charset(), null);
                }
            }
            TextDecoder.Decoded decoded = decoder.decode(name, bytes, options);
            return new Parsed(Jsoup.parse(decoded.text(), baseUri), decoded.charset(), decoded.note());
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, "cannot parse the page: " + e.getMessage(), e);
        }
    }

    private static boolean declaresCharset(Document doc) {
        return doc.selectFirst("meta[charset]") != null
                || doc.select("meta[http-equiv]").stream().anyMatch(m -> m.attr("content").toLowerCase(Locale.ROOT).contains("charset"));
    }

    /**
     * The article's text by Readability4J, else the body's text. A page nested deeper than
     * {@value #MAX_ARTICLE_DEPTH} elements is not given to Readability4J (whose recursion would overflow the
     * stack): the body's text is used, and a note says so.
     */
    private static String articleText(Document doc, String baseUri, List<String> notes) {
        String text = "";
        if (depth(doc) > MAX_ARTICLE_DEPTH) {
            notes.add(TOO_DEEP);
        } else {
            try {
                Article article = new Readability4J(baseUri, doc.clone()).parse();
                Element content = article.getArticleContent();
                if (content != null) {
                    text = HtmlText.of(content);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // Readability gave up on this page; the body's text will do
            }
        }
        if (TextDecoder.isBlank(text)) {
            text = doc.body() == null ? "" : HtmlText.of(doc.body());
        }
        return text;
    }

    /** How deep the document's elements nest, counted without recursion. */
    static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    /**
     * A title for a page that states none: the last segment of the path or URL without its extension, the
     * host for a URL without a path; null for a blank name.
     */
    static String fallbackTitle(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String path = name;
        if (Readers.isHttpUrl(name)) {
            URI uri = URI.create(name);
            path = uri.getPath() == null ? "" : uri.getPath();
            if (path.replace("/", "").isEmpty()) {
                return uri.getHost();
            }
        }
        String s = path.replaceAll("[/\\\\]+$", "");
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        return s.isBlank() ? name.strip() : s;
    }
}
