package org.verbatim.core.model;

import java.util.List;

/**
 * One report of the story, as read: its original text and what the reader learned about it.
 *
 * @param id     short stable id within one comparison ("r1", "r2", ...)
 * @param path   where it came from, as the user gave it (a path, a URL, or a label for pasted text)
 * @param text   the original text; every offset in the pipeline indexes this string
 * @param format the format it was read as
 * @param meta   title, outlet, date and URL, where stated
 * @param hidden spans of {@code text} a reader does not see (markup such as markdown syntax);
 *               the comparison skips them, the display keeps them
 */
public record Report(String id, String path, String text, SourceFormat format, ReportMeta meta, List<Span> hidden) {

    public Report {
        hidden = List.copyOf(hidden);
    }

    public static Report of(String id, String path, String text) {
        return new Report(id, path, text, SourceFormat.TEXT, ReportMeta.EMPTY, List.of());
    }
}
