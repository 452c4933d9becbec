package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code verbatim export P.verbatim --format … -o OUT}. */
class ExportCommandTest {

    private static final String SAMPLE = "assets/samples/putin-elton-john/";

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    Path project;

    @BeforeEach
    void aProjectWithTheSampleAndOneReview() throws Exception {
        project = dir.resolve("elton.verbatim");
        assertThat(CliRun.of("project", "new", project.toString()).exit()).isZero();
        CliRun add = CliRun.of("project", "add", project.toString(), SAMPLE + "putin-offers-to-meet-elton-john.txt",
                SAMPLE + "putin-calls-elton-john-for-real.txt", SAMPLE + "kremlin-rejects-claim-putin-phoned.txt");
        assertThat(add.exit()).as(add.err()).isZero();
        JsonNode shown = new ObjectMapper().readTree(CliRun.of("project", "show", project.toString(), "--format",
                "json").out());
        String to = null;
        for (JsonNode d : shown.path("discrepancies")) {
            if (CliRun.readsToOrNothing(d)) {
                to = d.path("id").asText();
                break;
            }
        }
        assertThat(CliRun.of("annotate", project.toString(), to, "--status", "confirmed", "--note", "checked")
                .exit()).isZero();
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "export";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @ParameterizedTest
    @CsvSource({"html, report.html, <!doctype html>", "md, report.md, # elton", "csv, report.csv, \uFEFFid,",
            "json, report.json, {", "w3c, report.jsonld, {", "tei, report.xml, <?xml"})
    void writesEachFormatToTheOutputFile(String format, String file, String start) throws Exception {
        Path out = dir.resolve(file);
        CliRun r = export("--format", format, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith(start);
    }

    @Test
    void theHtmlReportCarriesTheReview() throws Exception {
        Path out = dir.resolve("memo.html");
        assertThat(export("--format", "html", "-o", out.toString()).exit()).isZero();
        Document doc = Jsoup.parse(out.toFile(), "UTF-8");
        assertThat(doc.select("table.discrepancies .status.confirmed").text()).isEqualTo("Confirmed discrepancy");
        assertThat(doc.select("table.discrepancies .note-text").text()).isEqualTo("checked");
    }

    @Test
    void theFormatFollowsTheOutputFilesExtension() throws Exception {
        Path out = dir.resolve("story.tei");
        CliRun r = export("-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");
    }

    @Test
    void withoutAnOutputFileItWritesToStandardOutput() {
        CliRun r = export("--format", "md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# elton\n");
    }

    @Test
    void theTitleCanBeGiven() {
        assertThat(export("--format", "md", "--title", "Putin calls Elton John").out())
                .startsWith("# Putin calls Elton John\n");
    }

    @Test
    void leavesTheProjectFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(project);
        assertThat(export("--format", "json", "-o", dir.resolve("x.json").toString()).exit()).isZero();
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aMissingProjectIsAnErrorNamingTheFile() {
        Path missing = dir.resolve("nowhere.verbatim");
        CliRun r = CliRun.of("export", missing.toString(), "--format", "html", "-o", dir.resolve("x.html").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("file not found");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAProjectIsAnErrorNamingTheFile() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a project");
        CliRun r = CliRun.of("export", notes.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(notes.toString()).contains("not a Verbatim project");
    }

    @Test
    void anUnknownFormatIsAnErrorListingTheFormats() {
        CliRun r = export("--format", "pdf", "-o", dir.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown export format 'pdf'").contains("html, md, csv, json, w3c, tei");
    }

    @Test
    void anOutputFileWhoseFormatCannotBeToldIsAnError() {
        CliRun r = export("-o", dir.resolve("report.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("report.pdf").contains("--format html|md|csv|json|w3c|tei");
    }

    @Test
    void refusesToWriteOverTheProject() throws Exception {
        byte[] before = Files.readAllBytes(project);
        CliRun r = export("--format", "json", "-o", project.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is the project itself");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAnError() {
        Path out = dir.resolve("no-such-folder").resolve("x.html");
        CliRun r = export("--format", "html", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(out.toString()).contains("the folder does not exist");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        assertThat(export("--format", "csv", "-o", dir.resolve("x.csv").toString()).exit()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
