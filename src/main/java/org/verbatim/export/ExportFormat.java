package org.verbatim.export;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats a project can be exported to, as named on the command line. */
public enum ExportFormat {
    /** A self-contained report for people: the memo to the desk, the sheet for a class. */
    HTML("html", HtmlReport::new, "html", "htm"),
    /** The same report in Markdown, for a newsroom chat or a wiki. */
    MD("md", MarkdownReport::new, "md", "markdown"),
    /** One row per discrepancy, for a spreadsheet. */
    CSV("csv", CsvExport::new, "csv"),
    /** The engine's JSON plus the annotations ({@link ProjectJson}). */
    JSON("json", JsonExport::new, "json"),
    /** W3C Web Annotations (JSON-LD), for annotation tools. */
    W3C("jsonld", W3cAnnotations::new, "jsonld"),
    /** TEI P5 with a parallel-segmentation apparatus of each quote group, for text scholars. */
    TEI("xml", TeiExport::new, "xml", "tei");

    private final String extension;
    private final Supplier<Exporter> exporter;
    private final String[] extensions;

    ExportFormat(String extension, Supplier<Exporter> exporter, String... extensions) {
        this.extension = extension;
        this.exporter = exporter;
        this.extensions = extensions;
    }

    /** A new exporter of this format. */
    public Exporter exporter() {
        return exporter.get();
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name on the command line: "html", "md", "w3c". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name's extension stands for ("memo.html"), if any. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
