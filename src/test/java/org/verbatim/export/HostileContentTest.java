package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose report text, titles, outlets, URLs and notes carry a script element, double quotes, ampersands and
 * a spreadsheet formula: every format must carry them as inert text.
 */
class HostileContentTest {

    @TempDir
    static Path dir;
    static ExportInput in;

    @BeforeAll
    static void project() throws Exception {
        in = Exports.hostile(dir);
        assertThat(in.comparison().discrepancies()).as("the hostile words differ word by word").hasSizeGreaterThan(1);
    }

    @Test
    void theHtmlReportHasNoScriptElementAndShowsTheMarkupAsText() throws Exception {
        Document doc = Jsoup.parse(Exports.write(new HtmlReport(), in));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("body b")).isEmpty();
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Bridge " + Projects.SCRIPT);
        assertThat(doc.selectFirst("tr#report-r1").text())
                .contains(Projects.SCRIPT + " \"Q\" & A", "Outlet & <b>Co</b>");
        List<String> versions = new ArrayList<>();
        for (org.jsoup.nodes.Element quote : doc.select("li.version blockquote")) {
            org.jsoup.nodes.Element words = quote.clone();
            words.select("sup.refs").remove();
            versions.add(words.text().replaceAll("\\s+", ""));
        }
        // (the marks of a place stand between words, where the text may break)
        assertThat(versions).anySatisfy(t -> assertThat(t).contains("bridge" + Projects.SCRIPT + "&finish"));
        assertThat(doc.select("#clutter li").text()).contains(Projects.SCRIPT);
    }

    @Test
    void theHtmlReportLinksOnlyWebAddresses() throws Exception {
        Document doc = Jsoup.parse(Exports.write(new HtmlReport(), in));
        assertThat(doc.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().startsWith("javascript"));
        assertThat(doc.selectFirst("tr#report-r1 .url").text()).isEqualTo("javascript:alert(1)");
        assertThat(doc.selectFirst("tr#report-r2 a").attr("href")).isEqualTo(Projects.URL);
    }

    @Test
    void theMarkdownEscapesTheMarkup() throws Exception {
        String md = Exports.write(new MarkdownReport(), in);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<").contains("\\<script\\>alert(1)\\</script\\>");
        Document rendered = MarkdownReportTest.rendered(md);
        assertThat(rendered.select("script, b")).isEmpty();
        assertThat(rendered.text()).contains("We will build the bridge", "Outlet & <b>Co</b>");
    }

    @Test
    void theCsvPrefixesEveryCellThatStartsLikeAFormula() throws Exception {
        String csv = Exports.write(new CsvExport(), in);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
        List<String> cells = new ArrayList<>();
        rows.forEach(r -> r.forEach(cells::add));
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(rows).extracting(r -> r.get("note")).containsOnly("'" + Projects.FORMULA);
        assertThat(rows).extracting(r -> r.get("report_titles"))
                .contains("'" + Projects.FORMULA, Projects.SCRIPT + " \"Q\" & A");
        assertThat(rows).extracting(r -> r.get("text")).anyMatch(t -> t.startsWith("'="));
    }

    @Test
    void theJsonCarriesTheTextAsWritten() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Exports.write(new JsonExport(), in));
        assertThat(json.path("reports").get(0).path("title").asText()).isEqualTo(Projects.SCRIPT + " \"Q\" & A");
        assertThat(json.path("annotations").get(0).path("note").asText()).isEqualTo(Projects.FORMULA);
    }

    @Test
    void theW3cAnnotationsUseNoScriptUrlAsSource() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Exports.write(new W3cAnnotations(), in));
        List<String> sources = new ArrayList<>();
        json.path("first").path("items")
                .forEach(a -> a.path("target").forEach(t -> sources.add(t.path("source").asText())));
        assertThat(sources).isNotEmpty().allMatch(s -> s.startsWith("urn:uuid:") || s.equals(Projects.URL));
        assertThat(json.path("label").asText()).isEqualTo("Bridge " + Projects.SCRIPT);
    }

    @Test
    void theTeiEscapesTheMarkup() throws Exception {
        String xml = Exports.write(new TeiExport(), in);
        assertThat(xml).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        org.w3c.dom.Document doc = TeiExportTest.parse(xml);
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(TeiExportTest.elements(doc, "title").get(0).getTextContent()).isEqualTo("Bridge " + Projects.SCRIPT);
        assertThat(TeiExportTest.elements(doc, "witness").get(0).getTextContent())
                .contains(Projects.SCRIPT + " \"Q\" & A");
    }
}
