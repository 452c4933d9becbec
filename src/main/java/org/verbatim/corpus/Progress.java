package org.verbatim.corpus;

import java.time.Duration;

/**
 * How far a corpus run has come; a snapshot, taken at any time from any thread.
 *
 * @param phase            what the engine is doing
 * @param articlesRead     articles read (and sketched or being sketched)
 * @param skipped          inputs skipped so far
 * @param storiesFound     stories found (0 until grouping is over)
 * @param storiesCompared  stories compared and handed on
 * @param articlesCompared articles in the stories compared
 * @param elapsed          since the run began
 * @param comparing        since comparing began (zero before)
 */
public record Progress(Phase phase, int articlesRead, int skipped, int storiesFound, int storiesCompared,
                       int articlesCompared, Duration elapsed, Duration comparing) {

    public enum Phase { READING, GROUPING, COMPARING, DONE, STOPPED }

    /** Articles compared per second since comparing began; 0 before. */
    public double rate() {
        double s = comparing.toMillis() / 1000.0;
        return s <= 0 || articlesCompared == 0 ? 0 : articlesCompared / s;
    }

    /** The time comparing the rest should take at the rate so far; null when it cannot be told yet. */
    public Duration timeLeft() {
        double rate = rate();
        if (phase != Phase.COMPARING || rate <= 0) {
            return null;
        }
        return Duration.ofSeconds(Math.round((articlesRead - articlesCompared) / rate));
    }
}
