package org.verbatim.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.read.ReadResult;

/**
 * One article of a corpus, as read.
 *
 * @param index  its place in the input, from 0, in the order the inputs were given and read
 * @param id     its own id where the input gives one (a JSON line's {@code id}), else its source
 * @param source where it came from, as the user would name it: a file path, or a JSON-lines file and line
 * @param read   the text and metadata the reader made of it
 */
public record Article(int index, String id, String source, ReadResult read) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
    }

    /**
     * An article from the fields a corpus record carries (passim's: id, url, date, outlet, title, text), its text
     * taken as plain text; for the Spark job's rows and for generated corpora.
     */
    public static Article of(int index, String source, String id, String url, String date, String outlet,
                             String title, String text) {
        return new Article(index, id != null ? id : source, source,
                new ReadResult(text, SourceFormat.TEXT, new ReportMeta(title, outlet, date, url), List.of()));
    }

    /** The article as a report of a story, under the story's own report id ("r3"). */
    public Report toReport(String reportId) {
        ReportMeta meta = read.meta().title() != null ? read.meta() : read.meta().withTitle(baseName(source));
        return new Report(reportId, source, read.text(), read.format(), meta, read.hidden());
    }

    /** The day it is dated, when its date is an ISO day ({@code 2024-03-05}, optionally with a time); else null. */
    public LocalDate day() {
        return day(read.meta().date());
    }

    static LocalDate day(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String baseName(String source) {
        String s = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }
}
