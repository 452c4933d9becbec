package org.verbatim.review;

import java.util.List;
import org.verbatim.core.anchor.Anchor;

/**
 * A person's verdict on a discrepancy or on any span of a report.
 *
 * @param id          the annotation's id in the project
 * @param fingerprint the discrepancy it hangs on; null for a span annotation
 * @param reportId    the report its anchor is in (engine id, "r3"); null when that report was removed
 * @param anchor      where it is: W3C TextQuoteSelector and TextPositionSelector on the report's text
 * @param status      where the review stands
 * @param category    a free category ("quote", "translation", ...); may be null
 * @param note        free text
 * @param tags        tags, sorted
 * @param author      who made it
 * @param createdAt   ISO-8601 instant
 * @param updatedAt   ISO-8601 instant
 * @param orphaned    true when it could not find its place after the last change; it is kept, never dropped
 */
public record Annotation(long id, String fingerprint, String reportId, Anchor anchor, AnnotationStatus status,
                         String category, String note, List<String> tags, String author, String createdAt,
                         String updatedAt, boolean orphaned) {

    public Annotation {
        tags = List.copyOf(tags);
    }

    public boolean onDiscrepancy() {
        return fingerprint != null;
    }
}
