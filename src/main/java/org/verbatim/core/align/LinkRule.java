package org.verbatim.core.align;

/**
 * Decides whether two units render the same utterance. The default thresholds were set on the sample story
 * and the test stories (see docs/decisions/0002-quote-grouping.md).
 */
@FunctionalInterface
public interface LinkRule {

    /** The relation of {@code a} and {@code b}, or null when they are different utterances. */
    Relation relate(Unit a, Unit b, Similarity.Score s, boolean speakersDiffer);

    /** Verbatim (a fragment of at least five words, or shared), edited, or reworded with four shared stems. */
    static LinkRule standard() {
        return (a, b, s, speakersDiffer) -> {
            boolean fragment = s.coverMin() >= 0.85 && s.fewest() >= 2
                    && s.run() >= Math.min(4, s.shortest()) && (s.shortest() >= 5 || !speakersDiffer && s.run() >= 3);
            if (fragment) {
                return Relation.VERBATIM;
            }
            if (speakersDiffer) {
                return null;
            }
            if (s.coverMin() >= 0.6 && s.coverMax() >= 0.35 && s.shared() >= 3) {
                return Relation.EDITED;
            }
            if (s.coverMin() >= 0.4 && s.coverMax() >= 0.3 && s.shared() >= 4) {
                return Relation.REWORDED;
            }
            return null;
        };
    }
}
