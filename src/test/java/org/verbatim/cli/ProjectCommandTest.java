package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim project …} and {@code verbatim annotate}: a project file from the command line. */
class ProjectCommandTest {

    private static final String SAMPLE = "assets/samples/putin-elton-john/";

    @TempDir
    Path dir;
    String project;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void aProjectWithTheSample() {
        project = dir.resolve("elton.verbatim").toString();
        assertThat(run("project", "new", project).exit()).isZero();
        CliRun add = run("project", "add", project, SAMPLE + "putin-offers-to-meet-elton-john.txt",
                SAMPLE + "putin-calls-elton-john-for-real.txt", SAMPLE + "kremlin-rejects-claim-putin-phoned.txt");
        assertThat(add.exit()).as(add.err()).isZero();
    }

    private JsonNode theToDifference() throws Exception {
        JsonNode shown = new ObjectMapper().readTree(run("project", "show", project, "--format", "json").out());
        for (JsonNode d : shown.path("discrepancies")) {
            if (CliRun.readsToOrNothing(d)) {
                return d;
            }
        }
        throw new AssertionError("no 'to' discrepancy");
    }

    @Test
    void showListsEachDiscrepancyWithIdFingerprintAndAnnotation() throws Exception {
        String fp = theToDifference().path("fingerprint").asText();
        assertThat(run("project", "show", project).out()).contains(fp).contains("word-deleted").contains("[unreviewed]");
    }

    @Test
    void annotateByIdSetsStatusAndNote() throws Exception {
        String id = theToDifference().path("id").asText();
        CliRun r = run("annotate", project, id, "--status", "confirmed", "--note", "Instagram: 'look to forward'");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(run("project", "show", project).out()).contains("[confirmed: Instagram: 'look to forward']");
    }

    @Test
    void annotateByFingerprintWorksToo() throws Exception {
        String fp = theToDifference().path("fingerprint").asText();
        assertThat(run("annotate", project, fp, "--status", "follow-up").exit()).isZero();
        assertThat(run("project", "show", project).out()).contains("[follow-up]");
    }

    @Test
    void exportWritesTheEngineJsonPlusAnnotations() throws Exception {
        String id = theToDifference().path("id").asText();
        run("annotate", project, id, "--status", "confirmed", "--note", "checked");
        Path out = dir.resolve("export.json");
        assertThat(run("project", "export", project, "--format", "json", "-o", out.toString()).exit()).isZero();
        JsonNode j = new ObjectMapper().readTree(Files.readString(out));
        assertThat(j.path("discrepancies")).isNotEmpty();
        assertThat(j.path("annotations").get(0).path("status").asText()).isEqualTo("confirmed");
        assertThat(j.path("annotations").get(0).path("anchor").path("exact").asText()).isEqualTo("to");
    }

    @Test
    void anUnknownDiscrepancyIsAClearError() {
        CliRun r = run("annotate", project, "d999", "--status", "confirmed");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no discrepancy 'd999'");
    }

    @Test
    void anUnknownStatusIsAClearError() throws Exception {
        CliRun r = run("annotate", project, theToDifference().path("id").asText(), "--status", "maybe");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown status 'maybe'");
    }

    @Test
    void aFileThatIsNotAProjectIsNamedWithTheReason() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.verbatim"), "hello");
        CliRun r = run("project", "show", notes.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("verbatim: " + notes + ": not a Verbatim project (not an SQLite database)");
    }

    @Test
    void addingAJsonLinesFileAddsOneReportALineAndNamesTheBadOnes() {
        CliRun r = run("project", "add", project, "src/test/resources/read/jsonl/one-bad-line.jsonl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.startsWith("added "))).hasSize(2);
        assertThat(r.err().lines()).hasSize(2);
    }

    @Test
    void addingAnUnreadableFileNamesItAndKeepsTheRest() {
        CliRun r = run("project", "add", project, dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing.txt: file not found");
        assertThat(run("project", "show", project).out()).contains("3 reports");
    }
}
