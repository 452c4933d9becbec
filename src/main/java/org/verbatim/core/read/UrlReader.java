package org.verbatim.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.verbatim.core.model.ReportMeta;

/**
 * Fetches an http(s) address and reads what comes back with the HTML, plain text or markdown reader,
 * chosen by the response's {@code Content-Type} (sniffed from the bytes when the server names none, or only
 * {@code application/octet-stream}).
 *
 * <p>Redirects are followed here, up to {@value #MAX_REDIRECTS}, to http and https addresses only and never
 * from https to http: "too many redirects", "redirects to a file: address, which is not followed". The
 * connect timeout bounds opening the connection, the read timeout bounds both the wait for the server's
 * answer and any pause while the body downloads, and the deadline (30 s) bounds the whole fetch, so a server
 * that sends a byte a second is given up too. A body over the size cap is refused. Every failure is a
 * {@link ReadException} naming the address as the user gave it, with the reason in plain words:
 * "could not connect (timed out after 10 s)", "could not connect (connection refused)",
 * "unknown host example.invalid", "the server answered 404 Not Found", "the page is larger than 20 MB",
 * "gave up after 30 s (the server sends too slowly)", ...
 *
 * <p>Only the address given is fetched: a page's images, stylesheets and scripts never are.
 *
 * <p>Immutable and thread-safe; holds one {@link HttpClient}, built on the first fetch (building one loads
 * the TLS stack, which a run without web addresses does not need).
 */
public final class UrlReader {

    /** Default time allowed to open the connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time allowed for the answer and for each pause in the download. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Default cap on the size of a downloaded body, in bytes (20 MB). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Default time allowed for the whole fetch, redirects and download included. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** Most redirects followed for one address. */
    public static final int MAX_REDIRECTS = 10;

    private static final String USER_AGENT = "Verbatim/0.1 (news report comparison; +java.net.http)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5";

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final HtmlReader html;
    private final ReportReader text;
    private final ReportReader markdown;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final Duration deadline;
    private final Lazy<HttpClient> client;

    /**
     * @param html           reads {@code text/html} and {@code application/xhtml+xml}
     * @param text           reads {@code text/plain} and other {@code text/*}
     * @param markdown       reads {@code text/markdown}, and {@code text/plain} from a {@code .md} path
     * @param connectTimeout time allowed to open the connection
     * @param readTimeout    time allowed for the answer and for each pause in the download
     * @param maxBytes       largest body accepted, in bytes
     */
    public UrlReader(HtmlReader html, ReportReader text, ReportReader markdown,
                     Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(html, text, markdown, connectTimeout, readTimeout, maxBytes, DEFAULT_DEADLINE);
    }

