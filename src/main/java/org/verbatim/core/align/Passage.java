package org.verbatim.core.align;

import java.util.List;
import org.verbatim.core.model.Span;

/**
 * Narrative sentences of different reports that tell the same fact, so the window can link them.
 *
 * @param id    "p1", "p2", ...
 * @param spans one sentence span per report (or more, when a report tells it twice)
 */
public record Passage(String id, List<ReportSpan> spans) {

    /** A span of one report. */
    public record ReportSpan(String reportId, Span span) {}

    public Passage {
        spans = List.copyOf(spans);
    }
}
