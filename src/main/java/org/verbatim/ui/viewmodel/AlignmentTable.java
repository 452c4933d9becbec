package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.verbatim.core.Comparison;
import org.verbatim.core.collate.Alignment;
import org.verbatim.core.collate.Cell;
import org.verbatim.core.collate.Witness;
import org.verbatim.core.diff.Discrepancy;

/**
 * A quote group as a collation table, read off the engine's alignment of the group (the structure its variant
 * places were cut from): one row per version, its words in columns, each variant place one column. Between two
 * variant columns every version that prints the stretch reads the same.
 *
 * @param rows    the report title of each row, fullest version first (a report that prints the group twice has two)
 * @param columns the stretches, left to right
 * @param kinds   for each row, what tells it from the other rows of its report ("article", "post", "2nd"), or
 *                "" when its report has one row
 */
public record AlignmentTable(List<String> rows, List<Column> columns, List<String> kinds) {

    /**
     * One stretch of the quote.
     *
     * @param variant  whether this stretch is a variant place
     * @param placeId  the place's id ("d3"); null for a stretch the versions share
     * @param selected whether it is the place selected in the list
     * @param readings what each row reads here, one per row: "" where a version lacks the words others print
     *                 (a gap), null where it does not print this part of the quote at all
     */
    public record Column(boolean variant, String placeId, boolean selected, List<String> readings) {
        public Column {
            readings = java.util.Collections.unmodifiableList(new ArrayList<>(readings));
        }
    }

    public AlignmentTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
    }

    /** An empty table, for no selection. */
    public static final AlignmentTable EMPTY = new AlignmentTable(List.of(), List.of(), List.of());

    /** The index of the selected place's column, or -1. */
    public int selectedColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).selected()) {
                return i;
            }
        }
        return -1;
    }

    /** Row {@code r}'s name as the inspector shows it: its report's title, with its kind when the report has two rows. */
    public String label(int r) {
        return kinds.get(r).isEmpty() ? rows.get(r) : rows.get(r) + " \u00B7 " + kinds.get(r);
    }

    /**
     * The table of group {@code clusterId}, with {@code selected} (a place of the group, or null) marked.
     * A group of one version has no alignment and an empty table.
     */
    public static AlignmentTable of(Comparison c, String clusterId, Map<String, String> titles, Discrepancy selected) {
        Alignment a = c.alignment(clusterId);
        if (a == null || a.columns() == 0) {
            return EMPTY;
        }
        List<Discrepancy> places = c.discrepancies().stream()
                .filter(d -> d.clusterId().equals(clusterId) && d.fromColumn() >= 0 && d.toColumn() > d.fromColumn())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, a.columns()));
        for (Discrepancy d : places) {
            cuts.add(d.fromColumn());
            cuts.add(Math.min(d.toColumn(), a.columns()));
        }
        List<Column> columns = new ArrayList<>();
        int start = 0;
        Discrepancy startPlace = null;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                Discrepancy place = placeOver(places, from, cut, selected);
                // a stretch runs on while the same place (or none) is over it
                if (from > start && place != startPlace) {
                    columns.add(column(c, a, start, from, startPlace, selected));
                    start = from;
                }
                startPlace = place;
            }
            from = cut;
        }
        columns.add(column(c, a, start, a.columns(), startPlace, selected));
        return new AlignmentTable(rowTitles(a, titles), columns, rowKinds(c, a));
    }

    /** The place over columns {@code [from, to)}: the selected one when it is among them, else the narrowest. */
    private static Discrepancy placeOver(List<Discrepancy> places, int from, int to, Discrepancy selected) {
        Discrepancy best = null;
        for (Discrepancy d : places) {
            if (d.fromColumn() <= from && to <= d.toColumn()) {
                if (d.equals(selected)) {
                    return d;
                }
                if (best == null || d.toColumn() - d.fromColumn() < best.toColumn() - best.fromColumn()) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static Column column(Comparison c, Alignment a, int from, int to, Discrepancy place, Discrepancy selected) {
        List<String> readings = new ArrayList<>();
        for (int w = 0; w < a.witnesses().size(); w++) {
            Witness witness = a.witnesses().get(w);
            int first = -1;
            int last = -1;
            boolean covers = false;
            for (int col = from; col < to; col++) {
                Cell cell = a.cell(w, col);
                covers |= cell.covers();
                if (cell.isToken()) {
                    if (first < 0) {
                        first = cell.span().start();
                    }
                    last = cell.span().end();
                }
            }
            if (!covers) {
                readings.add(null);
            } else if (first < 0) {
                readings.add("");
            } else {
                String text = c.report(witness.reportId()).text();
                readings.add(text.substring(first, Math.max(first, last)).replaceAll("\\s+", " "));
            }
        }
        return new Column(place != null, place == null ? null : place.id(), place != null && place.equals(selected),
                readings);
    }

    /** What tells apart the rows of a report that prints the group twice: the form of its quote, else its order. */
    private static List<String> rowKinds(Comparison c, Alignment a) {
        Map<String, Integer> count = new HashMap<>();
        a.witnesses().forEach(w -> count.merge(w.reportId(), 1, Integer::sum));
        Map<String, org.verbatim.core.quote.Quote> quotes = c.quotesById();
        List<String> forms = new ArrayList<>();
        for (Witness w : a.witnesses()) {
            org.verbatim.core.quote.Quote q = w.quoteIds().isEmpty() ? null : quotes.get(w.quoteIds().get(0));
            forms.add(q == null ? "" : switch (q.form()) {
                case EMBEDDED_POST -> "post";
                case BLOCK -> "block quote";
                case USER -> "marked by you";
                case MARKED -> "article";
            });
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.witnesses().size(); i++) {
            Witness w = a.witnesses().get(i);
            int n = seen.merge(w.reportId(), 1, Integer::sum);
            if (count.get(w.reportId()) == 1) {
                out.add("");
                continue;
            }
            String form = forms.get(i);
            long sameForm = 0;
            for (int j = 0; j < a.witnesses().size(); j++) {
                if (a.witnesses().get(j).reportId().equals(w.reportId()) && forms.get(j).equals(form)) {
                    sameForm++;
                }
            }
            out.add(sameForm == 1 && !form.isEmpty() ? form : (form.isEmpty() ? "" : form + " ") + ordinal(n));
        }
        return out;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }

    private static List<String> rowTitles(Alignment a, Map<String, String> titles) {
        List<String> out = new ArrayList<>();
        for (Witness w : a.witnesses()) {
            out.add(titles.getOrDefault(w.reportId(), w.reportId()));
        }
        return out;
    }
}