    /**
     * @param deadline time allowed for the whole fetch
     * @see #UrlReader(HtmlReader, ReportReader, ReportReader, Duration, Duration, long)
     */
    public UrlReader(HtmlReader html, ReportReader text, ReportReader markdown,
                     Duration connectTimeout, Duration readTimeout, long maxBytes, Duration deadline) {
        this.html = Objects.requireNonNull(html, "html");
        this.text = Objects.requireNonNull(text, "text");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.readTimeout = positive(readTimeout, "readTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.deadline = positive(deadline, "deadline");
        this.client = new Lazy<>(() -> HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** A reader with the given readers and the default timeouts and size cap. */
    public UrlReader(HtmlReader html, ReportReader text, ReportReader markdown) {
        this(html, text, markdown, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /** A reader with the standard HTML, plain text and markdown readers and the defaults. */
    public static UrlReader defaults() {
        return new UrlReader(new HtmlReader(), new PlainTextReader(), new MarkdownReader());
    }

    /** The same readers with other timeouts. */
    public UrlReader withTimeouts(Duration connect, Duration read) {
        return new UrlReader(html, text, markdown, connect, read, maxBytes, deadline);
    }

    /** The same readers with another size cap, in bytes. */
    public UrlReader withMaxBytes(long max) {
        return new UrlReader(html, text, markdown, connectTimeout, readTimeout, max, deadline);
    }

    /** The same readers with another deadline for the whole fetch. */
    public UrlReader withDeadline(Duration value) {
        return new UrlReader(html, text, markdown, connectTimeout, readTimeout, maxBytes, value);
    }

    /** The time allowed for the whole fetch. */
    public Duration deadline() {
        return deadline;
    }

    /**
     * Fetches {@code url} and reads it. The result's URL is the page's canonical address when it states
     * one, else the address the content came from (after redirects); the outlet falls back to its host.
     *
     * @throws ReadException naming {@code url}, when it cannot be fetched or read
     */
    public ReadResult read(String url) throws ReadException {
        return fetch(url, ReadOptions.DEFAULTS).result();
    }

    /**
     * Fetches {@code url} and reads it, with the user's choices; the report's bytes are the body as
     * downloaded.
     *
     * @throws ReadException naming {@code url}, when it cannot be fetched or read
     */
    public ReadReport fetch(String url, ReadOptions options) throws ReadException {
        URI uri = parse(url);
        long started = System.nanoTime();
        HttpResponse<byte[]> response = null;
        for (int redirects = 0; response == null; redirects++) {
            HttpResponse<byte[]> r = fetch(url, uri, started);
            int status = r.statusCode();
            if (!isRedirect(status)) {
                response = r;
                continue;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new ReadException(url, "too many redirects (more than " + MAX_REDIRECTS + ")");
            }
            uri = redirectTarget(url, uri, r);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new ReadException(url, "the server answered " + statusText(status));
        }
        String finalUrl = response.uri().toString();
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        String mime = contentType.map(UrlReader::mimeType).orElse("");
        byte[] body = response.body();
        ReadResult result;
        try {
            result = readerFor(url, mime, response.uri(), body).read(finalUrl, body, options);
        } catch (ReadException e) {
            throw new ReadException(url, e.reason(), e);
        }
        ReportMeta fromAddress = new ReportMeta(null, TextMetadata.hostOf(finalUrl), null, finalUrl);
        return new ReadReport(url, body, result.withMeta(result.meta().orElse(fromAddress)));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect points, if it may be followed: http(s) only, never from https down to http. */
    private static URI redirectTarget(String url, URI from, HttpResponse<?> response) throws ReadException {
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new ReadException(url, "the server answered " + statusText(response.statusCode())
                    + " without saying where to");
        }
        URI to;
        try {
            to = from.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ReadException(url, "redirects to an address that is not valid (" + location + ")");
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ReadException(url, "redirects to a " + (scheme.isEmpty() ? "relative" : scheme + ":")
                    + " address, which is not followed");
        }
        if (scheme.equals("http") && "https".equalsIgnoreCase(from.getScheme())) {
            throw new ReadException(url, "redirects from https to plain http, which is not followed");
        }
        if (to.getHost() == null || to.getHost().isEmpty()) {
            throw new ReadException(url, "redirects to an address without a host (" + location + ")");
        }
        return to;
    }

    private ReportReader readerFor(String url, String mime, URI finalUri, byte[] body) throws ReadException {
        Charset declared = charsetOf(mime);
        String type = mime.split(";", 2)[0].strip();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return (name, bytes, options) -> html.read(name, bytes, declared, options);
        }
        if (type.equals("text/markdown") || type.equals("text/x-markdown")) {
            return markdown;
        }
        if (type.startsWith("text/")) {
            String path = finalUri.getPath() == null ? "" : finalUri.getPath().toLowerCase(Locale.ROOT);
            return path.endsWith(".md") || path.endsWith(".markdown") ? markdown : text;
        }
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            return Readers.looksLikeHtml(body) ? html : text;
        }
        throw new ReadException(url, "not a web page or text (" + type + ")");
    }

    private static URI parse(String url) throws ReadException {
        if (!Readers.isHttpUrl(url)) {
            throw new ReadException(url, "not an http or https address");
        }
        return URI.create(url.strip());
    }

    private HttpResponse<byte[]> fetch(String url, URI uri, long started) throws ReadException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .GET()
                .build();
        AtomicReference<Download> download = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.get().sendAsync(request, info -> {
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                return BodySubscribers.replacing(new byte[0]);
            }
            Download d = new Download(maxBytes);
            download.set(d);
            return d;
        });
        long asked = System.nanoTime();
        long slice = Math.max(20, Math.min(readTimeout.toMillis(), deadline.toMillis()) / 4);
        long noAnswerLimit = connectTimeout.toNanos() + readTimeout.toNanos() + TimeUnit.SECONDS.toNanos(1);
        while (true) {
            try {
                return future.get(slice, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Download d = download.get();
                long now = System.nanoTime();
                if (now - started > deadline.toNanos()) {
                    if (d != null) {
                        d.cancel();
                    }
                    future.cancel(true);
                    throw new ReadException(url, "gave up after " + seconds(deadline)
                            + (d != null ? " (the server sends too slowly)" : " (the server did not answer in time)"));
                }
                if (d != null && now - d.lastActivity > readTimeout.toNanos()) {
                    d.cancel();
                    future.cancel(true);
                    throw new ReadException(url, "the server stopped sending (timed out after " + seconds(readTimeout) + ")");
                }
                if (d == null && now - asked > noAnswerLimit) {
                    future.cancel(true);
                    throw new ReadException(url, "the server did not answer (timed out after " + seconds(readTimeout) + ")");
                }
            } catch (ExecutionException e) {
                throw new ReadException(url, describe(e.getCause(), uri, connectTimeout, readTimeout, maxBytes), e.getCause());
            } catch (CancellationException e) {
                throw new ReadException(url, "the download was cancelled", e);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new ReadException(url, "interrupted while downloading", e);
            }
        }
    }

    /** The reason, in plain words, for a failed request. */
    static String describe(Throwable failure, URI uri, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return "the page is larger than " + size(maxBytes);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "could not connect (timed out after " + seconds(connectTimeout) + ")";
            }
            if (t instanceof HttpTimeoutException) {
                return "the server did not answer (timed out after " + seconds(readTimeout) + ")";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                String message = t.getMessage();
                return message == null || message.isBlank() || message.toLowerCase(Locale.ROOT).contains("refused")
                        ? "could not connect (connection refused)"
                        : "could not connect (" + message + ")";
            }
            if (t instanceof SSLException) {
                return "the secure connection failed (" + t.getMessage() + ")";
            }
        }
        String message = failure == null ? null : failure.getMessage();
        if (failure instanceof IOException && message != null && !message.isBlank()) {
            return "the download failed (" + message + ")";
        }
        return "the download failed (" + (failure == null ? "unknown error" : failure.getClass().getSimpleName()) + ")";
    }

