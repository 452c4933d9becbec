package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

/** The W3C Web Annotation export of the built-in sample, read back with Jackson. */
class W3cAnnotationsTest {

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        json = Exports.json(new W3cAnnotations(), sample);
    }

    private static JsonNode items() {
        return json.path("first").path("items");
    }

    private static JsonNode toAnnotation() {
        for (JsonNode a : items()) {
            for (JsonNode b : a.path("body")) {
                if (b.path("value").asText().equals(Projects.NOTE)) {
                    return a;
                }
            }
        }
        throw new AssertionError("no annotation with the note");
    }

    private static List<String> bodies(JsonNode a, String purpose) {
        List<String> out = new ArrayList<>();
        a.path("body").forEach(b -> {
            if (b.path("purpose").asText().equals(purpose)) {
                assertThat(b.path("type").asText()).isEqualTo("TextualBody");
                out.add(b.path("value").asText());
            }
        });
        return out;
    }

    private static JsonNode selector(JsonNode target, String type) {
        for (JsonNode s : target.path("selector")) {
            if (s.path("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void isAnAnnotationCollectionWithTheW3cContext() {
        assertThat(json.path("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(json.path("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(json.path("label").asText()).isEqualTo(Exports.TITLE);
        assertThat(json.path("id").asText()).startsWith("urn:uuid:");
        assertThat(json.path("first").path("type").asText()).isEqualTo("AnnotationPage");
    }

    @Test
    void hasOneAnnotationPerDiscrepancy() {
        assertThat(items()).hasSize(sample.input().comparison().discrepancies().size());
        assertThat(json.path("total").asInt()).isEqualTo(items().size());
        items().forEach(a -> {
            assertThat(a.path("type").asText()).isEqualTo("Annotation");
            assertThat(a.path("motivation").asText()).isEqualTo("assessing");
        });
    }

    @Test
    void theNoteIsACommentAndStatusAndTagsAreTags() {
        JsonNode a = toAnnotation();
        assertThat(bodies(a, "commenting")).containsExactly(Projects.NOTE);
        assertThat(bodies(a, "tagging")).containsExactly("status:confirmed", "instagram", "typo");
        assertThat(bodies(a, "classifying")).containsExactly("word-deleted");
        assertThat(a.path("creator").path("name").asText()).isEqualTo("desk editor");
    }

    @Test
    void theTargetSelectsTheWordByQuoteAndByCodePointPosition() {
        JsonNode target = toAnnotation().path("target").get(0);
        Report r1 = sample.input().comparison().report("r1");
        assertThat(target.path("source").asText()).startsWith("urn:uuid:");
        JsonNode quote = selector(target, "TextQuoteSelector");
        assertThat(quote.path("exact").asText()).isEqualTo("to");
        assertThat(quote.path("prefix").asText()).endsWith("I look ");
        assertThat(quote.path("suffix").asText()).startsWith(" forward to meeting");
        JsonNode pos = selector(target, "TextPositionSelector");
        String text = r1.text();
        int start = text.offsetByCodePoints(0, pos.path("start").asInt());
        int end = text.offsetByCodePoints(0, pos.path("end").asInt());
        assertThat(text.substring(start, end)).isEqualTo("to");
        assertThat(text.substring(0, start)).endsWith(quote.path("prefix").asText());
    }

    @Test
    void aReportWithAWebAddressIsTheTargetsSource() {
        String url = sample.input().comparison().report("r3").meta().url();
        List<String> sources = new java.util.ArrayList<>();
        for (JsonNode a : items()) {
            if (bodies(a, "classifying").contains("punctuation")) {
                a.path("target").forEach(t -> sources.add(t.path("source").asText()));
            }
        }
        assertThat(url).startsWith("https://www.themoscowtimes.com/2015/09/15/");
        assertThat(sources).contains(url);
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() throws Exception {
        String a = "\uD83D\uDE00 Minister promises bridge\n\nThe minister said: \"We will build the bridge by May and "
                + "we will not stop until every family in the north can cross the river safely.\"\n";
        String b = "Bridge\n\nThe minister said: \"We will build the bridge by June and we will not stop until "
                + "every family in the north can cross the river safely.\"\n";
        Comparison c = Pipeline.standard().compare(List.of(Report.of("r1", "a.txt", a), Report.of("r2", "b.txt", b)),
                ComparisonSettings.DEFAULTS);
        JsonNode out = new ObjectMapper().readTree(Exports.write(new W3cAnnotations(),
                new ExportInput("emoji", c, List.of(), org.verbatim.core.text.Tokenizer.icu())));
        JsonNode target = out.path("first").path("items").get(0).path("target").get(0);
        JsonNode pos = selector(target, "TextPositionSelector");
        assertThat(selector(target, "TextQuoteSelector").path("exact").asText()).isEqualTo("May");
        assertThat(pos.path("start").asInt()).isEqualTo(a.indexOf("May") - 1);
        assertThat(a.codePoints().skip(pos.path("start").asInt()).limit(3)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("May");
    }
}
