package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * One row per discrepancy, for a spreadsheet: RFC 4180 (commas, double quotes doubled, CRLF), UTF-8 with a byte order
 * mark so that spreadsheets detect the encoding. A cell that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that report text and notes cannot run
 * commands when the file is opened.
 */
public final class CsvExport implements Exporter {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("id", "fingerprint", "group", "kind", "severity",
            "report_a", "title_a", "outlet_a", "date_a", "text_a",
            "report_b", "title_b", "outlet_b", "date_b", "text_b",
            "speaker", "status", "note", "tags");

    /** The byte order mark, written first. */
    static final char BOM = '\uFEFF';

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        ExportView v = new ExportView(in);
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .build());
        for (Discrepancy d : v.discrepancies()) {
            List<String> row = new ArrayList<>();
            row.add(d.id());
            row.add(d.fingerprint());
            row.add(d.clusterId());
            row.add(d.kind().label());
            row.add(d.severity().label());
            side(row, v, d.a());
            side(row, v, d.b());
            Quote ref = v.quote(d.a().quoteId());
            row.add(ref != null && ref.speaker() != null ? ref.speaker() : "");
            row.add(v.status(d).key());
            row.add(v.note(d));
            row.add(String.join("; ", v.tags(d)));
            csv.printRecord(row.stream().map(CsvExport::inert).toList());
        }
        csv.flush();
    }

    private static void side(List<String> row, ExportView v, Discrepancy.Side s) {
        Report r = v.report(s.reportId());
        row.add(s.reportId());
        row.add(ExportView.reportTitle(r));
        row.add(orEmpty(r.meta().outlet()));
        row.add(orEmpty(r.meta().date()));
        row.add(s.text());
    }

    /** A cell a spreadsheet will not evaluate: one that starts like a formula gets an apostrophe in front. */
    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
