package org.verbatim.ui.viewmodel;

import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.AnnotationStatus;

/**
 * One line of the discrepancy list.
 *
 * @param discrepancy the engine's discrepancy
 * @param group       its quote group's number as people read it ("2")
 * @param speaker     who said it, or "?"
 * @param versionA    the reference version's report title
 * @param versionB    the other version's report title
 * @param status      its annotation's status (unreviewed when there is none)
 * @param note        its annotation's note ("" when there is none)
 */
public record DiscrepancyRow(Discrepancy discrepancy, String group, String speaker, String versionA, String versionB,
                             AnnotationStatus status, String note) {

    public String id() {
        return discrepancy.id();
    }

    public String kind() {
        return discrepancy.kind().label();
    }

    public String severity() {
        return discrepancy.severity().label();
    }

    /** "«to» → (nothing)": the two sides in a few characters. */
    public String change() {
        return side(discrepancy.a().text()) + " \u2192 " + side(discrepancy.b().text());
    }

    private static String side(String text) {
        if (text.isEmpty()) {
            return "(nothing)";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        return "\u00AB" + (t.length() > 60 ? t.substring(0, 59) + "\u2026" : t) + "\u00BB";
    }
}
