package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;

/** A note on a span of a report (not on a discrepancy) is exported too. */
class SpanNotesTest {

    static final String WORDS = "Putin phoned him";
    static final String NOTE = "ask Peskov's office";

    @TempDir
    static Path dir;
    static ExportInput in;
    static Report r2;

    @BeforeAll
    static void aSpanNote() throws Exception {
        try (ProjectStore store = Projects.sample(dir)) {
            r2 = store.report("r2").report();
            int at = r2.text().indexOf(WORDS);
            store.annotateSpan("r2", new Span(at, at + WORDS.length()), AnnotationStatus.FOLLOW_UP, NOTE);
            in = ExportInput.of(store.review(), Exports.TITLE, org.verbatim.review.Tokenizers.icu());
        }
    }

    @Test
    void theHtmlReportListsItUnderOtherNotes() throws Exception {
        Element notes = Jsoup.parse(Exports.write(new HtmlReport(), in)).getElementById("notes");
        assertThat(notes.select("ul.annotations li")).hasSize(1);
        assertThat(notes.selectFirst("li").text()).contains("r2", WORDS, "Needs follow-up", NOTE);
    }

    @Test
    void theMarkdownListsItUnderOtherNotes() throws Exception {
        assertThat(Exports.write(new MarkdownReport(), in))
                .contains("## Other notes\n\n### On the text of the reports\n\n"
                        + "- r2 «" + WORDS + "» · Needs follow-up: ask Peskov's office\n");
    }

    @Test
    void theW3cExportHasItAsACommentOnItsWords() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Exports.write(new W3cAnnotations(), in))
                .path("first").path("items");
        assertThat(items).hasSize(in.comparison().discrepancies().size() + 1);
        JsonNode a = items.get(items.size() - 1);
        assertThat(a.path("motivation").asText()).isEqualTo("commenting");
        assertThat(a.path("body").get(0).path("value").asText()).isEqualTo(NOTE);
        JsonNode selectors = a.path("target").get(0).path("selector");
        assertThat(selectors.get(0).path("exact").asText()).isEqualTo(WORDS);
        assertThat(selectors.get(1).path("start").asInt()).isEqualTo(r2.text().indexOf(WORDS));
    }
}
