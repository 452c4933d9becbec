package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/** JSON lines, one article a line, as text-reuse tools write them: each line one report. */
class JsonLinesReaderTest {

    private static final String WIRE = "jsonl/two-wire-articles.jsonl";
    private static final String BAD_LINE = "jsonl/one-bad-line.jsonl";

    private final Readers readers = Readers.defaults();

    private Reading read(String fixture) throws ReadException {
        return readers.readAll(fixture, Fixtures.bytes(fixture), ReadOptions.DEFAULTS);
    }

    @Test
    void eachLineIsOneReportNamedByTheFileAndItsId() throws ReadException {
        Reading r = read(WIRE);
        assertThat(r.reports()).extracting(ReadReport::name)
                .containsExactly(WIRE + "#ap-0042", WIRE + "#rx-7731");
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void theTextIsTheTextFieldExactlySoOffsetsIndexIt() throws ReadException {
        ReadResult first = read(WIRE).reports().get(0).result();
        assertThat(first.format()).isEqualTo(SourceFormat.JSON_LINES);
        assertThat(first.text()).startsWith("ROTTERDAM (AE) \u2014 Thousands").contains("\n\n\"We will not be replaced");
    }

    @Test
    void theFieldsAreTheReportsMetadata() throws ReadException {
        assertThat(read(WIRE).reports().get(0).result().meta()).isEqualTo(new ReportMeta(
                "Dockers walk out at Rotterdam over automation", "Associated Example", "2024-03-05",
                "https://wire.example/ap-0042", "Maria Jansen", "UTF-8"));
    }

    @Test
    void eachReportsBytesAreItsLine() throws ReadException {
        ReadReport second = read(WIRE).reports().get(1);
        String line = new String(Fixtures.bytes(WIRE), StandardCharsets.UTF_8).split("\n")[1];
        assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).isEqualTo(line);
    }

    @Test
    void badLinesAreNamedWithTheirNumberAndTheOthersAreStillRead() throws ReadException {
        Reading r = read(BAD_LINE);
        assertThat(r.reports()).extracting(ReadReport::name).containsExactly(BAD_LINE + "#ap-0042", BAD_LINE + "#rx-7731");
        assertThat(r.failures()).extracting(ReadException::getMessage).satisfiesExactly(
                m -> assertThat(m).startsWith(BAD_LINE + " line 2: not valid JSON ("),
                m -> assertThat(m).isEqualTo(BAD_LINE + " line 3: " + JsonLinesReader.NO_TEXT));
    }

    @Test
    void aLineWithoutAnIdIsNamedByItsLineNumber() throws ReadException {
        byte[] bytes = "{\"text\": \"\\\"Yes,\\\" she said.\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(readers.readAll("a.jsonl", bytes, ReadOptions.DEFAULTS).reports())
                .extracting(ReadReport::name).containsExactly("a.jsonl#1");
    }

    @Test
    void aRepeatedIdIsABadLine() throws ReadException {
        byte[] bytes = "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"x\", \"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8);
        Reading r = readers.readAll("a.ndjson", bytes, ReadOptions.DEFAULTS);
        assertThat(r.reports()).hasSize(1);
        assertThat(r.failures()).extracting(ReadException::getMessage)
                .containsExactly("a.ndjson line 2: the id \u201Cx\u201D is already used on line 1");
    }

    @Test
    void aFileWithoutAnyGoodLineIsRefusedWhole() {
        byte[] bytes = "[1, 2, 3]\nnot json\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.readAll("list.jsonl", bytes, ReadOptions.DEFAULTS))
                .isInstanceOf(ReadException.class)
                .hasMessage("list.jsonl: no line holds an article (list.jsonl line 1: not a JSON object)");
    }

    @Test
    void aSingleReportCallerIsToldTheFileHoldsSeveral() {
        assertThatThrownBy(() -> readers.read(WIRE, Fixtures.bytes(WIRE)))
                .isInstanceOf(ReadException.class)
                .hasMessage(WIRE + ": holds 2 reports, where one was expected");
    }
}
