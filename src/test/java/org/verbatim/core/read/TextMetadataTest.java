package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.ReportMeta;

class TextMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "September 15, 2015|2015-09-15",
            "15 September 2015|2015-09-15",
            "2015-09-15|2015-09-15",
            "Sep 15, 2015|2015-09-15",
            "Sept. 15, 2015|2015-09-15",
            "Tuesday, September 15, 2015|2015-09-15",
            "15th of September, 2015|2015-09-15",
            "Published: Sep 15 2015 8:11 am PDT|2015-09-15",
            "*September 15, 2015*|2015-09-15"})
    void earlyDateLineIsNormalisedToIso(String line, String iso) {
        assertThat(TextMetadata.scan("Title\n\n" + line + "\n\nBody.").date()).isEqualTo(iso);
    }

    @Test
    void dateThatNamesNoRealDayIsKeptAsWritten() {
        assertThat(TextMetadata.scan("Title\nFebruary 30, 2015\nBody.").date()).isEqualTo("February 30, 2015");
    }

    @Test
    void dateInsideASentenceIsNotTheReportDate() {
        assertThat(TextMetadata.scan("Title\nOn September 15, 2015 he said so.\n").date()).isNull();
    }

    @Test
    void dateBelowTheFirstTenLinesIsIgnored() {
        String text = "Title\n" + "line\n".repeat(10) + "September 15, 2015\n";
        assertThat(TextMetadata.scan(text).date()).isNull();
    }

    @Test
    void urlOnTheLineOfItsLabel() {
        ReportMeta meta = TextMetadata.scan("Title\nBody.\nSource URL: https://example.org/a/b.html\n");
        assertThat(meta.url()).isEqualTo("https://example.org/a/b.html");
        assertThat(meta.outlet()).isEqualTo("example.org");
    }

    @Test
    void urlInAngleBracketsOnTheNextNonBlankLine() {
        ReportMeta meta = TextMetadata.scan("Title\nBody.\nURL:\n\n<https://www.example.com/story>\n");
        assertThat(meta.url()).isEqualTo("https://www.example.com/story");
        assertThat(meta.outlet()).isEqualTo("example.com");
    }

    @Test
    void sourceWithAnAddressGivesTheUrl() {
        assertThat(TextMetadata.scan("Title\nSource: <https://news.example.net/x>\n").url())
                .isEqualTo("https://news.example.net/x");
    }

    @Test
    void sourceWithANameGivesTheOutlet() {
        ReportMeta meta = TextMetadata.scan("Title\n**Source:** Reuters\nOriginal url: https://www.reuters.com/x\n");
        assertThat(meta.outlet()).isEqualTo("Reuters");
        assertThat(meta.url()).isEqualTo("https://www.reuters.com/x");
    }

    @Test
    void publisherLineGivesTheOutlet() {
        assertThat(TextMetadata.scan("Title\nPublisher: The Moscow Times\n").outlet()).isEqualTo("The Moscow Times");
    }

    @Test
    void trailingPunctuationIsNotPartOfTheUrl() {
        assertThat(TextMetadata.findUrl("see https://example.org/a_(b).")).isEqualTo("https://example.org/a_(b)");
    }

    @Test
    void titleIsTheFirstNonBlankLineWithoutHeadingMarks() {
        assertThat(TextMetadata.firstLineTitle("\n \n## Big News ##\nbody")).isEqualTo("Big News");
    }

    @Test
    void textWithoutLabelsStatesNothing() {
        assertThat(TextMetadata.scan("Just a title\n\nAnd a body.\n")).isEqualTo(ReportMeta.EMPTY);
    }
}
