package org.verbatim.ui.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteKind;

/**
 * Highlights from the engine: clutter dimmed, each quote group in its own colour, quotes found in one report
 * only in a neutral tint, and the words of substantive differences marked (struck through where the compared
 * version dropped them, underlined where this version added them, wavy where they were changed). Cosmetic
 * differences are not marked, as the window hides them by default.
 */
public final class EngineHighlights {

    private EngineHighlights() {}

    /** One list of highlights per report of {@code c}, in its report order. */
    public static List<List<Highlight>> highlights(Comparison c) {
        Map<String, List<Highlight>> byReport = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Comparison.ReportResult r : c.reports()) {
            String id = r.report().id();
            order.add(id);
            List<Highlight> list = new ArrayList<>();
            for (Excluded e : r.excluded()) {
                list.add(highlight(e.span(), HighlightStyles.CLUTTER));
            }
            byReport.put(id, list);
        }
        Map<String, Integer> groupOf = new HashMap<>();
        int colour = 0;
        for (Cluster cl : c.clusters()) {
            if (!cl.isGroup()) {
                continue;
            }
            for (String q : cl.quoteIds()) {
                groupOf.put(q, colour);
            }
            colour++;
        }
        for (Quote q : c.quotes()) {
            if (q.excluded() || q.kind() == QuoteKind.TERM && !groupOf.containsKey(q.id())) {
                continue;
            }
            Integer g = groupOf.get(q.id());
            for (Span s : q.ownSpans()) {
                byReport.get(q.reportId()).add(highlight(s, g != null ? HighlightStyles.groupedQuote(g)
                        : HighlightStyles.QUOTE));
            }
        }
        for (Discrepancy d : c.discrepancies()) {
            if (d.severity() != Severity.SUBSTANTIVE || d.kind() == DiffKind.TRANSLATION) {
                continue;
            }
            boolean aHas = !d.a().span().isEmpty();
            boolean bHas = !d.b().span().isEmpty();
            if (aHas) {
                byReport.get(d.a().reportId()).add(highlight(d.a().span(),
                        bHas ? HighlightStyles.DIFF_CHG : HighlightStyles.DIFF_DEL));
            }
            if (bHas) {
                byReport.get(d.b().reportId()).add(highlight(d.b().span(),
                        aHas ? HighlightStyles.DIFF_CHG : HighlightStyles.DIFF_INS));
            }
        }
        List<List<Highlight>> out = new ArrayList<>();
        for (String id : order) {
            out.add(byReport.get(id));
        }
        return out;
    }

    private static Highlight highlight(Span s, String style) {
        return new Highlight(s.start(), s.end(), style);
    }
}
