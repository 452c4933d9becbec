package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the sample laid out by a real browser: headless Chromium loads a copy of the report with a small
 * measuring script added, and {@code --dump-dom} hands back the page with the measurements in a data attribute.
 * The report itself has no script and its Content-Security-Policy forbids one; only this test's copy allows it.
 *
 * <p>Skipped when no Chromium is installed ({@code apt-get install chromium} on Debian).
 */
class HtmlReportInBrowserTest {

    /** Wide as a desktop window, and as the printable width of A4 with the report's margins (180 mm at 96 dpi). */
    static final int SCREEN = 1200;
    static final int PRINT = 680;

    /** Runs in the test's copy only: measures the layout and writes it into html[data-layout] as JSON. */
    static final String MEASURE = """
            (function () {
              function box(e) { var r = e.getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; }
              var out = {viewport: document.documentElement.clientWidth,
                         scrollWidth: document.documentElement.scrollWidth,
                         body: box(document.body), tables: [], overflowingCells: [], groups: [], marks: {}};
              document.querySelectorAll('table').forEach(function (t) {
                var b = box(t); b.className = t.className; out.tables.push(b); });
              document.querySelectorAll('td, th').forEach(function (c) {
                if (c.scrollWidth > c.clientWidth + 1) { out.overflowingCells.push(c.textContent.slice(0, 40)); } });
              document.querySelectorAll('section.group').forEach(function (g) {
                var versions = [];
                g.querySelectorAll('li.version').forEach(function (v) { versions.push(box(v)); });
                out.groups.push({id: g.getAttribute('data-group'), versions: versions}); });
              ['del.diff', 'ins.diff', 'mark.diff', '.diff.gap'].forEach(function (sel) {
                var e = document.querySelector('.legend ' + sel);
                if (e) { var s = getComputedStyle(e);
                  out.marks[sel] = {line: s.textDecorationLine, style: s.textDecorationStyle,
                                    colour: s.textDecorationColor, background: s.backgroundColor}; } });
              document.documentElement.setAttribute('data-layout', JSON.stringify(out));
            })();
            """;

    @TempDir
    static Path dir;
    static Path chromium;
    static Exports.Sample sample;
    static Path page;

    @BeforeAll
    static void aBrowserAndTheReport() throws Exception {
        chromium = findChromium();
        if (chromium == null) {
            return; // each test reports itself skipped, with the reason
        }
        sample = Exports.sample(dir);
        Document doc = Jsoup.parse(Exports.write(new HtmlReport(), sample.input()));
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
        doc.body().appendElement("script").appendChild(new DataNode(MEASURE));
        page = dir.resolve("measured.html");
        Files.writeString(page, doc.outerHtml(), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, "no Chromium found (CHROME_BIN, or chromium, chromium-browser or "
                + "google-chrome on the PATH): the browser layout checks need one (apt-get install chromium)");
    }

    static Path findChromium() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROME_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                candidates.add(Path.of(d, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Runs headless Chromium on the measured copy and returns what it printed. */
    static String chromium(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path err = Files.createTempFile(dir, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 90 s");
        }
        assertThat(p.exitValue()).as("chromium: %s", Files.readString(err)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The layout at a window width. */
    static JsonNode layout(int width) throws Exception {
        Document dom = Jsoup.parse(chromium("--window-size=" + width + ",1600", "--dump-dom"));
        String json = dom.selectFirst("html").attr("data-layout");
        assertThat(json).as("the measuring script ran").isNotEmpty();
        return new ObjectMapper().readTree(json);
    }

    private static void tablesFit(JsonNode l) {
        assertThat(l.path("scrollWidth").asInt()).as("no horizontal scrolling")
                .isLessThanOrEqualTo(l.path("viewport").asInt());
        double left = l.path("body").path("left").asDouble();
        double right = l.path("body").path("right").asDouble();
        assertThat(l.path("tables")).isNotEmpty();
        for (JsonNode t : l.path("tables")) {
            assertThat(t.path("left").asDouble()).as(t.path("className").asText()).isGreaterThanOrEqualTo(left - 0.5);
            assertThat(t.path("right").asDouble()).as(t.path("className").asText()).isLessThanOrEqualTo(right + 0.5);
        }
        assertThat(l.path("overflowingCells")).as("cells whose text sticks out").isEmpty();
    }

    @Test
    void theTablesFitTheWidthOfADesktopWindow() throws Exception {
        tablesFit(layout(SCREEN));
    }

    @Test
    void theTablesFitThePrintableWidthOfAnA4Page() throws Exception {
        tablesFit(layout(PRINT));
    }

    @Test
    void eachGroupsVersionsAreStackedOneBelowTheOther() throws Exception {
        JsonNode l = layout(SCREEN);
        assertThat(l.path("groups")).hasSize(2);
        for (JsonNode g : l.path("groups")) {
            JsonNode v = g.path("versions");
            assertThat(v.size()).as(g.path("id").asText()).isGreaterThan(1);
            for (int i = 1; i < v.size(); i++) {
                assertThat(v.get(i).path("top").asDouble()).as("version %d of %s", i, g.path("id").asText())
                        .isGreaterThanOrEqualTo(v.get(i - 1).path("bottom").asDouble() - 0.5);
                assertThat(v.get(i).path("left").asDouble()).isEqualTo(v.get(0).path("left").asDouble());
            }
        }
    }

    @Test
    void theMarksAreStruckUnderlinedAndWavyNotOnlyColoured() throws Exception {
        JsonNode m = layout(SCREEN).path("marks");
        assertThat(m.path("del.diff").path("line").asText()).isEqualTo("line-through");
        assertThat(m.path("ins.diff").path("line").asText()).isEqualTo("underline");
        assertThat(m.path("ins.diff").path("style").asText()).isEqualTo("solid");
        assertThat(m.path("mark.diff").path("line").asText()).isEqualTo("underline");
        assertThat(m.path("mark.diff").path("style").asText()).isEqualTo("wavy");
        assertThat(m.path("del.diff").path("colour").asText()).isNotEqualTo(m.path("ins.diff").path("colour").asText());
    }

    @Test
    void printsEachGroupOnAPageOfItsOwn() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        // the title and reports, then each group, then the clutter, each from a new page
        assertThat(count).isGreaterThanOrEqualTo(1 + 2 + 1);
    }
}
