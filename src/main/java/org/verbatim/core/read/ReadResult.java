package org.verbatim.core.read;

import java.util.List;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

/**
 * What a reader makes of one source.
 *
 * @param text   the original text as decoded (BOM excluded, line endings kept); for HTML, the article text
 *               extracted from the page; for Word, PDF and wire XML, the text the reader put together. Every
 *               offset of the pipeline indexes this string.
 * @param format the format it was read as
 * @param meta   title, outlet, date, URL, author and encoding where known (never null; fields may be null)
 * @param hidden spans of {@code text} the comparison skips and the display keeps: markdown syntax
 *               ({@code #} heading marks, the backslash of {@code \_}), a PDF's running headers, footers and
 *               page numbers; sorted, non-overlapping
 * @param notes  what the user should know about how it was read, one sentence each ("tracked changes are
 *               shown as accepted", "the encoding is a guess ..."); empty when there is nothing to say
 */
public record ReadResult(String text, SourceFormat format, ReportMeta meta, List<Span> hidden, List<String> notes) {
    public ReadResult {
        hidden = List.copyOf(hidden);
        notes = List.copyOf(notes);
        if (meta == null) {
            meta = ReportMeta.EMPTY;
        }
    }

    /** A result with nothing to note. */
    public ReadResult(String text, SourceFormat format, ReportMeta meta, List<Span> hidden) {
        this(text, format, meta, hidden, List.of());
    }

    /** The same result with other metadata. */
    public ReadResult withMeta(ReportMeta newMeta) {
        return new ReadResult(text, format, newMeta, hidden, notes);
    }

    /** The same result with one more note. */
    public ReadResult withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new ReadResult(text, format, meta, hidden, more);
    }
}
