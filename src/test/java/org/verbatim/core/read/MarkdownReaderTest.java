package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Markdown syntax against what it hides and what a reader of the rendered page sees (null: not checked). */
    static Stream<Arguments> syntax() {
        return Stream.of(
                Arguments.of("heading marks are hidden", "## Title ##\n", List.of("## ", " ##"), "Title\n"),
                Arguments.of("a setext underline is hidden", "Title\n=====\n", List.of("====="), null),
                Arguments.of("emphasis markers are hidden", "**bold** and _it_\n", List.of("**", "**", "_", "_"),
                        "bold and it\n"),
                Arguments.of("link syntax is hidden and its text shows", "see [the text](http://x.org/a) now\n",
                        List.of("[", "](http://x.org/a)"), "see the text now\n"),
                Arguments.of("autolink angle brackets are hidden", "at <https://x.org/a>.\n", List.of("<", ">"),
                        "at https://x.org/a.\n"),
                Arguments.of("block quote markers are hidden", "> one\n> two\n", List.of("> ", "> "),
                        "one\ntwo\n"),
                Arguments.of("list bullets are hidden", "- first\n- second\n\n1. third\n", List.of("- ", "- ", "1. "),
                        null),
                Arguments.of("code fences are hidden and the code shows verbatim", "```text\nnot *markdown*\n```\n",
                        List.of("```text", "```"), "\nnot *markdown*\n\n"),
                Arguments.of("inline code backticks are hidden", "run `` a`b `` now\n", null, "run a`b now\n"),
                Arguments.of("html tags are hidden and the text between shows",
                        "a <b>bold</b> word\n\n<div>\nblock text\n</div>\n", List.of("<b>", "</b>", "<div>", "</div>"),
                        "a bold word\n\n\nblock text\n\n"),
                Arguments.of("images are hidden whole", "before ![a photo](p.png) after\n", null, "before  after\n"),
                Arguments.of("link reference definitions are hidden", "see [it][r]\n\n[r]: http://r.example \"T\"\n",
                        null, "see it\n\n\n"),
                Arguments.of("an entity stays visible as content", "Q&amp;A\n", List.of(), "Q&amp;A\n"),
                Arguments.of("hard line break spaces are hidden", "one  \ntwo\n", null, "one\ntwo\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntax")
    void syntaxIsHiddenAndTheRenderedTextShows(String name, String markdown, List<String> hidden, String shown)
            throws ReadException {
        ReadResult r = read(markdown);
        if (hidden != null) {
            assertThat(hiddenParts(r)).containsExactlyElementsOf(hidden);
        }
        if (shown != null) {
            assertThat(visible(r)).isEqualTo(shown);
        }
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
