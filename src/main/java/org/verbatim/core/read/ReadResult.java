package org.verbatim.core.read;

import java.util.List;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

/**
 * What a reader makes of one source.
 *
 * @param text   the original text as decoded (BOM excluded, line endings kept); for HTML, the article text
 *               extracted from the page. Every offset of the pipeline indexes this string.
 * @param format the format it was read as
 * @param meta   title, outlet, date and URL where the source states them (never null; fields may be null)
 * @param hidden spans of {@code text} a reader of the rendered document does not see, such as markdown
 *               syntax ({@code #} heading marks, the backslash of {@code \_}); sorted, non-overlapping
 */
public record ReadResult(String text, SourceFormat format, ReportMeta meta, List<Span> hidden) {
    public ReadResult {
        hidden = List.copyOf(hidden);
        if (meta == null) {
            meta = ReportMeta.EMPTY;
        }
    }
}
