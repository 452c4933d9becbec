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
import java.util.List;
import java.util.Objects;
import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one door to the read stage, and the registry of what can be read: files, bytes with a name, and web
 * addresses.
 *
 * <p>The reader follows the name's extension ({@link #formats()}: {@code .txt}, {@code .md}, {@code .html},
 * {@code .docx}, {@code .pdf}, {@code .xml} wire copy, {@code .jsonl}). Without an extension, or with one
 * none of these, the content decides ({@code <html}, {@code %PDF-}, a Word zip, an NITF or NewsML root),
 * and anything else is plain text.
 *
 * <p>Readers are made on first use: a run that reads only plain text never loads the HTML, Markdown, Word,
 * PDF or XML libraries, and none but a run given a web address builds an HTTP client.
 *
 * <p>Limits: a file over {@value #MAX_FILE_BYTES} bytes is refused before it is read, and so is a file of a
 * text format (plain text, Markdown, HTML, XML) over {@value #MAX_TEXT_BYTES} bytes; a report whose text is
 * longer than {@value #MAX_TEXT_CHARS} characters is refused after reading. Beyond that the engine would
 * not fit a 512 MB heap.
 *
 * <p>Immutable and thread-safe; build one with {@link #defaults()} or {@link #builder()}.
 */
public final class Readers {

    /** Largest file accepted, in bytes (50 MB): Word and PDF files carry pictures. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Largest file of a text format accepted, in bytes (5 MB). */
    public static final long MAX_TEXT_BYTES = 5L * 1024 * 1024;
    /** Longest text one report may have, in characters (about 5 million). */
    public static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

    /** Reason given for a path that does not exist. */
    public static final String FILE_NOT_FOUND = "file not found";
    /** Reason given for a path that is a directory. */
    public static final String DIRECTORY = "is a directory, not a file";
    /** Reason given for a file the user may not read. */
    public static final String PERMISSION_DENIED = "cannot read the file: permission denied";

    private static final int SNIFF_BYTES = 1024;

    /**
     * A format the registry reads.
     *
     * @param name       what to call it in a file chooser or the README ("Word documents")
     * @param extensions the file name extensions, lower case, without the dot
     * @param textual    whether it is text (limited to {@link #MAX_TEXT_BYTES}) rather than a binary container
     */
    public record Format(String name, List<String> extensions, boolean textual) {
        public Format {
            extensions = List.copyOf(extensions);
        }
    }

    private record Entry(Format format, Predicate<byte[]> sniff, Lazy<SourceReader> reader) {}

    private final List<Entry> entries;
    private final Entry fallback;
    private final Lazy<UrlReader> urls;

    private Readers(List<Entry> entries, Entry fallback, Supplier<UrlReader> urls) {
        this.entries = List.copyOf(entries);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.urls = new Lazy<>(urls);
    }

    /**
     * Plain text, markdown and HTML from the given readers (nothing else), and web addresses through
     * {@code urls}.
     */
    public Readers(ReportReader text, ReportReader markdown, ReportReader html, UrlReader urls) {
        this(builder()
                .add(TEXT_FORMAT, null, () -> SourceReader.of(text))
                .add(MARKDOWN_FORMAT, null, () -> SourceReader.of(markdown))
                .add(HTML_FORMAT, Readers::looksLikeHtml, () -> SourceReader.of(html))
                .urls(() -> urls));
    }

    private Readers(Builder b) {
        this(b.entries, b.entries.get(0), b.urls);
    }

    static final Format TEXT_FORMAT = new Format("Plain text", List.of("txt", "text"), true);
    static final Format MARKDOWN_FORMAT = new Format("Markdown", List.of("md", "markdown"), true);
    static final Format HTML_FORMAT = new Format("Web pages", List.of("html", "htm", "xhtml"), true);
    static final Format JSON_LINES_FORMAT = new Format("JSON lines, one article a line", List.of("jsonl", "ndjson"), false);

    /**
     * The standard registry: plain text, Markdown, HTML, JSON lines, and web addresses, sharing one
     * {@link TextDecoder}; each reader made on first use.
     */
    public static Readers defaults() {
        TextDecoder decoder = new TextDecoder();
        Lazy<PlainTextReader> text = new Lazy<>(() -> new PlainTextReader(decoder));
        Lazy<MarkdownReader> markdown = new Lazy<>(() -> new MarkdownReader(decoder));
        Lazy<HtmlReader> html = new Lazy<>(() -> new HtmlReader(decoder));
        return builder()
                .add(TEXT_FORMAT, null, () -> SourceReader.of(text.get()))
                .add(MARKDOWN_FORMAT, null, () -> SourceReader.of(markdown.get()))
                .add(HTML_FORMAT, Readers::looksLikeHtml, () -> SourceReader.of(html.get()))
                .add(JSON_LINES_FORMAT, null, () -> new JsonLinesReader(decoder))
                .urls(() -> new UrlReader(html.get(), text.get(), markdown.get()))
                .build();
    }

    /** An empty registry to fill; the first format added is the fallback for content nothing else claims. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Readers}. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();
        private Supplier<UrlReader> urls = UrlReader::defaults;

        private Builder() {
        }

        /**
         * Registers a format.
         *
         * @param sniff  whether bytes without a known extension are of this format, or null to go by the
         *               extension only
         * @param reader makes the reader, on first use
         */
        public Builder add(Format format, Predicate<byte[]> sniff, Supplier<? extends SourceReader> reader) {
            entries.add(new Entry(format, sniff, new Lazy<>(reader)));
            return this;
        }

        /** What fetches web addresses, made on first use. */
        public Builder urls(Supplier<UrlReader> value) {
            this.urls = Objects.requireNonNull(value, "urls");
            return this;
        }

        public Readers build() {
            if (entries.isEmpty()) {
                throw new IllegalStateException("no format registered");
            }
            return new Readers(this);
        }
    }

    /** The formats this registry reads, in order (for file choosers and the README). */
    public List<Format> formats() {
        return entries.stream().map(Entry::format).toList();
    }

    /** Every extension this registry reads, lower case, without the dot. */
    public List<String> extensions() {
        return entries.stream().flatMap(e -> e.format().extensions().stream()).toList();
    }

    /**
     * Reads what the user named, an http(s) address ({@link #isUrl(String)}) or a file path, into the
     * reports it holds.
     *
     * @throws ReadException when the source as a whole cannot be read; the parts that fail within it are
     *                       in {@link Reading#failures()}
     */
    public Reading readAll(String source, ReadOptions options) throws ReadException {
        if (isUrl(source)) {
            return checked(new Reading(source, List.of(urls.get().fetch(source, options)), List.of()));
        }
        Path file;
        try {
            file = Path.of(source);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ReadException(source, "not a valid file name or web address", e);
        }
        return readAll(file, options);
    }

    /** {@link #readAll(String, ReadOptions)} with {@link ReadOptions#DEFAULTS}. */
    public Reading readAll(String source) throws ReadException {
        return readAll(source, ReadOptions.DEFAULTS);
    }

    /**
     * Reads a file into the reports it holds. Messages name the path as given.
     *
     * @throws ReadException "file not found", "is a directory, not a file",
     *                       "cannot read the file: permission denied", "the file is larger than 5 MB, ...",
     *                       or whatever the chosen reader rejects
     */
    public Reading readAll(Path file, ReadOptions options) throws ReadException {
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
            Entry known = byExtension(name);
            long limit = known != null && known.format().textual() ? MAX_TEXT_BYTES : MAX_FILE_BYTES;
            if (size > limit) {
                throw new ReadException(name, tooLarge(limit));
            }
            if (!Files.isReadable(file)) {
                throw new ReadException(name, PERMISSION_DENIED);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(name, reasonFor(e), e);
        }
        return readAll(name, bytes, options);
    }

    /**
     * Reads bytes into the reports they hold, choosing the reader by the extension of {@code name} and,
     * failing that, by the content.
     *
     * @param name a file name, path or URL, used for the choice and in messages
     */
    public Reading readAll(String name, byte[] bytes, ReadOptions options) throws ReadException {
        Entry entry = entryFor(name, bytes);
        if (entry.format().textual() && bytes.length > MAX_TEXT_BYTES) {
            throw new ReadException(name, tooLarge(MAX_TEXT_BYTES));
        }
        return checked(entry.reader().get().read(name, bytes, options));
    }

    /** Reads a file of one report; see {@link #readAll(Path, ReadOptions)}. */
    public ReadResult read(Path file) throws ReadException {
        return readAll(file, ReadOptions.DEFAULTS).single().result();
    }

    /** Reads bytes of one report; see {@link #readAll(String, byte[], ReadOptions)}. */
    public ReadResult read(String name, byte[] bytes) throws ReadException {
        return readAll(name, bytes, ReadOptions.DEFAULTS).single().result();
    }

    /** Fetches and reads an http(s) address; see {@link UrlReader#read(String)}. */
    public ReadResult readUrl(String url) throws ReadException {
        return readAll(url, ReadOptions.DEFAULTS).single().result();
    }

    /** Reads what the user named, a web address or a file of one report. */
    public ReadResult readSource(String source) throws ReadException {
        return readAll(source, ReadOptions.DEFAULTS).single().result();
    }

    /** Whether {@code source} is an http or https address with a host (not a file path). */
    public boolean isUrl(String source) {
        return isHttpUrl(source);
    }

    /** The reader {@link #readAll(String, byte[], ReadOptions)} would use. */
    SourceReader readerFor(String name, byte[] bytes) {
        return entryFor(name, bytes).reader().get();
    }

    private Entry entryFor(String name, byte[] bytes) {
        Entry known = byExtension(name);
        if (known != null) {
            return known;
        }
        for (Entry e : entries) {
            if (e.sniff() != null && e.sniff().test(bytes)) {
                return e;
            }
        }
        return fallback;
    }

    private Entry byExtension(String name) {
        String extension = extension(name);
        for (Entry e : entries) {
            if (e.format().extensions().contains(extension)) {
                return e;
            }
        }
        return null;
    }

    /** The reading with every report whose text is over {@link #MAX_TEXT_CHARS} moved to the failures. */
    private static Reading checked(Reading reading) throws ReadException {
        List<ReadReport> kept = new ArrayList<>();
        List<ReadException> failures = new ArrayList<>(reading.failures());
        for (ReadReport r : reading.reports()) {
            if (r.result().text().length() > MAX_TEXT_CHARS) {
                failures.add(new ReadException(r.name(), "the text is longer than " + MAX_TEXT_CHARS / (1024 * 1024)
                        + " million characters, the most one report may have"));
            } else {
                kept.add(r);
            }
        }
        if (kept.isEmpty() && reading.reports().size() == 1 && failures.size() == 1) {
            throw failures.get(0);
        }
        return kept.size() == reading.reports().size() ? reading : new Reading(reading.source(), kept, failures);
    }

    private static String tooLarge(long limit) {
        return "the file is larger than " + UrlReader.size(limit) + ", the most one "
                + (limit == MAX_TEXT_BYTES ? "report" : "file") + " may be";
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
