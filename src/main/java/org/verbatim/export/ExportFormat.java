package org.verbatim.export;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats a project can be exported to, as named on the command line. */
public enum ExportFormat {
    /** A self-contained report for people: the memo to the desk, the sheet for a class. */
    HTML("html", HtmlReport::new, "HTML report: one file that opens in any browser, offline, and prints well",
            "html", "htm"),
    /** The same report in Markdown, for a newsroom chat or a wiki. */
    MD("md", MarkdownReport::new, "Markdown: the same report, for a newsroom chat or a wiki", "md", "markdown"),
    /** One row per discrepancy, for a spreadsheet. */
    CSV("csv", CsvExport::new, "CSV: one row per discrepancy, for a spreadsheet", "csv"),
    /** The engine's JSON plus the annotations ({@link ProjectJson}). */
    JSON("json", JsonExport::new, "JSON: the engine's results and the annotations, for programs", "json"),
    /** W3C Web Annotations (JSON-LD), for annotation tools. */
    W3C("jsonld", W3cAnnotations::new, "W3C Web Annotations (JSON-LD), for other annotation tools", "jsonld"),
    /** TEI P5 with a parallel-segmentation apparatus of each quote group, for text scholars. */
    TEI("xml", TeiExport::new, "TEI: each quote group as a parallel-segmentation apparatus, for text scholars",
            "xml", "tei");

    private final String extension;
    private final Supplier<Exporter> exporter;
    private final String description;
    private final String[] extensions;

    ExportFormat(String extension, Supplier<Exporter> exporter, String description, String... extensions) {
        this.extension = extension;
        this.exporter = exporter;
        this.description = description;
        this.extensions = extensions;
    }

    /** What the format is and who it is for, in a line, for the export dialog. */
    public String description() {
        return description;
    }

    /**
     * Writes {@code in} to {@code target} through a temporary file beside it that is then moved into place,
     * so a failed export never leaves half a file (and never damages one that was there).
     */
    public void writeFile(ExportInput in, java.nio.file.Path target) throws java.io.IOException {
        java.nio.file.Path abs = target.toAbsolutePath();
        // created as any new file is (the user's umask), unlike createTempFile's owner-only permissions
        java.nio.file.Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".tmp");
        try {
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                exporter().write(in, w);
            }
            try {
                java.nio.file.Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
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
