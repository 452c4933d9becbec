package org.verbatim.review;

import java.util.Locale;

/** Where the review of a discrepancy stands. */
public enum AnnotationStatus {
    UNREVIEWED("unreviewed", "Unreviewed"),
    CONFIRMED("confirmed", "Confirmed discrepancy"),
    ACCEPTABLE("acceptable", "Acceptable variant"),
    OUR_ERROR("our-error", "Error in our copy"),
    FOLLOW_UP("follow-up", "Needs follow-up");

    private final String key;
    private final String label;

    AnnotationStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word used in the file and on the command line. */
    public String key() {
        return key;
    }

    /** What a person reads. */
    public String label() {
        return label;
    }

    public static AnnotationStatus of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AnnotationStatus s : values()) {
            if (s.key.equals(k) || s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(k)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + key + "' (one of: unreviewed, confirmed, "
                + "acceptable, our-error, follow-up)");
    }
}
