package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.AnnotationStatus;

/**
 * One line of the discrepancy list: one variant place, with every reading and the reports that print it.
 *
 * @param discrepancy the engine's place
 * @param group       its quote group's number as people read it ("2")
 * @param speaker     who said it, or "?"
 * @param reports     for each reading, in order, the titles of the reports that print it
 * @param status      its annotation's status (unreviewed when there is none)
 * @param note        its annotation's note ("" when there is none)
 */
public record DiscrepancyRow(Discrepancy discrepancy, String group, String speaker, List<List<String>> reports,
                             AnnotationStatus status, String note) {

    public DiscrepancyRow {
        reports = reports.stream().map(List::copyOf).toList();
    }

    /** The row of {@code d}, its reports named by {@code titles} (report id to title). */
    public static DiscrepancyRow of(Discrepancy d, String group, String speaker, Map<String, String> titles,
                                    AnnotationStatus status, String note) {
        List<List<String>> reports = new ArrayList<>();
        for (Discrepancy.Reading r : d.readings()) {
            Set<String> names = new LinkedHashSet<>();
            r.spans().forEach(l -> names.add(titles.getOrDefault(l.reportId(), l.reportId())));
            reports.add(List.copyOf(names));
        }
        return new DiscrepancyRow(d, group, speaker, reports, status, note);
    }

    public String id() {
        return discrepancy.id();
    }

    /** What differs, in plain words ("word left out"). */
    public String kind() {
        return discrepancy.kind().plain();
    }

    /** The status in a word or two, for the list's column ("Confirmed"); its tooltip has the whole label. */
    public String statusWord() {
        return statusWord(status);
    }

    /** "Unreviewed", "Confirmed", "Acceptable", "Our error", "Follow-up". */
    public static String statusWord(AnnotationStatus status) {
        return switch (status) {
            case UNREVIEWED -> "Unreviewed";
            case CONFIRMED -> "Confirmed";
            case ACCEPTABLE -> "Acceptable";
            case OUR_ERROR -> "Our error";
            case FOLLOW_UP -> "Follow-up";
        };
    }

    public String severity() {
        return discrepancy.severity().label();
    }

    /**
     * The readings in a few characters: "«to» → (nothing) ×2" for two, "«a» · «b» · «c» ×3" for more; "×n"
     * counts the reports that print a reading when more than one does.
     */
    public String change() {
        List<String> parts = new ArrayList<>();
        List<Discrepancy.Reading> readings = discrepancy.readings();
        for (int i = 0; i < readings.size(); i++) {
            int n = reports.get(i).size();
            parts.add(reading(readings.get(i).text()) + (n > 1 ? " \u00D7" + n : ""));
        }
        return String.join(readings.size() == 2 ? " \u2192 " : " \u00B7 ", parts);
    }

    /** "Reuters: «to» / AP, BBC: (nothing)": who prints which reading, for a tooltip. */
    public String who() {
        List<String> lines = new ArrayList<>();
        List<Discrepancy.Reading> readings = discrepancy.readings();
        for (int i = 0; i < readings.size(); i++) {
            lines.add(String.join(", ", reports.get(i)) + ": " + reading(readings.get(i).text()));
        }
        return String.join("\n", lines);
    }

    /** Every report title of the row, for the search box. */
    public String reportTitles() {
        List<String> all = new ArrayList<>();
        reports.forEach(all::addAll);
        return String.join("\n", all);
    }

    static String reading(String text) {
        if (text.isEmpty()) {
            return "(nothing)";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        boolean cut = t.codePointCount(0, t.length()) > 60;
        return "\u00AB" + (cut ? t.substring(0, t.offsetByCodePoints(0, 59)) + "\u2026" : t) + "\u00BB";
    }
}
