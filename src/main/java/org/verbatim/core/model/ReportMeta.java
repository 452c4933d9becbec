package org.verbatim.core.model;

/**
 * What a report states about itself, and how it was read. Any field may be null when it is not known.
 *
 * @param title    the headline
 * @param outlet   the publication or wire service
 * @param date     the date it gives, as written or ISO-8601
 * @param url      its address
 * @param author   the byline or the document's author
 * @param encoding the character encoding its bytes were decoded from ("windows-1251"), for formats read as
 *                 text; null for formats that carry their own (Word, PDF) and for pasted text
 */
public record ReportMeta(String title, String outlet, String date, String url, String author, String encoding) {

    public static final ReportMeta EMPTY = new ReportMeta(null, null, null, null, null, null);

    /** Title, outlet, date and URL; no author, encoding unknown. */
    public ReportMeta(String title, String outlet, String date, String url) {
        this(title, outlet, date, url, null, null);
    }

    public ReportMeta withTitle(String newTitle) {
        return new ReportMeta(newTitle, outlet, date, url, author, encoding);
    }

    public ReportMeta withAuthor(String newAuthor) {
        return new ReportMeta(title, outlet, date, url, newAuthor, encoding);
    }

    public ReportMeta withEncoding(String newEncoding) {
        return new ReportMeta(title, outlet, date, url, author, newEncoding);
    }

    /** Fields of {@code this} win; {@code other} fills the gaps. */
    public ReportMeta orElse(ReportMeta other) {
        return new ReportMeta(
                title != null ? title : other.title,
                outlet != null ? outlet : other.outlet,
                date != null ? date : other.date,
                url != null ? url : other.url,
                author != null ? author : other.author,
                encoding != null ? encoding : other.encoding);
    }
}
