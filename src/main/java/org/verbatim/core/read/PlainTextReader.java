package org.verbatim.core.read;

import java.util.List;
import java.util.Objects;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads a plain text file ({@code .txt}): the text exactly as decoded, nothing hidden.
 *
 * <p>Metadata comes from the text itself (see {@link TextMetadata}): the title is the first non-blank line
 * without markdown heading marks, because saved news pages are often markdown-ish text; url, outlet and
 * date follow the labelled lines and the early date line.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlainTextReader implements ReportReader {

    private final TextDecoder decoder;

    /** A reader with the standard {@link TextDecoder}. */
    public PlainTextReader() {
        this(new TextDecoder());
    }

    /** A reader that decodes with {@code decoder}. */
    public PlainTextReader(TextDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        TextDecoder.Decoded decoded = decoder.decode(name, bytes, options);
        String text = decoded.text();
        return decoded(new ReadResult(text, SourceFormat.TEXT, metaOf(text), List.of()), decoded);
    }

    /** {@code result} with the encoding in its metadata and the note of an uncertain guess. */
    static ReadResult decoded(ReadResult result, TextDecoder.Decoded decoded) {
        ReadResult r = result.withMeta(result.meta().withEncoding(decoded.charset().name()));
        return decoded.note() == null ? r : r.withNote(decoded.note());
    }

    /** Title, outlet, date and URL as a plain text states them. */
    static ReportMeta metaOf(String text) {
        return TextMetadata.scan(text).withTitle(TextMetadata.firstLineTitle(text));
    }
}
