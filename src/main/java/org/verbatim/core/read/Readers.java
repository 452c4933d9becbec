package org.verbatim.core.read;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The one door to the read stage: files, bytes with a name, and web addresses.
 *
 * <p>The reader follows the name's extension: {@code .txt}, {@code .text} → plain text; {@code .md},
 * {@code .markdown} → markdown; {@code .html}, {@code .htm}, {@code .xhtml} → HTML. Without an extension,
 * or with one none of these, the content decides: a document starting with {@code <!doctype html} or
 * {@code <html} is HTML, anything else plain text.
 *
 * <p>Immutable and thread-safe; build one with {@link #defaults()} or with readers of your choosing.
 */
public final class Readers {

    /** Largest file {@link #read(Path)} accepts, in bytes (50 MB). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Reason given for a path that does not exist. */
    public static final String FILE_NOT_FOUND = "file not found";
    /** Reason given for a path that is a directory. */
    public static final String DIRECTORY = "is a directory, not a file";
    /** Reason given for a file the user may not read. */
    public static final String PERMISSION_DENIED = "cannot read the file: permission denied";

    private static final int SNIFF_BYTES = 1024;

    private final ReportReader text;
    private final ReportReader markdown;
    private final ReportReader html;
    private final UrlReader urls;

    /**
     * @param text     reads plain text
     * @param markdown reads markdown
     * @param html     reads web pages
     * @param urls     fetches web addresses
     */
    public Readers(ReportReader text, ReportReader markdown, ReportReader html, UrlReader urls) {
        this.text = Objects.requireNonNull(text, "text");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.html = Objects.requireNonNull(html, "html");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    /**
     * The standard readers: {@link PlainTextReader}, {@link MarkdownReader}, {@link HtmlReader} and a
     * {@link UrlReader} with the default timeouts and size cap, sharing one {@link TextDecoder}.
     */
    public static Readers defaults() {
        TextDecoder decoder = new TextDecoder();
        PlainTextReader text = new PlainTextReader(decoder);
        MarkdownReader markdown = new MarkdownReader(decoder);
        HtmlReader html = new HtmlReader(decoder);
        return new Readers(text, markdown, html, new UrlReader(html, text, markdown));
    }

    /**
     * Reads a file. Messages name the path as given.
     *
     * @throws ReadException "file not found", "is a directory, not a file",
     *                       "cannot read the file: permission denied", "the file is larger than 50 MB",
     *                       or whatever the chosen reader rejects
     */
    public ReadResult read(Path file) throws ReadException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ReadException(name, DIRECTORY);
        }
        if (!Files.exists(file)) {
            throw new ReadException(name, FILE_NOT_FOUND);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ReadException(name, "the file is larger than " + UrlReader.size(MAX_FILE_BYTES));
            }
            if (!Files.isReadable(file)) {
                throw new ReadException(name, PERMISSION_DENIED);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(name, reasonFor(e), e);
        }
        return read(name, bytes);
    }

    /**
     * Reads bytes, choosing the reader by the extension of {@code name} and, failing that, by the content.
     *
     * @param name a file name, path or URL, used for the choice and in messages
     */
    public ReadResult read(String name, byte[] bytes) throws ReadException {
        return readerFor(name, bytes).read(name, bytes);
    }

    /** Fetches and reads an http(s) address; see {@link UrlReader#read(String)}. */
    public ReadResult readUrl(String url) throws ReadException {
        return urls.read(url);
    }

    /** Reads what the user named: an http(s) address ({@link #isUrl(String)}), else a file path. */
    public ReadResult readSource(String source) throws ReadException {
        if (isUrl(source)) {
            return readUrl(source);
        }
        try {
            return read(Path.of(source));
        } catch (java.nio.file.InvalidPathException e) {
            throw new ReadException(source, "not a valid file name or web address", e);
        }
    }

    /** Whether {@code source} is an http or https address with a host (not a file path). */
    public boolean isUrl(String source) {
        return isHttpUrl(source);
    }

    /** The reader {@link #read(String, byte[])} would use. */
    ReportReader readerFor(String name, byte[] bytes) {
        switch (extension(name)) {
            case "txt", "text":
                return text;
            case "md", "markdown":
                return markdown;
            case "html", "htm", "xhtml":
                return html;
            default:
                return looksLikeHtml(bytes) ? html : text;
        }
    }

    /** The lower-cased extension of the last segment of a path or URL (query and fragment ignored), or "". */
    static String extension(String name) {
        String s = name == null ? "" : name.strip();
        if (isHttpUrl(s)) {
            String path = URI.create(s).getPath();
            s = path == null ? "" : path;
        }
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        return dot > 0 && dot < s.length() - 1 ? s.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether {@code source} is an http or https address with a host. */
    public static boolean isHttpUrl(String source) {
        if (source == null) {
            return false;
        }
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(s);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether the bytes start like an HTML document: {@code <!doctype html} or {@code <html}, after any
     * byte-order mark, whitespace, XML declaration or comments.
     */
    static boolean looksLikeHtml(byte[] bytes) {
        Charset bom = TextDecoder.bomCharset(bytes);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        Charset charset = bom == null || bom.equals(StandardCharsets.UTF_8) ? StandardCharsets.ISO_8859_1 : bom;
        int end = Math.min(bytes.length, skip + SNIFF_BYTES);
        String head = new String(Arrays.copyOfRange(bytes, skip, end), charset).toLowerCase(Locale.ROOT);
        head = head.replaceFirst("(?s)^\\s*(<\\?xml[^>]*\\?>)?(\\s*<!--.*?-->)*\\s*", "");
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The reason for a failed file read, in plain words. */
    static String reasonFor(IOException e) {
        if (e instanceof NoSuchFileException) {
            return FILE_NOT_FOUND;
        }
        if (e instanceof AccessDeniedException) {
            return PERMISSION_DENIED;
        }
        String message = e.getMessage();
        return "cannot read the file: " + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
