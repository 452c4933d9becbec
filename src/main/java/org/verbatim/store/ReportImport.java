package org.verbatim.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadOptions;
import org.verbatim.core.read.ReadReport;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;
import org.verbatim.core.read.Reading;

/**
 * A report read and ready to be added to a project: where it came from, its bytes (the project keeps their
 * SHA-256) and what the reader made of them. Reading happens before the project is touched, so a file that
 * cannot be read leaves the project as it was. Used by the window and the command line alike.
 *
 * @param source   the path or address as the user gave it, or "pasted text"
 * @param fileName the file's name; null for a URL or pasted text
 * @param bytes    the bytes read
 * @param read     the text, format, metadata and hidden markup spans
 */
public record ReportImport(String source, String fileName, byte[] bytes, ReadResult read) {

    /** What pasted text is recorded as coming from. */
    public static final String PASTED = "pasted text";

    public ReportImport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(read, "read");
    }

    /**
     * Reads a file path or an http(s) address of one report.
     *
     * @throws ReadException naming the file or address and the reason (missing, binary, undecodable, offline…,
     *                       or a file holding several reports)
     */
    public static ReportImport of(Readers readers, String source) throws ReadException {
        return of(source, readers.readAll(source).single());
    }

    /**
     * Reads a file path or an http(s) address into the reports it holds (one a line for JSON lines), with
     * the user's reading options. The parts that cannot be read are in {@link Imports#failures()}.
     *
     * @throws ReadException when the source as a whole cannot be read
     */
    public static Imports allOf(Readers readers, String source, ReadOptions options) throws ReadException {
        Reading reading = readers.readAll(source, options);
        List<ReportImport> reports = new ArrayList<>();
        for (ReadReport r : reading.reports()) {
            reports.add(of(source, r));
        }
        return new Imports(reports, reading.failures());
    }

    /** The reports one source holds, and the parts of it that could not be read. */
    public record Imports(List<ReportImport> reports, List<ReadException> failures) {
        public Imports {
            reports = List.copyOf(reports);
            failures = List.copyOf(failures);
        }
    }

    private static ReportImport of(String source, ReadReport r) {
        String fileName = Readers.isHttpUrl(source) ? null : Path.of(source).getFileName().toString();
        return new ReportImport(r.name(), fileName, r.bytes(), r.result());
    }

    /**
     * Text a person pasted, with the details they typed. Its metadata is theirs; the text is kept as given.
     *
     * @throws ReadException when the text is empty or blank
     */
    public static ReportImport pasted(String text, ReportMeta meta) throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(PASTED, "there is no text to add");
        }
        return new ReportImport(PASTED, null, text.getBytes(StandardCharsets.UTF_8),
                new ReadResult(text, SourceFormat.TEXT, meta, java.util.List.of()));
    }

    /** Adds the report to {@code store}, undoably; returns its id ("r4"). */
    public String addTo(ProjectStore store) throws ProjectException {
        return store.addReport(source, fileName, bytes, read);
    }
}
