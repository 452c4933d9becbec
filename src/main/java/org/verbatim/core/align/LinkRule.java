package org.verbatim.core.align;

/**
 * Decides whether two units render the same utterance. The default thresholds were set on the sample story
 * and the test stories (see docs/decisions/0002-quote-grouping.md).
 */
@FunctionalInterface
public interface LinkRule {

    /** The relation of {@code a} and {@code b}, or null when they are different utterances. */
    Relation relate(Unit a, Unit b, Similarity.Score s, Speakers.Agreement speakers);

    /**
     * Verbatim: a fragment (one contains the other's stems and a run of its words), at least five words long
     * unless the speakers agree. Edited: most stems shared, at least three (two for short quotes that share a
     * run of three words). Reworded: four stems shared covering 40% of the shorter, and speakers that agree.
     * Named speakers who clearly differ allow only a near-complete verbatim link (a misattributed quote):
     * a stock phrase ("we will fight for every job") said by two people stays two utterances.
     */
    static LinkRule standard() {
        return (a, b, s, speakers) -> {
            boolean agree = speakers == Speakers.Agreement.SAME_OR_UNKNOWN;
            boolean fragment = s.coverMin() >= 0.85 && s.fewest() >= 2
                    && s.run() >= Math.min(4, s.shortest()) && (s.shortest() >= 5 || agree && s.run() >= 3);
            if (fragment && (speakers != Speakers.Agreement.CLEARLY_DIFFERENT || s.coverMax() >= 0.8)) {
                return Relation.VERBATIM;
            }
            if (speakers == Speakers.Agreement.CLEARLY_DIFFERENT) {
                return null;
            }
            if (s.coverMin() >= 0.6 && s.coverMax() >= 0.35 && s.shared() >= 3
                    || s.coverMin() >= 0.9 && s.coverMax() >= 0.6 && s.shared() >= 2 && s.run() >= 3) {
                return Relation.EDITED;
            }
            if (agree && s.coverMin() >= 0.4 && s.coverMax() >= 0.3 && s.shared() >= 4) {
                return Relation.REWORDED;
            }
            return null;
        };
    }
}
