package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown report of the built-in sample: the HTML report's content, and report text that prints as written. */
class MarkdownReportTest {

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static String md;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        md = Exports.write(new MarkdownReport(), sample.input());
    }

    /** What a wiki would show: CommonMark rendered to HTML (raw HTML passed through, as most renderers do). */
    static Document rendered(String markdown) {
        return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)));
    }

    @Test
    void startsWithTheStoryTitleAndTheCounts() {
        assertThat(md).startsWith("# " + Exports.TITLE + "\n");
        var places = sample.input().comparison().discrepancies();
        long substantive = places.stream().filter(d -> d.severity() == org.verbatim.core.diff.Severity.SUBSTANTIVE)
                .count();
        assertThat(md).contains("3 reports · 2 quote groups · " + places.size() + " differences, " + substantive
                + " substantive · 1 of " + places.size() + " reviewed");
    }

    @Test
    void hasTheSameSectionsAsTheHtmlReport() {
        assertThat(md.lines().filter(l -> l.startsWith("## ")))
                .containsExactly("## Reports", "## Group c3: Vladimir Putin · 2 versions in 2 reports",
                        "## Group c6: Elton John · 3 versions in 2 reports", "## Left out of the comparison");
    }

    @Test
    void listsEachReportInATableRow() {
        assertThat(md).contains("| r3 | Kremlin Rejects Claim That Putin Phoned Elton John | themoscowtimes.com | "
                + "2015-09-15 | https://www.themoscowtimes.com/");
    }

    @Test
    void strikesTheWordTheOtherVersionLeavesOutAndMarksWhereItIsMissing() {
        assertThat(md).contains("> \"Thank-you to President Vladimir Putin").contains("I look ~~to~~ forward");
        assertThat(md).contains("I look‸ forward");
    }

    @Test
    void theDiscrepancyTableCarriesStatusNoteAndTagsOnOneLine() {
        String row = md.lines().filter(l -> l.startsWith("| " + sample.to().id() + " |")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| " + sample.to().id() + " | word left out | **substantive** "
                + "| «to» r1 · (nothing) r3 ×2 | Confirmed discrepancy | Instagram caption reads \"look to forward\", "
                + "checked twice, see the screenshot (tags: instagram, typo) |");
        long rows = md.lines().filter(l -> l.matches("\\| d\\d+ \\|.*")).count();
        assertThat(rows).isEqualTo(sample.input().comparison().discrepancies().size());
    }

    @Test
    void listsTheClutterOfEachReport() {
        assertThat(md).contains("### r2 Russia's Putin Calls Elton John, For Real This Time, Offers Meeting\n\n"
                + "- **page furniture**: «Support The Moscow Times!»\n");
    }

    @Test
    void escapesWhatMarkdownWouldReadAsSyntax() {
        assertThat(MarkdownReport.escape("*a* _b_ `c` [l](u) <x> a|b ~~s~~ #1 \\ AT&T &amp;"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[l\\](u) \\<x\\> a\\|b \\~\\~s\\~\\~ \\#1 \\\\ AT\\&T \\&amp;");
    }

    @Test
    void aQuoteLineThatLooksLikeAListStaysText() {
        assertThat(MarkdownReport.atLineStart("1. we will")).isEqualTo("1\\. we will");
        assertThat(MarkdownReport.atLineStart("- no")).isEqualTo("\\- no");
        assertThat(MarkdownReport.atLineStart("= yes")).isEqualTo("\\= yes");
        assertThat(rendered("> " + MarkdownReport.atLineStart(MarkdownReport.escape("1. we will"))).select("ol"))
                .isEmpty();
    }

    @Test
    void markupInReportTextRendersAsText() {
        String text = "We said <script>alert(1)</script> & <b>bold</b> [x](javascript:y)";
        Document d = rendered(MarkdownReport.escape(text));
        assertThat(d.select("script, b, a")).isEmpty();
        assertThat(d.body().text()).isEqualTo(text);
    }

    @Test
    void marksBecomeEmphasisWhereMarkdownCanOpenAndCloseIt() {
        String line = MarkdownReport.versionText(List.of(run("I look ", ExportView.Mark.PLAIN),
                run("now", ExportView.Mark.INSERTED), run(" and ", ExportView.Mark.PLAIN),
                run("then", ExportView.Mark.CHANGED), run(".", ExportView.Mark.PLAIN)));
        assertThat(line).isEqualTo("I look **now** and *then*.");
        Document d = rendered(line);
        assertThat(d.select("strong").text()).isEqualTo("now");
        assertThat(d.select("em").text()).isEqualTo("then");
    }

    @Test
    void aMarkMarkdownCouldNotCloseIsBracketedInstead() {
        // "today." with only the full stop inserted: "today**.**" would not close, so it is bracketed
        String line = MarkdownReport.versionText(List.of(run("today", ExportView.Mark.PLAIN),
                run(".", ExportView.Mark.INSERTED), run("Next", ExportView.Mark.PLAIN)));
        assertThat(line).isEqualTo("today{+.+}Next");
    }

    private static ExportView.Run run(String text, ExportView.Mark mark) {
        return new ExportView.Run(text, mark, false, mark == ExportView.Mark.PLAIN ? List.of() : List.of("d1"), "");
    }
}
