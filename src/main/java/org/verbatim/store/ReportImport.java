package org.verbatim.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;

/**
 * A report read and ready to be added to a project: where it came from, its bytes (the project keeps their
 * SHA-256) and what the reader made of those same bytes. Reading happens before the project is touched, so a file that
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
     * Reads a file path or an http(s) address. A file is read once: the SHA-256 the project keeps is of the very
     * bytes the reader turned into the text. (For a web address the reader does not hand back the bytes it
     * fetched, so the SHA-256 is of the text it extracted.)
     *
     * @throws ReadException naming the file or address and the reason (missing, binary, undecodable, offline…)
     */
    public static ReportImport of(Readers readers, String source) throws ReadException {
        if (readers.isUrl(source)) {
            ReadResult read = readers.readUrl(source);
            return new ReportImport(source, null, read.text().getBytes(StandardCharsets.UTF_8), read);
        }
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            throw new ReadException(source, "not a valid file name or web address", e);
        }
        byte[] bytes = bytesOf(path, source);
        Path name = path.getFileName();
        return new ReportImport(source, name == null ? source : name.toString(), bytes, readers.read(source, bytes));
    }

    /** The file's bytes, read once, with the reasons {@link Readers#read(Path)} gives. */
    private static byte[] bytesOf(Path path, String source) throws ReadException {
        if (Files.isDirectory(path)) {
            throw new ReadException(source, Readers.DIRECTORY);
        }
        try {
            if (Files.size(path) > Readers.MAX_FILE_BYTES) {
                throw new ReadException(source, "the file is larger than " + Readers.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ReadException(source, Readers.FILE_NOT_FOUND, e);
        } catch (AccessDeniedException e) {
            throw new ReadException(source, Readers.PERMISSION_DENIED, e);
        } catch (IOException e) {
            throw new ReadException(source, "cannot read the file: " + e.getMessage(), e);
        }
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
