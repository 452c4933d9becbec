package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    private ReadResult read(String markdown) throws ReadException {
        return reader.read("test.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private ReadResult fixture(String name) throws ReadException {
        return reader.read(name, Fixtures.bytes("markdown/" + name));
    }

    /** The source with the hidden spans cut out: what a reader of the rendered document sees. */
    private static String visible(ReadResult r) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : r.hidden()) {
            out.append(r.text(), at, s.start());
            at = s.end();
        }
        return out.append(r.text().substring(at)).toString();
    }

    /** The hidden parts of the source, in order. */
    private static List<String> hiddenParts(ReadResult r) {
        return r.hidden().stream().map(s -> s.of(r.text())).toList();
    }

    @Test
    void removingHiddenSpansGivesTheRenderedText() throws ReadException {
        ReadResult r = fixture("heading-escape-bold-link.md");
        assertThat(visible(r)).isEqualTo("""
                Kremlin Rejects Claim

                September 15, 2015

                Peskov said _nothing_ about the call, see the report.
                """);
    }

    @Test
    void textIsTheMarkdownSourceUnchanged() throws ReadException {
        String source = new String(Fixtures.bytes("markdown/heading-escape-bold-link.md"), StandardCharsets.UTF_8);
        ReadResult r = fixture("heading-escape-bold-link.md");
        assertThat(r.text()).isEqualTo(source);
        assertThat(r.format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void onlyTheBackslashOfAnEscapeIsHidden() throws ReadException {
        ReadResult r = read("a \\_b\\_ c\n");
        assertThat(r.hidden()).containsExactly(new Span(2, 3), new Span(5, 6));
    }

    @Test
    void escapedBackslashHidesTheFirstOfTheTwo() throws ReadException {
        ReadResult r = read("a \\\\ b\n");
        assertThat(r.hidden()).containsExactly(new Span(2, 3));
        assertThat(visible(r)).isEqualTo("a \\ b\n");
    }

    @Test
    void headingMarksAreHidden() throws ReadException {
        ReadResult r = read("## Title ##\n");
        assertThat(hiddenParts(r)).containsExactly("## ", " ##");
    }

    @Test
    void setextUnderlineIsHidden() throws ReadException {
        ReadResult r = read("Title\n=====\n");
        assertThat(hiddenParts(r)).containsExactly("=====");
    }

    @Test
    void emphasisMarkersAreHidden() throws ReadException {
        ReadResult r = read("**bold** and _it_\n");
        assertThat(hiddenParts(r)).containsExactly("**", "**", "_", "_");
    }

    @Test
    void linkSyntaxIsHiddenAndItsTextShows() throws ReadException {
        ReadResult r = read("see [the text](http://x.org/a) now\n");
        assertThat(hiddenParts(r)).containsExactly("[", "](http://x.org/a)");
        assertThat(visible(r)).isEqualTo("see the text now\n");
    }

    @Test
    void autolinkAngleBracketsAreHidden() throws ReadException {
        ReadResult r = read("at <https://x.org/a>.\n");
        assertThat(hiddenParts(r)).containsExactly("<", ">");
    }

    @Test
    void blockQuoteMarkersAreHidden() throws ReadException {
        ReadResult r = read("> one\n> two\n");
        assertThat(hiddenParts(r)).containsExactly("> ", "> ");
        assertThat(visible(r)).isEqualTo("one\ntwo\n");
    }

    @Test
    void listBulletsAreHidden() throws ReadException {
        ReadResult r = read("- first\n- second\n\n1. third\n");
        assertThat(hiddenParts(r)).containsExactly("- ", "- ", "1. ");
    }

    @Test
    void codeFencesAreHiddenAndTheCodeShowsVerbatim() throws ReadException {
        ReadResult r = read("```text\nnot *markdown*\n```\n");
        assertThat(hiddenParts(r)).containsExactly("```text", "```");
        assertThat(visible(r)).isEqualTo("\nnot *markdown*\n\n");
    }

    @Test
    void inlineCodeBackticksAreHidden() throws ReadException {
        ReadResult r = read("run `` a`b `` now\n");
        assertThat(visible(r)).isEqualTo("run a`b now\n");
    }

    @Test
    void htmlTagsAreHiddenAndTheTextBetweenShows() throws ReadException {
        ReadResult r = read("a <b>bold</b> word\n\n<div>\nblock text\n</div>\n");
        assertThat(hiddenParts(r)).containsExactly("<b>", "</b>", "<div>", "</div>");
        assertThat(visible(r)).isEqualTo("a bold word\n\n\nblock text\n\n");
    }

    @Test
    void imagesAreHiddenWhole() throws ReadException {
        ReadResult r = read("before ![a photo](p.png) after\n");
        assertThat(visible(r)).isEqualTo("before  after\n");
    }

    @Test
    void linkReferenceDefinitionsAreHidden() throws ReadException {
        ReadResult r = read("see [it][r]\n\n[r]: http://r.example \"T\"\n");
        assertThat(visible(r)).isEqualTo("see it\n\n\n");
    }

    @Test
    void entityStaysVisibleAsContent() throws ReadException {
        ReadResult r = read("Q&amp;A\n");
        assertThat(r.hidden()).isEmpty();
    }

    @Test
    void hardLineBreakSpacesAreHidden() throws ReadException {
        ReadResult r = read("one  \ntwo\n");
        assertThat(visible(r)).isEqualTo("one\ntwo\n");
    }

    @Test
    void spansIndexTheSourceWithCrlfLineEndings() throws ReadException {
        ReadResult r = read("# T\r\n\r\nA **b** c\r\n");
        assertThat(r.hidden()).containsExactly(new Span(0, 2), new Span(9, 11), new Span(12, 14));
        assertThat(visible(r)).isEqualTo("T\r\n\r\nA b c\r\n");
    }

    @Test
    void hiddenSpansAreSortedAndDoNotTouch() throws ReadException {
        List<Span> hidden = fixture("news-report-with-labels.md").hidden();
        for (int i = 1; i < hidden.size(); i++) {
            assertThat(hidden.get(i).start()).isGreaterThan(hidden.get(i - 1).end());
        }
    }

    @Test
    void metadataComesFromTheFirstHeadingAndTheLabels() throws ReadException {
        assertThat(fixture("news-report-with-labels.md").meta()).isEqualTo(new ReportMeta(
                "Putin Calls Elton John, For Real This Time",
                "The Moscow Times",
                "2015-09-24",
                "https://www.themoscowtimes.com/2015/09/24/putin-calls-elton-john-a49999").withEncoding("UTF-8"));
    }

    @Test
    void titleFallsBackToTheFirstVisibleLine() throws ReadException {
        assertThat(read("**Breaking:** a _story_\n\nBody.\n").meta().title()).isEqualTo("Breaking: a story");
    }
}
