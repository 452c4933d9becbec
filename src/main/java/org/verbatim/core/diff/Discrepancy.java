package org.verbatim.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.core.model.Span;

/**
 * A variant place: one place in a quote group where its versions differ, with each reading and every report
 * and quotation that prints it (a critical apparatus entry; TEI's {@code <app>} with one {@code <rdg wit>} per
 * reading). Reports that agree share one reading. A version that does not print this stretch of the utterance
 * at all has no reading here; one that prints the words around it but not these has an empty reading, whose
 * span is zero-width at the gap, inside its own quotation.
 *
 * @param id          "d1", "d2", ... in output order
 * @param clusterId   the quote group
 * @param kind        what differs
 * @param severity    cosmetic or substantive
 * @param fingerprint a hash of what differs that stays the same when the same reports are compared again, in any
 *                    order (annotations hang on it)
 * @param readings    two or more, the reference version's first
 * @param fromColumn  the first column of the place in its group's alignment; -1 for a place outside the
 *                    alignment (the speaker)
 * @param toColumn    one past its last column; -1 likewise
 */
public record Discrepancy(String id, String clusterId, DiffKind kind, Severity severity, String fingerprint,
                          List<Reading> readings, int fromColumn, int toColumn) {

    public Discrepancy {
        readings = List.copyOf(readings);
    }

    /**
     * What some versions print at the place.
     *
     * @param text  the words as printed ("" when these versions lack them)
     * @param spans where each version prints it
     */
    public record Reading(String text, List<Location> spans) {
        public Reading {
            spans = List.copyOf(spans);
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }

        /** The reports that print this reading, in order, each with how many of its quotations do. */
        public java.util.Map<String, Integer> mentionsByReport() {
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            spans.forEach(l -> out.merge(l.reportId(), 1, Integer::sum));
            return out;
        }

        /** "r1 r3 ×2": the reports that print it, with the count where a report prints it more than once. */
        public String whoPrints() {
            List<String> out = new ArrayList<>();
            mentionsByReport().forEach((id, n) -> out.add(n == 1 ? id : id + " \u00D7" + n));
            return String.join(" ", out);
        }
    }

    /**
     * Where one version prints a reading.
     *
     * @param quoteId  the quotation
     * @param reportId its report
     * @param span     the words in the report's original text (zero-width at the gap for an empty reading)
     */
    public record Location(String quoteId, String reportId, Span span) {}

    /** Every place where a version prints a reading, readings in order. */
    public List<Location> locations() {
        List<Location> out = new ArrayList<>();
        readings.forEach(r -> out.addAll(r.spans()));
        return out;
    }

    /** The reports that have a reading here, in reading order. */
    public Set<String> reportIds() {
        Set<String> out = new LinkedHashSet<>();
        locations().forEach(l -> out.add(l.reportId()));
        return out;
    }

    /** The reading of {@code reportId} (its first, when it prints the place twice), or null. */
    public Reading readingOf(String reportId) {
        for (Reading r : readings) {
            for (Location l : r.spans()) {
                if (l.reportId().equals(reportId)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** What a place is to one version: what the views mark on its words. */
    public enum Role {
        /** The version does not print this stretch of the utterance. */
        ABSENT,
        /** It prints the words around the place but lacks the words others print here. */
        GAP,
        /** It prints words here that some other versions lack (the fullest reading: they dropped them). */
        DROPPED_ELSEWHERE,
        /** It prints words here that the reference version lacks: it added them. */
        ADDED_HERE,
        /** It prints the place in other words than another version. */
        CHANGED
    }

    /** The role of this place for the quotation {@code quoteId}. */
    public Role roleOf(String quoteId) {
        Reading mine = readingOfQuote(quoteId);
        if (mine == null) {
            return Role.ABSENT;
        }
        if (mine.isEmpty()) {
            return Role.GAP;
        }
        boolean othersLack = readings.stream().anyMatch(r -> r != mine && r.isEmpty());
        if (!othersLack) {
            return Role.CHANGED;
        }
        return readings.get(0) == mine || !readings.get(0).isEmpty() ? Role.DROPPED_ELSEWHERE : Role.ADDED_HERE;
    }

    /** The quotation of the reference reading: the version the others are set against. */
    public String referenceQuoteId() {
        return readings.get(0).spans().get(0).quoteId();
    }

    /**
     * Where an annotation on this place is anchored: the first place where a version prints words here (the
     * reference reading's, as a rule), or the first gap when no version prints any.
     */
    public Location home() {
        for (Reading r : readings) {
            for (Location l : r.spans()) {
                if (!l.span().isEmpty()) {
                    return l;
                }
            }
        }
        return readings.get(0).spans().get(0);
    }

    /** The locations of one quotation at this place (more than one when a typographic change repeats). */
    public List<Location> locationsOf(String quoteId) {
        List<Location> out = new ArrayList<>();
        for (Location l : locations()) {
            if (l.quoteId().equals(quoteId)) {
                out.add(l);
            }
        }
        return out;
    }

    /** The reading that holds {@code quoteId}'s words, or null. */
    public Reading readingOfQuote(String quoteId) {
        for (Reading r : readings) {
            for (Location l : r.spans()) {
                if (l.quoteId().equals(quoteId)) {
                    return r;
                }
            }
        }
        return null;
    }
}
