package org.verbatim.core.quote;

/** Whether quotation marks hold somebody's words or just set a term apart. */
public enum QuoteKind {
    /** Words somebody said or wrote. */
    SPEECH,
    /** A short scare-quoted or named term ('Rocket Man', "gay propaganda"): not an utterance. */
    TERM
}
