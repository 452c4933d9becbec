package org.verbatim.core.diff;

import java.util.Locale;

/** Whether a difference changes what the speaker is reported to have said. */
public enum Severity {
    /** Typography, punctuation, case, spelling: the words are the same. */
    COSMETIC,
    /** The words, the numbers, the names or the speaker differ. */
    SUBSTANTIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity min) {
        return compareTo(min) >= 0;
    }
}
