package org.verbatim.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * <p>Encoding, from the bytes: a byte-order mark, else a {@code <meta charset>} (both through jsoup's
 * detection), else UTF-8; when jsoup settles on UTF-8 without being told and the bytes are not valid UTF-8,
 * Windows-1252.
 *
 * <p>Metadata: see {@link HtmlMetadata}. The title falls back to the source's name.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReader implements ReportReader {

    /** Reason given for a page without any text. */
    public static final String NO_TEXT = "no readable text in the page";

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
    public ReadResult read(String name, byte[] bytes) throws ReadException {
        return read(name, bytes, null);
    }

    /**
     * Reads a page with the encoding a web server declared for it.
     *
     * @param declared the charset of the HTTP {@code Content-Type}, or null; a byte-order mark still wins
     */
    public ReadResult read(String name, byte[] bytes, Charset declared) throws ReadException {
        decoder.rejectEmptyOrBinary(name, bytes);
        String baseUri = Readers.isHttpUrl(name) ? name : "";
        Document doc = parse(name, bytes, declared, baseUri);
        ReportMeta meta = HtmlMetadata.of(doc);
        String text = articleText(doc, baseUri);
        if (TextDecoder.isBlank(text)) {
            throw new ReadException(name, NO_TEXT);
        }
        ReportMeta fallback = new ReportMeta(fallbackTitle(name), TextMetadata.hostOf(baseUri.isEmpty() ? null : baseUri),
                null, baseUri.isEmpty() ? null : baseUri);
        return new ReadResult(text, SourceFormat.HTML, meta.orElse(fallback), List.of());
    }

    private static Document parse(String name, byte[] bytes, Charset declared, String baseUri) throws ReadException {
        try {
            String charset = declared != null && TextDecoder.bomCharset(bytes) == null ? declared.name() : null;
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
            if (charset == null && TextDecoder.bomCharset(bytes) == null
                    && StandardCharsets.UTF_8.equals(doc.charset()) && !declaresCharset(doc)
                    && !TextDecoder.isUtf8(bytes)) {
                doc = Jsoup.parse(new ByteArrayInputStream(bytes), TextDecoder.WINDOWS_1252.name(), baseUri);
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, "cannot parse the page: " + e.getMessage(), e);
        }
    }

    private static boolean declaresCharset(Document doc) {
        return doc.selectFirst("meta[charset]") != null
                || doc.select("meta[http-equiv]").stream().anyMatch(m -> m.attr("content").toLowerCase(Locale.ROOT).contains("charset"));
    }

    /** The article's text by Readability4J, else the body's text. */
    private static String articleText(Document doc, String baseUri) {
        String text = "";
        try {
            Article article = new Readability4J(baseUri, doc.clone()).parse();
            Element content = article.getArticleContent();
            if (content != null) {
                text = HtmlText.of(content);
            }
        } catch (RuntimeException e) {
            // Readability gave up on this page; the body's text will do
        }
        if (TextDecoder.isBlank(text)) {
            text = HtmlText.of(doc.body());
        }
        return text;
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
