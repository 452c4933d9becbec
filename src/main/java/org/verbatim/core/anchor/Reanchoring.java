package org.verbatim.core.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.verbatim.core.model.Span;

/**
 * Re-anchoring after a new comparison, as a pure function: what each annotation holds on to (the fingerprint of
 * the difference it is on, and its words in a report) and the new comparison's texts and targets in, one
 * {@link Placement} per annotation out: placed where it was, moved, or orphaned. Nothing is read or written here;
 * the project file applies the placements.
 *
 * <p>An annotation on a difference whose fingerprint is still there goes with it. Otherwise its words are looked
 * for in its report's new text (the stored position, then the exact text by its context, then approximately:
 * {@link Anchoring}); an annotation on a span of text is placed there, and one on a difference takes the first
 * target whose words overlap that place. One that finds no place is orphaned, never dropped.
 *
 * <p>Targets are given as fingerprints with the spans of their words, report by report, so this works the same
 * whatever the comparison calls a difference (a pair of versions, or a place with several readings).
 */
public final class Reanchoring {

    private final Anchoring anchoring;

    /** @param anchoring how words are found again in an edited text */
    public Reanchoring(Anchoring anchoring) {
        this.anchoring = Objects.requireNonNull(anchoring, "anchoring");
    }

    /** With {@link Anchoring#standard()}. */
    public static Reanchoring standard() {
        return new Reanchoring(Anchoring.standard());
    }

    /**
     * What an annotation holds on to.
     *
     * @param id          the annotation's id, handed back in its placement
     * @param fingerprint the difference it is on; null for an annotation on a span of text
     * @param reportId    the report its words are in; null when that report is gone
     * @param anchor      its words in that report, with their context and position
     */
    public record Held(long id, String fingerprint, String reportId, Anchor anchor) {
        public Held {
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /**
     * Where the words of a difference are in one report of the new comparison.
     *
     * @param fingerprint the difference
     * @param reportId    the report
     * @param span        its words there; not empty
     */
    public record Target(String fingerprint, String reportId, Span span) {
        public Target {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(reportId, "reportId");
            if (span.isEmpty()) {
                throw new IllegalArgumentException("a target needs words: " + span);
            }
        }
    }

    /** What happened to an annotation. */
    public enum Outcome {
        /** It is where it was: same report, same words, same difference. */
        PLACED,
        /** It found its place, but the words, their position, the report or the difference changed. */
        MOVED,
        /** It found no place; it keeps what it held on to. */
        ORPHANED
    }

    /**
     * Where an annotation is after the new comparison.
     *
     * @param id          the annotation's id
     * @param outcome     placed, moved or orphaned
     * @param fingerprint the difference it is on now (for an orphan: as before)
     * @param reportId    the report its words are in now (for an orphan: as before)
     * @param anchor      its words now (for an orphan: as before)
     */
    public record Placement(long id, Outcome outcome, String fingerprint, String reportId, Anchor anchor) {}

    /**
     * @param held    what each annotation holds on to
     * @param texts   each report's text in the new comparison, by report id
     * @param targets the new comparison's differences, in its order; the first target of a fingerprint is where
     *                an annotation on that difference is anchored
     * @return one placement per annotation, in the order given
     */
    public List<Placement> place(List<Held> held, Map<String, String> texts, List<Target> targets) {
        Map<String, Target> home = new HashMap<>();
        Map<String, List<Target>> byReport = new HashMap<>();
        for (Target t : targets) {
            if (texts.containsKey(t.reportId()) && t.span().end() <= texts.get(t.reportId()).length()) {
                home.putIfAbsent(t.fingerprint(), t);
                byReport.computeIfAbsent(t.reportId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Placement> out = new ArrayList<>(held.size());
        for (Held h : held) {
            out.add(placeOne(h, texts, home, byReport));
        }
        return out;
    }

    private Placement placeOne(Held h, Map<String, String> texts, Map<String, Target> home,
                               Map<String, List<Target>> byReport) {
        Target same = h.fingerprint() == null ? null : home.get(h.fingerprint());
        if (same != null) {
            return placement(h, same.fingerprint(), same.reportId(),
                    Anchor.describe(texts.get(same.reportId()), same.span()));
        }
        String text = h.reportId() == null ? null : texts.get(h.reportId());
        Optional<Located> found = text == null ? Optional.empty() : anchoring.locate(text, h.anchor());
        if (found.isEmpty() || found.get().span().isEmpty()) {
            return orphan(h);
        }
        Span span = found.get().span();
        Anchor anchor = Anchor.describe(text, span);
        if (h.fingerprint() == null) {
            return placement(h, null, h.reportId(), anchor);
        }
        for (Target t : byReport.getOrDefault(h.reportId(), List.of())) {
            if (t.span().overlaps(span)) {
                return placement(h, t.fingerprint(), h.reportId(), anchor);
            }
        }
        return orphan(h);
    }

    private static Placement placement(Held h, String fingerprint, String reportId, Anchor anchor) {
        boolean same = anchor.equals(h.anchor()) && Objects.equals(fingerprint, h.fingerprint())
                && Objects.equals(reportId, h.reportId());
        return new Placement(h.id(), same ? Outcome.PLACED : Outcome.MOVED, fingerprint, reportId, anchor);
    }

    private static Placement orphan(Held h) {
        return new Placement(h.id(), Outcome.ORPHANED, h.fingerprint(), h.reportId(), h.anchor());
    }
}
