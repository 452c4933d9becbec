package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.quote.Quote;

/**
 * One row per reading of each variant place (its id, kind and review repeated on each), for a spreadsheet: RFC 4180 (commas, double quotes doubled, CRLF), UTF-8 with a byte order
 * mark so that spreadsheets detect the encoding. A cell that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that report text and notes cannot run
 * commands when the file is opened.
 */
public final class CsvExport implements Exporter {

    /** One row per reading of each place: a place with three readings is three rows, with the same id. */
    public static final List<String> HEADER = List.of("id", "fingerprint", "group", "kind", "kind_words", "severity",
            "reading", "text", "reports", "report_titles", "speaker", "status", "note", "tags");

    /** The byte order mark, written first. */
    static final char BOM = '\uFEFF';

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        ExportView v = new ExportView(in);
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .build());
        for (Discrepancy d : v.discrepancies()) {
            Quote ref = v.quote(d.referenceQuoteId());
            for (int k = 0; k < d.readings().size(); k++) {
                Discrepancy.Reading r = d.readings().get(k);
                List<String> reports = r.spans().stream().map(Discrepancy.Location::reportId).distinct().toList();
                List<String> row = new ArrayList<>();
                row.add(d.id());
                row.add(d.fingerprint());
                row.add(d.clusterId());
                row.add(d.kind().label());
                row.add(d.kind().plain());
                row.add(d.severity().label());
                row.add(Integer.toString(k + 1));
                row.add(r.text());
                row.add(String.join("; ", reports));
                row.add(String.join("; ", reports.stream().map(id -> ExportView.reportTitle(v.report(id))).toList()));
                row.add(ref != null && ref.speaker() != null ? ref.speaker() : "");
                row.add(v.status(d).key());
                row.add(v.note(d));
                row.add(String.join("; ", v.tags(d)));
                csv.printRecord(row.stream().map(CsvExport::inert).toList());
            }
        }
        csv.flush();
    }

    /** A cell a spreadsheet will not evaluate: one that starts like a formula gets an apostrophe in front. */
    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

}
