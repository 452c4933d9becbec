package org.verbatim.core.model;

import java.util.List;

/**
 * What the user corrected by hand, as input to the engine (which stays pure: the project file keeps the
 * corrections anchored to their words and hands them over placed in the current texts). Every span is an offset
 * range into its report's original text; a found quotation is named by a span that overlaps it.
 *
 * @param added    spans the user marked as quotations
 * @param removed  found quotations that are not quotations
 * @param terms    found quotations that are quoted terms, nobody's words
 * @param speakers quotations whose speaker the user set (a null speaker: cleared, "nobody named")
 * @param alone    quotations taken out of the engine's grouping: each is alone unless a link puts it somewhere
 * @param links    pairs of quotations the user put in one group (moving a quote, merging two groups)
 */
public record Corrections(List<QuoteAt> added, List<QuoteAt> removed, List<QuoteAt> terms,
                          List<SpeakerOverride> speakers, List<QuoteAt> alone, List<Link> links) {

    /** A quotation of a report, named by its span (or a span overlapping it). */
    public record QuoteAt(String reportId, Span span) {
        /** Whether this names the quotation at {@code quoteSpan} of {@code report}. */
        public boolean names(String report, Span quoteSpan) {
            return reportId.equals(report) && (span.overlaps(quoteSpan) || span.equals(quoteSpan));
        }

        /**
         * Of the quotations given, the one this names: the one at exactly this span, else the one of this report
         * it overlaps most, the shortest on a tie (a quote nested in another, not the one around it); null when it
         * overlaps none.
         */
        public <T> T pick(java.util.Collection<T> quotes, java.util.function.Function<T, String> report,
                          java.util.function.Function<T, Span> spanOf) {
            T best = null;
            int bestOverlap = 0;
            for (T q : quotes) {
                if (!report.apply(q).equals(reportId)) {
                    continue;
                }
                Span s = spanOf.apply(q);
                if (s.equals(span)) {
                    return q;
                }
                int ov = s.overlap(span);
                if (ov > bestOverlap || (ov == bestOverlap && ov > 0 && s.length() < spanOf.apply(best).length())) {
                    best = q;
                    bestOverlap = ov;
                }
            }
            return best;
        }
    }

    /** The speaker the user gave a quotation; null when the user said nobody is named. */
    public record SpeakerOverride(QuoteAt quote, String speaker) {}

    /** Two quotations the user put in one group. */
    public record Link(QuoteAt a, QuoteAt b) {}

    public static final Corrections NONE = new Corrections(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public Corrections {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        terms = List.copyOf(terms);
        speakers = List.copyOf(speakers);
        alone = List.copyOf(alone);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && terms.isEmpty() && speakers.isEmpty() && alone.isEmpty()
                && links.isEmpty();
    }

    /** The corrections of one report (spans of other reports dropped, links kept whole). */
    public Corrections of(String reportId) {
        return new Corrections(only(added, reportId), only(removed, reportId), only(terms, reportId),
                speakers.stream().filter(s -> s.quote().reportId().equals(reportId)).toList(),
                only(alone, reportId), links);
    }

    private static List<QuoteAt> only(List<QuoteAt> list, String reportId) {
        return list.stream().filter(q -> q.reportId().equals(reportId)).toList();
    }
}
