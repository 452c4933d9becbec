package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.quote.Quote;
import org.verbatim.review.Tokenizers;
import org.verbatim.store.CorrectionRequest;
import org.verbatim.store.ProjectStore;

/** A speaker the user set shows in the exports as the user's. */
class CorrectionsInExportsTest {

    @TempDir
    static Path dir;
    static ExportInput input;

    @BeforeAll
    static void theSampleWithASpeakerSetByTheUser() throws Exception {
        try (ProjectStore store = Projects.sample(dir)) {
            Quote grouped = store.comparison().quotes().stream().filter(q -> q.text().startsWith("I know you were"))
                    .findFirst().orElseThrow();
            store.correct(new CorrectionRequest.Speaker(grouped.id(), "Dmitry Peskov"));
            input = ExportInput.of(store.review(), Exports.TITLE, Tokenizers.icu());
        }
    }

    @Test
    void theHtmlReportSaysTheUserSetTheSpeaker() throws Exception {
        assertThat(Exports.write(new HtmlReport(), input)).contains(">speaker set by the user<");
    }

    @Test
    void theMarkdownReportSaysTheUserSetTheSpeaker() throws Exception {
        assertThat(Exports.write(new MarkdownReport(), input)).contains("*speaker set by the user*");
    }

    @Test
    void theJsonSaysTheUserSetTheSpeaker() throws Exception {
        assertThat(Exports.write(new JsonExport(), input)).contains("\"speaker_by\" : \"user\"");
    }
}
