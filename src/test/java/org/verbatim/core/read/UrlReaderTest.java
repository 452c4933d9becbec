package org.verbatim.core.read;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/** Fetching against a loopback {@link HttpServer}; nothing leaves 127.0.0.1. */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UrlReaderTest {

    private static final Duration SHORT = Duration.ofMillis(400);

    private HttpServer server;
    private ExecutorService executor;
    private final UrlReader reader = UrlReader.defaults();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, status, contentType, body));
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String reasonOf(ThrowingRead read) {
        try {
            read.run();
        } catch (ReadException e) {
            return e.reason();
        }
        throw new AssertionError("no ReadException");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws ReadException;
    }

    @Test
    void htmlPageIsReadAsHtml() throws ReadException {
        serve("/story", 200, "text/html; charset=utf-8", Fixtures.bytes("html/news-article-with-nav-quote-footer.html"));
        ReadResult r = reader.read(url("/story"));
        assertThat(r.format()).isEqualTo(SourceFormat.HTML);
        assertThat(r.text()).startsWith("British singer and gay rights advocate").doesNotContain("Privacy Policy");
        assertThat(r.meta().title()).isEqualTo("Kremlin Rejects Claim That Putin Phoned Elton John");
    }

    @Test
    void pageWithoutCanonicalLinkGetsTheFetchedAddressAndItsHost() throws ReadException {
        serve("/plain", 200, "text/html",
                "<html><head><title>T</title></head><body><p>Some text.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(url("/plain")).meta())
                .isEqualTo(new ReportMeta("T", "127.0.0.1", null, url("/plain")).withEncoding("UTF-8"));
    }

    @Test
    void plainTextIsReadAsText() throws ReadException {
        serve("/report.txt", 200, "text/plain; charset=utf-8", Fixtures.sample("kremlin-rejects-claim-putin-phoned.txt"));
        ReadResult r = reader.read(url("/report.txt"));
        assertThat(r.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(r.meta().url()).startsWith("https://www.themoscowtimes.com/2015/09/15/");
    }

    @Test
    void markdownContentTypeIsReadAsMarkdown() throws ReadException {
        serve("/notes", 200, "text/markdown", "# Heading\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(url("/notes")).format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void charsetOfTheContentTypeHeaderIsHonoured() throws ReadException {
        String html = "<html><body><p>\u041f\u0443\u0442\u0438\u043d</p></body></html>";
        serve("/ru", 200, "text/html; charset=windows-1251", html.getBytes(Charset.forName("windows-1251")));
        assertThat(reader.read(url("/ru")).text()).isEqualTo("\u041f\u0443\u0442\u0438\u043d");
    }

    @Test
    void redirectIsFollowed() throws ReadException {
        serve("/new", 200, "text/html", "<html><body><p>Moved here.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        serve("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            respond(exchange, 301, null, new byte[0]);
        });
        ReadResult r = reader.read(url("/old"));
        assertThat(r.text()).isEqualTo("Moved here.");
        assertThat(r.meta().url()).isEqualTo(url("/new"));
    }

    @Test
    void aRedirectLoopIsTooManyRedirects() {
        serve("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            respond(exchange, 302, null, new byte[0]);
        });
        assertThat(reasonOf(() -> reader.read(url("/loop"))))
                .isEqualTo("too many redirects (more than " + UrlReader.MAX_REDIRECTS + ")");
    }

    @Test
    void aRedirectToAFileAddressIsNotFollowedAndSaysWhy() {
        serve("/sneaky", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            respond(exchange, 302, null, new byte[0]);
        });
        assertThat(reasonOf(() -> reader.read(url("/sneaky"))))
                .isEqualTo("redirects to a file: address, which is not followed");
    }

    @Test
    void aServerThatSendsAByteASecondIsGivenUpAtTheDeadline() {
        serve("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        UrlReader hurried = reader.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withDeadline(Duration.ofMillis(800));
        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class, () -> hurried.read(url("/drip")));
        assertThat(e.getMessage()).isEqualTo(url("/drip") + ": gave up after 0.8 s (the server sends too slowly)");
    }

    @Test
    void theDefaultDeadlineIsThirtySeconds() {
        assertThat(reader.deadline()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void notFoundSaysWhatTheServerAnswered() {
        serve("/gone", 404, "text/html", "<html><body>nope</body></html>".getBytes(StandardCharsets.UTF_8));
        String url = url("/gone");
        assertThatThrownBy(() -> reader.read(url))
                .isInstanceOf(ReadException.class)
                .hasMessage(url + ": the server answered 404 Not Found");
    }

    @Test
    void portWithNothingListeningCannotConnect() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/story";
        assertThatThrownBy(() -> reader.read(url))
                .isInstanceOf(ReadException.class)
                .hasMessage(url + ": could not connect (connection refused)");
    }

    @Test
    void serverThatDoesNotAnswerTimesOut() {
        serve("/slow", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        UrlReader impatient = reader.withTimeouts(SHORT, SHORT);
        assertThat(reasonOf(() -> impatient.read(url("/slow"))))
                .isEqualTo("the server did not answer (timed out after 0.4 s)");
    }

    @Test
    void bodyThatStallsTimesOut() {
        serve("/stall", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream out = exchange.getResponseBody();
            out.write("the beginning ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        UrlReader impatient = reader.withTimeouts(SHORT, SHORT);
        assertThat(reasonOf(() -> impatient.read(url("/stall"))))
                .isEqualTo("the server stopped sending (timed out after 0.4 s)");
    }

    @Test
    void bodyOverTheSizeCapIsRefused() {
        serve("/big", 200, "text/plain", "x".repeat(5_000).getBytes(StandardCharsets.UTF_8));
        UrlReader capped = reader.withMaxBytes(1_024);
        assertThat(reasonOf(() -> capped.read(url("/big")))).isEqualTo("the page is larger than 1 KB");
    }

    @Test
    void contentThatIsNeitherPageNorTextIsRefused() {
        serve("/photo", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(reasonOf(() -> reader.read(url("/photo")))).isEqualTo("not a web page or text (image/png)");
    }

    @Test
    void addressThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> reader.read("ftp://example.org/file.txt"))
                .isInstanceOf(ReadException.class)
                .hasMessage("ftp://example.org/file.txt: not an http or https address");
    }

    @Test
    void unresolvableHostIsNamed() {
        // how java.net.http reports a name it cannot resolve; the test does not look the name up
        Throwable failure = new ConnectException().initCause(new UnresolvedAddressException());
        assertThat(UrlReader.describe(failure, URI.create("https://example.invalid/x"),
                Duration.ofSeconds(10), Duration.ofSeconds(10), 1))
                .isEqualTo("unknown host example.invalid");
    }

    @Test
    void connectTimeoutIsNamedWithItsDuration() {
        assertThat(UrlReader.describe(new HttpConnectTimeoutException("HTTP connect timed out"),
                URI.create("https://example.org/"), Duration.ofSeconds(10), Duration.ofSeconds(10), 1))
                .isEqualTo("could not connect (timed out after 10 s)");
    }
}
