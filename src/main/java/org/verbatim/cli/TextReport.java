package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import org.verbatim.core.provenance.Provenance;
import org.verbatim.core.provenance.Provenances;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import picocli.CommandLine;

/** The comparison for people: each group with its versions and differences, in colour on a terminal. */
final class TextReport {

    /** When to colour. */
    enum ColorMode {
        auto, always, never;

        boolean enabled() {
            return this == always || this == auto && CommandLine.Help.Ansi.AUTO.enabled();
        }
    }

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final int EXCERPT = 110;

    private final boolean color;

    TextReport(boolean color) {
        this.color = color;
    }

    void write(Comparison c, PrintWriter out) {
        Map<String, Quote> quotes = c.quotesById();
        long speech = c.quotes().stream().filter(q -> q.kind() == QuoteKind.SPEECH && !q.excluded()).count();
        out.println(paint(BOLD, "Verbatim") + ": " + c.reports().size() + " reports, " + speech + " quotes, "
                + c.clusters().stream().filter(Cluster::isGroup).count() + " groups, " + c.discrepancies().size() + " differences ("
                + c.discrepancies().stream().filter(d -> d.severity() == Severity.SUBSTANTIVE).count()
                + " substantive)");
        out.println();
        for (Comparison.ReportResult r : c.reports()) {
            Report rep = r.report();
            String meta = join(rep.meta().outlet(), rep.meta().date());
            out.println("  " + paint(BOLD, rep.id()) + "  " + rep.meta().title() + (meta.isEmpty() ? "" : paint(DIM, "  (" + meta + ")")));
            out.println("      " + paint(DIM, rep.path() + (r.excluded().isEmpty() ? "" : "; " + r.excluded().size()
                    + " clutter span" + (r.excluded().size() == 1 ? "" : "s") + " excluded")));
        }
        Set<String> grouped = new HashSet<>();
        List<Provenance> provenance = Provenances.of(c);
        for (Cluster cl : c.clusters()) {
            if (!cl.isGroup()) {
                continue;
            }
            grouped.addAll(cl.quoteIds());
            out.println();
            Quote first = quotes.get(cl.quoteIds().get(0));
            String speaker = first.speaker() != null ? first.speaker() : "speaker unknown";
            out.println(paint(BOLD + CYAN, "Group " + cl.id()) + paint(BOLD, " · " + speaker) + paint(DIM,
                    " · " + cl.quoteIds().size() + " versions in " + cl.quoteIds().stream()
                            .map(id -> quotes.get(id).reportId()).distinct().count() + " reports"));
            for (String id : cl.quoteIds()) {
                Quote q = quotes.get(id);
                String how = q.form() == QuoteForm.EMBEDDED_POST ? " (embedded post)" : q.form() == QuoteForm.BLOCK
                        ? " (block quote)" : "";
                String who = q.speaker() != null ? q.speaker() + (q.attribution().verb() != null ? " " + q.attribution().verb() : "") : "?";
                out.println("  " + paint(BOLD, q.reportId()) + "  \u201C" + excerpt(q.text()) + "\u201D" + paint(DIM, how + " — " + who));
            }
            List<Discrepancy> ds = c.discrepancies().stream().filter(d -> d.clusterId().equals(cl.id())).toList();
            if (ds.isEmpty()) {
                out.println("    " + paint(GREEN, "no differences"));
            }
            provenance.stream().filter(p -> p.clusterId().equals(cl.id())).findFirst()
                    .ifPresent(p -> p.lines(id -> id).forEach(line -> out.println("    " + paint(DIM, "provenance: " + line))));
            for (Discrepancy d : ds) {
                String sev = d.severity() == Severity.SUBSTANTIVE ? paint(RED, "substantive") : paint(DIM, "cosmetic");
                List<String> readings = new ArrayList<>();
                for (int i = 0; i < d.readings().size(); i++) {
                    Discrepancy.Reading r = d.readings().get(i);
                    readings.add(shown(r.text(), i == 0 ? RED : GREEN) + " " + r.whoPrints());
                }
                out.println("    " + paint(DIM, d.id()) + "  " + paint(BOLD, d.kind().plain()) + " " + sev + "  "
                        + String.join(paint(DIM, " · "), readings) + paint(DIM, "  #" + d.fingerprint()));
            }
        }
        List<Quote> singles = c.quotes().stream()
                .filter(q -> !grouped.contains(q.id()) && q.kind() == QuoteKind.SPEECH && !q.excluded()).toList();
        if (!singles.isEmpty()) {
            out.println();
            out.println(paint(BOLD + YELLOW, "In one report only"));
            for (Quote q : singles) {
                out.println("  " + paint(BOLD, q.reportId()) + "  \u201C" + excerpt(q.text()) + "\u201D"
                        + paint(DIM, " — " + (q.speaker() != null ? q.speaker() : "?")));
            }
        }
        long terms = c.quotes().stream().filter(q -> q.kind() == QuoteKind.TERM && !q.excluded()).count();
        if (terms > 0) {
            out.println();
            out.println(paint(DIM, "Quoted terms (not speech): " + String.join(", ", c.quotes().stream()
                    .filter(q -> q.kind() == QuoteKind.TERM && !q.excluded()).map(q -> "\u2018" + q.text() + "\u2019")
                    .distinct().toList())));
        }
        out.println();
        out.println(paint(DIM, c.passages().size() + " passages of narrative linked across reports."));
    }

    private String shown(String text, String colour) {
        return text.isEmpty() ? paint(DIM, "(nothing)") : paint(colour, "\u00AB" + excerpt(text) + "\u00BB");
    }

    /** At most {@value #EXCERPT} code points, whitespace collapsed (never half of a surrogate pair). */
    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= EXCERPT ? t
                : t.substring(0, t.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + ", " + b;
    }

    private String paint(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