    /** "404 Not Found", or just the number for a status without a well-known phrase. */
    static String statusText(int status) {
        String reason = REASONS.get(status);
        return reason == null ? String.valueOf(status) : status + " " + reason;
    }

    /** The lower-cased media type with its parameters, e.g. {@code text/html; charset=utf-8}. */
    private static String mimeType(String contentType) {
        return contentType.strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charsetOf(String mime) {
        for (String param : mime.split(";")) {
            String p = param.strip();
            if (p.startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A size in plain words: "20 MB", "1.5 MB", "64 KB", "900 bytes". */
    static String size(long bytes) {
        long kb = 1024L;
        long mb = kb * kb;
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
        }
        if (bytes >= kb) {
            return bytes % kb == 0 ? bytes / kb + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / (double) kb);
        }
        return bytes + " bytes";
    }

    private static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
        return d;
    }

    /** The body so far is over the cap. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body too large");
        }
    }

    /** Collects a body up to a cap and remembers when bytes last arrived. */
    private static final class Download implements BodySubscriber<byte[]> {
        private final long cap;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        volatile long lastActivity = System.nanoTime();

        Download(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            lastActivity = System.nanoTime();
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastActivity = System.nanoTime();
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            if (out.size() > cap) {
                cancel();
                result.completeExceptionally(new TooLarge());
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
