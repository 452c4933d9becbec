package org.verbatim.core.model;

/**
 * What a report states about itself. Any field may be null when the text does not state it.
 */
public record ReportMeta(String title, String outlet, String date, String url) {

    public static final ReportMeta EMPTY = new ReportMeta(null, null, null, null);

    public ReportMeta withTitle(String newTitle) {
        return new ReportMeta(newTitle, outlet, date, url);
    }

    /** Fields of {@code this} win; {@code other} fills the gaps. */
    public ReportMeta orElse(ReportMeta other) {
        return new ReportMeta(
                title != null ? title : other.title,
                outlet != null ? outlet : other.outlet,
                date != null ? date : other.date,
                url != null ? url : other.url);
    }
}
