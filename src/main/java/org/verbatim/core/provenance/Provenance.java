package org.verbatim.core.provenance;

import java.util.List;

/**
 * Who most likely printed a quote group first, and who took it from whom: a tree over the reports that print the
 * group, drawn from the readings they share at its variant places and from their dates.
 *
 * @param clusterId    the quote group
 * @param earliest     the report with the earliest date among those that print the group; null when none is dated
 * @param earliestDate that report's date, as written
 * @param edges        one edge to every report that printed the group after another did (or, undated, that is
 *                     closest to another): the most likely source, with the evidence
 */
public record Provenance(String clusterId, String earliest, String earliestDate, List<Edge> edges) {

    public Provenance {
        edges = List.copyOf(edges);
    }

    /** How an edge was decided. */
    public enum Basis {
        /** The source is dated no later than the copy and shares the most readings with it. */
        DATES_AND_READINGS,
        /** At least one of the two is undated: the readings alone chose the source, so the direction is a guess. */
        READINGS_ONLY;

        /** The code name used in JSON: "dates-and-readings", "readings-only". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The most likely source of one report's version.
     *
     * @param from     the source report
     * @param to       the report that most likely took its version from it
     * @param shared   the variant places where the two print the same reading and most other versions do not: the
     *                 strongest evidence of copying (a shared slip is rarely made twice)
     * @param agree    places where both print the same reading
     * @param differ   places where both print the words and their readings differ
     * @param basis    whether the dates confirmed the direction
     */
    public record Edge(String from, String to, List<String> shared, int agree, int differ, Basis basis) {
        public Edge {
            shared = List.copyOf(shared);
        }
    }

    /**
     * The tree in plain words, a line each, for the window and the text reports: who printed it first, then each
     * report's most likely source and why ("r3 from r1: both print d2; agree at 3 places, differ at 1").
     *
     * @param name a report's name as the view shows it (its id, or its title)
     */
    public List<String> lines(java.util.function.Function<String, String> name) {
        List<String> out = new java.util.ArrayList<>();
        out.add(earliest == null ? "No report is dated: who copied whom is read from the wording alone."
                : "First printed by " + name.apply(earliest) + " (" + earliestDate + ").");
        for (Edge e : edges) {
            StringBuilder b = new StringBuilder(name.apply(e.to())).append(" most likely from ")
                    .append(name.apply(e.from())).append(": ");
            if (!e.shared().isEmpty()) {
                b.append("both print the reading few others do at ").append(String.join(", ", e.shared()))
                        .append("; ");
            }
            b.append("agree at ").append(e.agree()).append(e.agree() == 1 ? " place" : " places")
                    .append(", differ at ").append(e.differ());
            b.append(e.basis() == Basis.DATES_AND_READINGS ? "; dated earlier." : "; dates do not say which came first.");
            out.add(b.toString());
        }
        return out;
    }

    /** The edge into a report, or null when it is the root (or alone). */
    public Edge sourceOf(String reportId) {
        for (Edge e : edges) {
            if (e.to().equals(reportId)) {
                return e;
            }
        }
        return null;
    }
}
