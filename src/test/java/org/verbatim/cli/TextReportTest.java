package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text format's excerpts of long quotes. */
class TextReportTest {

    @Test
    void aLongQuoteIsCutBetweenCodePointsNeverInsideAnEmoji() {
        String quote = "a".repeat(108) + "\uD83C\uDF89\uD83C\uDF89 and the rest of the sentence";

        String excerpt = TextReport.excerpt(quote);

        assertThat(excerpt).endsWith("\uD83C\uDF89…");
        assertThat(excerpt.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty(); // no lone half
    }
}
