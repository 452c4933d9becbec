package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.diff.Discrepancy;

/** The HTML report of the built-in sample, parsed back with jsoup. */
class HtmlReportTest {

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        html = Exports.write(new HtmlReport(), sample.input());
        doc = Jsoup.parse(html);
    }

    private static Element toGroup() {
        return doc.selectFirst("section.group[data-group=" + sample.to().clusterId() + "]");
    }

    @Test
    void showsTheStoryTitle() {
        assertThat(doc.selectFirst("h1").text()).isEqualTo(Exports.TITLE);
        assertThat(doc.title()).startsWith(Exports.TITLE);
    }

    @Test
    void listsEveryReportWithTitleOutletDateUrlAndFile() {
        Elements rows = doc.select("table.reports tbody tr");
        assertThat(rows).hasSize(3);
        Element r3 = doc.selectFirst("tr#report-r3");
        assertThat(r3.text()).contains("Kremlin Rejects Claim That Putin Phoned Elton John", "themoscowtimes.com",
                "2015-09-15", "kremlin-rejects-claim-putin-phoned.txt");
        assertThat(r3.selectFirst("a").attr("href")).startsWith("https://www.themoscowtimes.com/2015/09/15/");
    }

    @Test
    void eachQuoteGroupIsASectionWithItsVersionsReferenceFirst() {
        assertThat(doc.select("section.group")).hasSize(2);
        Elements versions = toGroup().select("li.version");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).hasClass("reference")).isTrue();
        assertThat(versions.get(0).attr("data-report")).isEqualTo("r1");
        assertThat(versions.eachAttr("data-report")).containsExactly("r1", "r3", "r3");
        assertThat(versions.get(2).selectFirst(".source").text()).contains("embedded post");
    }

    @Test
    void theWordTheKremlinReportLeavesOutIsStruckInTheReference() {
        Element del = toGroup().selectFirst("li.reference del.diff[data-d~=^(.* )?" + sample.to().id() + "( .*)?$]");
        assertThat(del).isNotNull();
        assertThat(del.text()).isEqualTo("to");
        assertThat(del.attr("title")).contains("word left out");
        assertThat(del.parent().text()).contains("I look to").contains("forward to meeting");
    }

    @Test
    void theVersionThatLacksTheWordShowsWhereItIsMissing() {
        Element r3 = toGroup().select("li.version[data-report=r3]").first();
        Element gap = r3.selectFirst(".diff.gap");
        assertThat(gap.attr("data-d").split(" ")).contains(sample.to().id());
        assertThat(gap.attr("aria-label")).isEqualTo("words missing here");
        assertThat(gap.parent().text()).contains("I look‸");
    }

    @Test
    void theDiscrepancyTableHasARowPerDiscrepancyOfTheGroup() {
        long inGroup = sample.input().comparison().discrepancies().stream()
                .filter(d -> d.clusterId().equals(sample.to().clusterId())).count();
        assertThat(toGroup().select("table.discrepancies tbody tr")).hasSize((int) inGroup);
        assertThat(doc.select("table.discrepancies tbody tr"))
                .hasSize(sample.input().comparison().discrepancies().size());
    }

    @Test
    void theConfirmedRowShowsKindSeverityStatusNoteAndTags() {
        Discrepancy to = sample.to();
        Element row = doc.getElementById(to.id());
        assertThat(row.attr("data-fingerprint")).isEqualTo(to.fingerprint());
        assertThat(row.select("td").eachText()).startsWith(to.id(), "word left out", "substantive");
        assertThat(row.selectFirst(".status").text()).isEqualTo("Confirmed discrepancy");
        assertThat(row.selectFirst(".note-text").wholeText()).isEqualTo(Projects.NOTE);
        assertThat(row.select(".tags .tag").eachText()).containsExactly("instagram", "typo");
        assertThat(row.selectFirst(".difference").text()).isEqualTo("to r1 · (nothing) r3 ×2");
    }

    @Test
    void anUnreviewedRowSaysSo() {
        Element other = doc.select("table.discrepancies tbody tr").stream()
                .filter(r -> !r.id().equals(sample.to().id())).findFirst().orElseThrow();
        assertThat(other.selectFirst(".status").text()).isEqualTo("Unreviewed");
    }

    @Test
    void theExcludedClutterIsListedPerReport() {
        Elements perReport = doc.select("#clutter .clutter-report");
        assertThat(perReport.eachAttr("data-report")).containsExactly("r1", "r2", "r3");
        Element r2 = doc.selectFirst("#clutter .clutter-report[data-report=r2]");
        assertThat(r2.select("ul.clutter li")).hasSize(2);
        assertThat(r2.text()).contains("Support The Moscow Times!").contains("Sign up for our free weekly newsletter");
        assertThat(r2.select(".reason").eachText()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void isSelfContainedWithNothingToLoadAndNoScript() {
        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        assertThat(doc.select("style")).hasSize(1);
    }

    @Test
    void printsWithEachGroupOnAPageOfItsOwn() {
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("@media print").contains(".group, #clutter { break-before: page; }")
                .contains("break-inside: avoid");
    }

    @Test
    void marksDifferByLineAsWellAsByColour() {
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("del.diff { background: var(--del-bg); text-decoration: line-through")
                .contains("ins.diff { background: var(--ins-bg); text-decoration: underline 2px solid")
                .contains("mark.diff { background: var(--chg-bg); text-decoration: underline wavy")
                .contains(".diff.cosmetic { background: none; text-decoration: underline dotted");
    }

    @Test
    void startsWithAnHtml5Doctype() {
        assertThat(html).startsWith("<!doctype html>");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }
}
