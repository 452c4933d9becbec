package org.verbatim.core.clutter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.core.SampleStory;
import org.verbatim.core.text.Paragraphs;

/** The page furniture of the three sample reports, every piece of it. */
class SampleClutterTest {

    /** "reason | first line of the span … last line of it" for every excluded span. */
    private static String excluded(String file) {
        String text = SampleStory.text(file);
        StringBuilder out = new StringBuilder();
        for (Excluded e : ClutterDetector.rules().detect(text, Paragraphs.of(text))) {
            String[] lines = e.span().of(text).split("\n");
            out.append(e.reason()).append(" | ").append(lines[0]);
            if (lines.length > 1) {
                out.append(" … ").append(lines[lines.length - 1]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void reportAEndsWithReportAProblem() {
        assertThat(excluded(SampleStory.A)).isEqualTo("""
                page furniture | Report a problem
                """);
    }

    @Test
    void reportBOpensWithASupportBannerAndEndsWithTheNewsletterAndAppealBlock() {
        assertThat(excluded(SampleStory.B)).isEqualTo("""
                page furniture | Support The Moscow Times!
                closing appeal and page furniture | Sign up for our free weekly newsletter … Read more
                """);
    }

    @Test
    void reportBsClosingBlockRunsToTheEndOfTheText() {
        String text = SampleStory.text(SampleStory.B);

        Excluded last = ClutterDetector.rules().detect(text, Paragraphs.of(text)).get(1);

        assertThat(last.span().start()).isEqualTo(text.indexOf("Sign up for our free weekly newsletter"));
        assertThat(text.substring(last.span().end()).strip()).isEmpty();
    }

    @Test
    void reportCEndsWithTheOriginalUrlLabelAndTheUrl() {
        assertThat(excluded(SampleStory.C)).isEqualTo("""
                page furniture | Original url:
                page furniture | <https://www.themoscowtimes.com/2015/09/15/kremlin-rejects-claim-that-putin-phoned-elton-john-a49577>
                """);
    }
}
