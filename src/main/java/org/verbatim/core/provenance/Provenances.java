package org.verbatim.core.provenance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.quote.Quote;

/**
 * Provenance read off a comparison, as stemmatics reads a tradition: versions that share a reading most others
 * lack (a slip, a cut, a rewording) most likely descend from one another, and the earlier date is the source.
 * A pure function of the comparison's places and the reports' dates, so every view shows the same tree.
 */
public final class Provenances {

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMM. d, uuuu"), pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"), pattern("EEEE, MMMM d, uuuu"), pattern("EEEE d MMMM uuuu"));

    private Provenances() {
    }

    /** One provenance per quote group printed by two reports or more, in the order of the groups. */
    public static List<Provenance> of(Comparison c) {
        Map<String, Quote> quotes = c.quotesById();
        Map<String, Integer> reportOrder = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Comparison.ReportResult r : c.reports()) {
            String id = r.report().id();
            reportOrder.put(id, reportOrder.size());
            String d = r.report().meta().date();
            written.put(id, d);
            LocalDate day = day(d);
            if (day != null) {
                dates.put(id, day);
            }
        }
        Map<String, List<Discrepancy>> places = new HashMap<>();
        for (Discrepancy d : c.discrepancies()) {
            places.computeIfAbsent(d.clusterId(), k -> new ArrayList<>()).add(d);
        }
        List<Provenance> out = new ArrayList<>();
        for (Cluster cl : c.clusters()) {
            Set<String> reports = new LinkedHashSet<>();
            for (String q : cl.quoteIds()) {
                reports.add(quotes.get(q).reportId());
            }
            if (reports.size() < 2) {
                continue;
            }
            List<String> order = new ArrayList<>(reports);
            order.sort(Comparator.comparing((String r) -> dates.get(r), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(reportOrder::get));
            out.add(tree(cl.id(), order, places.getOrDefault(cl.id(), List.of()), dates, written));
        }
        return out;
    }

    private static Provenance tree(String cluster, List<String> order, List<Discrepancy> places,
                                   Map<String, LocalDate> dates, Map<String, String> written) {
        List<Provenance.Edge> edges = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            String to = order.get(i);
            Provenance.Edge best = null;
            for (int j = 0; j < i; j++) {
                Provenance.Edge e = edge(order.get(j), to, places, dates);
                if (best == null || better(e, best)) {
                    best = e;
                }
            }
            edges.add(best);
        }
        String earliest = dates.containsKey(order.get(0)) ? order.get(0) : null;
        return new Provenance(cluster, earliest, earliest == null ? null : written.get(earliest), edges);
    }

    private static boolean better(Provenance.Edge e, Provenance.Edge than) {
        if (e.shared().size() != than.shared().size()) {
            return e.shared().size() > than.shared().size();
        }
        return e.agree() - e.differ() > than.agree() - than.differ(); // ties go to the earlier source
    }

    private static Provenance.Edge edge(String from, String to, List<Discrepancy> places, Map<String, LocalDate> dates) {
        List<String> shared = new ArrayList<>();
        int agree = 0;
        int differ = 0;
        for (Discrepancy d : places) {
            int a = readingIndex(d, from);
            int b = readingIndex(d, to);
            if (a < 0 || b < 0) {
                continue; // one of them does not print the words there
            }
            if (a != b) {
                differ++;
                continue;
            }
            agree++;
            if (minority(d, a)) {
                shared.add(d.id());
            }
        }
        LocalDate df = dates.get(from);
        LocalDate dt = dates.get(to);
        Provenance.Basis basis = df != null && dt != null && df.isBefore(dt)
                ? Provenance.Basis.DATES_AND_READINGS : Provenance.Basis.READINGS_ONLY;
        return new Provenance.Edge(from, to, shared, agree, differ, basis);
    }

    /** The reading a report prints at a place (its first mention's), or -1 when it prints none there. */
    private static int readingIndex(Discrepancy d, String report) {
        for (int k = 0; k < d.readings().size(); k++) {
            for (Discrepancy.Location l : d.readings().get(k).spans()) {
                if (l.reportId().equals(report)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** A reading fewer reports print than some other reading at the place: shared, it says something. */
    private static boolean minority(Discrepancy d, int k) {
        int mine = reportsOf(d.readings().get(k));
        for (int j = 0; j < d.readings().size(); j++) {
            if (j != k && reportsOf(d.readings().get(j)) >= mine) {
                return true;
            }
        }
        return false;
    }

    private static int reportsOf(Discrepancy.Reading r) {
        return (int) r.spans().stream().map(Discrepancy.Location::reportId).distinct().count();
    }

    /** A report's date as a day: ISO-8601 ("2021-03-09", "2021-03-09T12:00Z") or as papers write it. */
    static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String d = date.strip();
        if (d.length() >= 10 && d.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(d.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(d, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}
