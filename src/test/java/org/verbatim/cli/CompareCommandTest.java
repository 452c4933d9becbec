package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim compare}: what a person or a program gets back. */
class CompareCommandTest {

    private static final String SAMPLE = "assets/samples/putin-elton-john/";
    private static final String A = SAMPLE + "putin-offers-to-meet-elton-john.txt";
    private static final String B = SAMPLE + "putin-calls-elton-john-for-real.txt";
    private static final String C = SAMPLE + "kremlin-rejects-claim-putin-phoned.txt";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode j = json(run("compare", "--format", "json", A, B, C));
        assertThat(j.fieldNames()).toIterable()
                .containsExactly("reports", "quotes", "clusters", "passages", "discrepancies", "provenance");
        assertThat(j.path("provenance").get(0).fieldNames()).toIterable()
                .containsExactly("cluster", "earliest", "earliest_date", "edges");
        assertThat(j.path("provenance").get(0).path("edges").get(0).fieldNames()).toIterable()
                .containsExactly("from", "to", "basis", "shared", "agree", "differ");
        assertThat(j.path("reports").get(0).fieldNames()).toIterable()
                .contains("id", "path", "title", "outlet", "date", "url", "excluded");
        assertThat(j.path("quotes").get(0).fieldNames()).toIterable()
                .contains("id", "report", "start", "end", "text", "kind", "speaker", "verb");
        assertThat(j.path("discrepancies").get(0).fieldNames()).toIterable()
                .containsExactly("id", "cluster", "kind", "severity", "fingerprint", "readings");
        JsonNode reading = j.path("discrepancies").get(0).path("readings").get(0);
        assertThat(reading.fieldNames()).toIterable().containsExactly("text", "spans");
        assertThat(reading.path("spans").get(0).fieldNames()).toIterable()
                .containsExactly("quote", "report", "start", "end");
    }

    @Test
    void reportPathIsThePathAsGiven() throws Exception {
        assertThat(json(run("compare", "--format", "json", A, B)).path("reports").get(1).path("path").asText())
                .isEqualTo(B);
    }

    @Test
    void offsetsAreCodePointsIntoTheDecodedText() throws Exception {
        Path emoji = dir.resolve("emoji.txt");
        String text = "\uFEFFFans cheered \uD83C\uDF89\uD83C\uDF89. \"We did it,\" the captain said.\n";
        Files.writeString(emoji, text, StandardCharsets.UTF_8);
        JsonNode q = json(run("compare", "--format", "json", emoji.toString())).path("quotes").get(0);
        String decoded = text.substring(1); // BOM excluded
        int start = decoded.codePointCount(0, decoded.indexOf("We did"));
        assertThat(q.path("start").asInt()).isEqualTo(start);
        assertThat(q.path("end").asInt() - q.path("start").asInt()).isEqualTo("We did it,".length());
    }

    @Test
    void aMissingFileIsNamedOnStderrAndTheOthersAreStillCompared() throws Exception {
        CliRun r = run("compare", "--format", "json", A, dir.resolve("gone.txt").toString(), C);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("verbatim: " + dir.resolve("gone.txt") + ": file not found");
        assertThat(json(r).path("reports")).hasSize(2);
    }

    @Test
    void aDirectoryIsRefusedWithItsName() {
        CliRun r = run("compare", A, dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(dir.toString()).contains("is a directory");
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = run("compare", A, empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("empty.txt").contains("empty file");
    }

    @Test
    void aBinaryFileIsRefusedWithItsName() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        CliRun r = run("compare", A, binary.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("photo.txt").contains("binary");
    }

    @Test
    void nothingReadableIsAnErrorWithNoOutput() {
        CliRun r = run("compare", dir.resolve("a.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no report could be read");
    }

    @Test
    void minSeveritySubstantiveLeavesOutCosmeticDifferences() throws Exception {
        JsonNode d = json(run("compare", "--format", "json", "--min-severity", "substantive", A, B, C))
                .path("discrepancies");
        assertThat(d).isNotEmpty().allSatisfy(x -> assertThat(x.path("severity").asText()).isEqualTo("substantive"));
    }

    @Test
    void textFormatShowsEachGroupWithItsDifferences() {
        CliRun r = run("compare", "--color=never", A, B, C);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Group c").contains("word left out").contains("«to»").contains("In one report only");
        assertThat(r.out()).doesNotContain("\u001B[");
    }

    @Test
    void textFormatIsColouredWhenAsked() {
        assertThat(run("compare", "--color=always", A, B).out()).contains("\u001B[1m");
    }

    @Test
    void caseDifferencesAreReportedUnlessIgnoreCaseIsGiven() throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), "\"The Plan Is Working well,\" the mayor said on Monday.");
        Path two = Files.writeString(dir.resolve("two.txt"), "\"The plan is working well,\" the mayor said.");
        JsonNode sensitive = json(run("compare", "--format", "json", one.toString(), two.toString()));
        JsonNode insensitive = json(run("compare", "--format", "json", "--ignore-case", one.toString(), two.toString()));
        assertThat(sensitive.path("discrepancies").findValuesAsText("kind")).containsOnly("case");
        assertThat(insensitive.path("discrepancies")).isEmpty();
    }

    @Test
    void eachLineOfAJsonLinesFileIsOneReportNamedByItsId() throws Exception {
        String wire = "src/test/resources/read/jsonl/two-wire-articles.jsonl";
        CliRun r = run("compare", "--format", "json", wire);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r);
        assertThat(j.path("reports").findValuesAsText("path")).containsExactly(wire + "#ap-0042", wire + "#rx-7731");
        assertThat(j.path("reports").findValuesAsText("outlet")).containsExactly("Associated Example", "Example Reuters");
    }

    @Test
    void aBadJsonLineIsNamedOnStderrAndTheOtherLinesAreStillCompared() throws Exception {
        String bad = "src/test/resources/read/jsonl/one-bad-line.jsonl";
        CliRun r = run("compare", "--format", "json", bad);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("verbatim: " + bad + " line "));
        assertThat(json(r).path("reports")).hasSize(2);
    }

    @Test
    void theDetectedEncodingIsInTheJsonAndEncodingOverridesIt() throws Exception {
        String russian = "src/test/resources/read/encoding/legacy/russian-windows-1251.txt";
        assertThat(json(run("compare", "--format", "json", russian)).path("reports").get(0).path("encoding").asText())
                .isEqualTo("windows-1251");
        CliRun forced = run("compare", "--format", "json", "--encoding", "KOI8-R", russian);
        assertThat(json(forced).path("reports").get(0).path("encoding").asText()).isEqualTo("KOI8-R");
    }

    @Test
    void anUnknownEncodingIsRefusedWithItsName() {
        CliRun r = run("compare", "--encoding", "klingon-8", A);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown encoding \u201Cklingon-8\u201D");
    }
}
