package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV of the built-in sample, read back with Commons CSV. */
class CsvExportTest {

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static String csv;
    static List<CSVRecord> rows;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        csv = Exports.write(new CsvExport(), sample.input());
        rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    private static CSVRecord toRow() {
        return rows.stream().filter(r -> r.get("id").equals(sample.to().id())).findFirst().orElseThrow();
    }

    @Test
    void startsWithAByteOrderMarkThenTheHeader() {
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        assertThat(csv.substring(1)).startsWith(String.join(",", CsvExport.HEADER) + "\r\n");
    }

    @Test
    void hasOneRowPerDiscrepancy() {
        assertThat(rows).hasSize(sample.input().comparison().discrepancies().size());
        assertThat(rows).extracting(r -> r.get("id"))
                .containsExactlyElementsOf(sample.input().comparison().discrepancies().stream()
                        .map(d -> d.id()).toList());
    }

    @Test
    void aRowNamesBothReportsAndTheirWords() {
        CSVRecord r = toRow();
        assertThat(r.get("fingerprint")).isEqualTo(sample.to().fingerprint());
        assertThat(r.get("group")).isEqualTo(sample.to().clusterId());
        assertThat(r.get("kind")).isEqualTo("word-deleted");
        assertThat(r.get("severity")).isEqualTo("substantive");
        assertThat(r.get("report_a")).isEqualTo("r1");
        assertThat(r.get("title_a")).isEqualTo("Vladimir Putin offers to meet Elton John");
        assertThat(r.get("text_a")).isEqualTo("to");
        assertThat(r.get("report_b")).isEqualTo("r3");
        assertThat(r.get("outlet_b")).isEqualTo("themoscowtimes.com");
        assertThat(r.get("date_b")).isEqualTo("2015-09-15");
        assertThat(r.get("text_b")).isEmpty();
        assertThat(r.get("speaker")).isEqualTo("Elton John");
    }

    @Test
    void aRowCarriesTheReview() {
        CSVRecord r = toRow();
        assertThat(r.get("status")).isEqualTo("confirmed");
        assertThat(r.get("tags")).isEqualTo("instagram; typo");
        assertThat(rows).filteredOn(x -> x != r).extracting(x -> x.get("status")).containsOnly("unreviewed");
    }

    @Test
    void aNoteWithCommasQuotesAndALineBreakRoundTrips() {
        assertThat(toRow().get("note")).isEqualTo(Projects.NOTE);
        assertThat(csv).contains(
                "\"Instagram caption reads \"\"look to forward\"\", checked twice,\nsee the screenshot\"");
    }

    @Test
    void aCellThatStartsLikeAFormulaGetsAnApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvExport.inert(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvExport.inert("look to")).isEqualTo("look to");
        assertThat(CsvExport.inert("")).isEmpty();
    }
}
