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
 * only in a neutral tint, and each version's part in every substantive variant place marked: struck through
 * where it prints words other versions dropped, underlined where it added words, wavy where it prints other
 * words, and a boxed space where it lacks words the others print. Cosmetic places are not marked, as the window
 * hides them by default.
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
            boolean byUser = q.form() == org.verbatim.core.quote.QuoteForm.USER
                    || q.attribution().how() == org.verbatim.core.quote.Attribution.How.USER;
            String style = (g != null ? HighlightStyles.groupedQuote(g) : HighlightStyles.QUOTE)
                    + (byUser ? " " + HighlightStyles.USER_QUOTE : "");
            for (Span s : q.ownSpans()) {
                byReport.get(q.reportId()).add(highlight(s, style));
            }
        }
        Map<String, String> texts = new HashMap<>();
        c.reports().forEach(r -> texts.put(r.report().id(), r.report().text()));
        for (Discrepancy d : c.discrepancies()) {
            if (d.severity() != Severity.SUBSTANTIVE || d.kind() == DiffKind.TRANSLATION
                    || d.kind() == DiffKind.SPEAKER) {
                continue;
            }
            for (Discrepancy.Location l : d.locations()) {
                String style = switch (d.roleOf(l.quoteId())) {
                    case GAP -> HighlightStyles.DIFF_GAP;
                    case DROPPED_ELSEWHERE -> HighlightStyles.DIFF_DEL;
                    case ADDED_HERE -> HighlightStyles.DIFF_INS;
                    case CHANGED -> HighlightStyles.DIFF_CHG;
                    case ABSENT -> null;
                };
                if (style == null) {
                    continue;
                }
                Span at = style.equals(HighlightStyles.DIFF_GAP) ? gapMark(texts.get(l.reportId()), l.span()) : l.span();
                if (!at.isEmpty()) {
                    byReport.get(l.reportId()).add(highlight(at, style));
                }
            }
        }
        List<List<Highlight>> out = new ArrayList<>();
        for (String id : order) {
            out.add(byReport.get(id));
        }
        return out;
    }

    /**
     * The character that marks a gap, where a version lacks words the others print: the space before the gap
     * ("look‸ forward"), or the character at it when no space is there.
     */
    static Span gapMark(String text, Span gap) {
        int at = gap.start();
        if (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            return new Span(at - 1, at);
        }
        if (at < text.length()) {
            return new Span(at, at + 1);
        }
        return at > 0 ? new Span(at - 1, at) : gap;
    }

    private static Highlight highlight(Span s, String style) {
        return new Highlight(s.start(), s.end(), style);
    }
}
