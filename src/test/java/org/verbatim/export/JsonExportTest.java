package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Report;

/** The JSON export of the built-in sample: the engine's shape plus the annotations, read back with Jackson. */
class JsonExportTest {

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static JsonNode json;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        json = Exports.json(new JsonExport(), sample);
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void hasTheEngineResultsAndTheAnnotations() {
        assertThat(json.path("reports")).hasSize(3);
        assertThat(json.path("discrepancies")).hasSize(sample.input().comparison().discrepancies().size());
        assertThat(json.path("annotations")).hasSize(1);
    }

    @Test
    void theAnnotationCarriesStatusNoteTagsAndFingerprint() {
        JsonNode a = json.path("annotations").get(0);
        assertThat(a.path("status").asText()).isEqualTo("confirmed");
        assertThat(a.path("note").asText()).isEqualTo(Projects.NOTE);
        assertThat(a.path("tags").toString()).isEqualTo("[\"instagram\",\"typo\"]");
        assertThat(a.path("fingerprint").asText()).isEqualTo(sample.to().fingerprint());
    }

    @Test
    void offsetsPointAtTheWordsInTheReportText() {
        JsonNode a = json.path("annotations").get(0).path("anchor");
        Report r1 = sample.input().comparison().report("r1");
        assertThat(codePoints(r1.text(), a.path("start").asInt(), a.path("end").asInt())).isEqualTo("to");
        for (JsonNode d : json.path("discrepancies")) {
            for (JsonNode reading : d.path("readings")) {
                for (JsonNode at : reading.path("spans")) {
                    Report r = sample.input().comparison().report(at.path("report").asText());
                    // versions that agree share a reading, "\\_" of a Markdown copy agreeing with "_"
                    assertThat(visible(r, at.path("start").asInt(), at.path("end").asInt()).replace("\\_", "_"))
                            .isEqualTo(reading.path("text").asText());
                }
            }
        }
    }

    /** The code points {@code [start, end)} of a report as a reader sees them: its hidden markup left out. */
    private static String visible(Report r, int start, int end) {
        String t = r.text();
        int from = t.offsetByCodePoints(0, start);
        int to = t.offsetByCodePoints(0, end);
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            int at = i;
            if (r.hidden().stream().noneMatch(h -> h.start() <= at && at < h.end())) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }

    @Test
    void leavesTheCallersWriterOpen() throws Exception {
        boolean[] closed = {false};
        StringWriter target = new StringWriter() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        new JsonExport().write(sample.input(), target);
        assertThat(closed[0]).isFalse();
        assertThat(target.toString()).startsWith("{");
    }
}
