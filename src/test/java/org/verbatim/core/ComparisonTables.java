package org.verbatim.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * Runs small stories through the standard pipeline and renders what came out as short text tables, so that
 * tests can state a whole alignment at a glance.
 */
public final class ComparisonTables {

    private static final int EXCERPT_WORDS = 6;

    private ComparisonTables() {}

    /** Compares {@code texts} as reports r1, r2, ... with the default settings. */
    public static Comparison compare(String... texts) {
        return compare(ComparisonSettings.DEFAULTS, texts);
    }

    public static Comparison compare(ComparisonSettings settings, String... texts) {
        return Pipeline.standard().compare(reports(texts), settings);
    }

    /** Reports r1, r2, ... of the given texts. */
    public static List<Report> reports(String... texts) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(Report.of("r" + (i + 1), "report-" + (i + 1) + ".txt", texts[i]));
        }
        return out;
    }

    /** Groups (clusters of two or more) numbered c1, c2, ... in order; a cluster of one is no group. */
    static Map<String, String> groupLabels(Comparison c) {
        Map<String, String> labels = new java.util.HashMap<>();
        int n = 0;
        for (Cluster cluster : c.clusters()) {
            if (cluster.isGroup()) {
                labels.put(cluster.id(), "c" + (++n));
            }
        }
        return labels;
    }

    /**
     * One line per group, "c1 | r1: We cannot keep patching this road… | r2: …", then one line per speech
     * quotation that is in no group, "-- | r1: …".
     */
    public static String groups(Comparison c) {
        Map<String, Quote> quotes = c.quotesById();
        StringBuilder out = new StringBuilder();
        Set<String> grouped = new HashSet<>();
        Map<String, String> labels = groupLabels(c);
        for (Cluster cluster : c.clusters()) {
            if (!cluster.isGroup()) {
                continue;
            }
            out.append(labels.get(cluster.id()));
            for (String id : cluster.quoteIds()) {
                Quote q = quotes.get(id);
                out.append(" | ").append(q.reportId()).append(": ").append(excerpt(q.text()));
                grouped.add(id);
            }
            out.append('\n');
        }
        for (Quote q : c.quotes()) {
            if (q.isSpeech() && !q.excluded() && !grouped.contains(q.id())) {
                out.append("-- | ").append(q.reportId()).append(": ").append(excerpt(q.text())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * One line per variant place: "c1 word-deleted substantive | "to" r1 | "" r3 r3": the kind, then each reading
     * with the reports that print it, readings in the order of their first report (the engine's own order puts the
     * fullest version first, which between equals follows content, not report order).
     */
    public static String discrepancies(Comparison c) {
        Map<String, String> labels = groupLabels(c);
        StringBuilder out = new StringBuilder();
        for (Discrepancy d : c.discrepancies()) {
            out.append(labels.get(d.clusterId())).append(' ').append(d.kind().label()).append(' ')
                    .append(d.severity().label());
            List<Discrepancy.Reading> readings = new ArrayList<>(d.readings());
            readings.sort(java.util.Comparator.comparing((Discrepancy.Reading r) -> r.spans().get(0).reportId()));
            for (Discrepancy.Reading r : readings) {
                out.append(" | \"").append(r.text()).append('"');
                for (Discrepancy.Location l : r.spans()) {
                    out.append(' ').append(l.reportId());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The first few words of a quotation, with "…" when there are more. */
    public static String excerpt(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= EXCERPT_WORDS + 2) {
            return String.join(" ", words);
        }
        return String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + "…";
    }
}
