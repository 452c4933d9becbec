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

    private static List<CSVRecord> toRows() {
        return rows.stream().filter(r -> r.get("id").equals(sample.to().id())).toList();
    }

    private static CSVRecord toRow() {
        return toRows().get(0);
    }

    @Test
    void startsWithAByteOrderMarkThenTheHeader() {
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        assertThat(csv.substring(1)).startsWith(String.join(",", CsvExport.HEADER) + "\r\n");
    }

    @Test
    void hasOneRowPerReadingOfEachPlace() {
        List<String> expected = new java.util.ArrayList<>();
        sample.input().comparison().discrepancies().forEach(d -> d.readings().forEach(r -> expected.add(d.id())));
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(expected);
    }

    @Test
    void theRowsOfAPlaceNameEachReadingAndTheReportsThatPrintIt() {
        List<CSVRecord> to = toRows();
        assertThat(to).extracting(r -> r.get("reading")).containsExactly("1", "2");
        assertThat(to).allSatisfy(r -> {
            assertThat(r.get("fingerprint")).isEqualTo(sample.to().fingerprint());
            assertThat(r.get("group")).isEqualTo(sample.to().clusterId());
            assertThat(r.get("kind")).isEqualTo("word-deleted");
            assertThat(r.get("kind_words")).isEqualTo("word left out");
            assertThat(r.get("severity")).isEqualTo("substantive");
            assertThat(r.get("speaker")).isEqualTo("Elton John");
        });
        assertThat(to.get(0).get("text")).isEqualTo("to");
        assertThat(to.get(0).get("reports")).isEqualTo("r1");
        assertThat(to.get(0).get("report_titles")).isEqualTo("Vladimir Putin offers to meet Elton John");
        assertThat(to.get(1).get("text")).isEmpty();
        assertThat(to.get(1).get("reports")).isEqualTo("r3");
    }

    @Test
    void aRowCarriesTheReview() {
        CSVRecord r = toRow();
        assertThat(r.get("status")).isEqualTo("confirmed");
        assertThat(r.get("tags")).isEqualTo("instagram; typo");
        assertThat(rows).filteredOn(x -> !x.get("id").equals(r.get("id"))).extracting(x -> x.get("status"))
                .containsOnly("unreviewed");
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
