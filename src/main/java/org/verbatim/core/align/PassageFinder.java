package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

/** Links the narrative sentences of different reports that tell the same fact: the stage after grouping. */
@FunctionalInterface
public interface PassageFinder {

    List<Passage> find(Story story, List<Cluster> clusters, Map<String, Quote> quotes);

    /** The sentences that are not mostly a grouped quotation, linked by {@link PassageAligner#standard()}. */
    static PassageFinder standard() {
        return narrative(PassageAligner.standard());
    }

    static PassageFinder narrative(PassageAligner aligner) {
        return (story, clusters, quotes) -> {
            Map<String, List<Span>> clustered = new HashMap<>();
            for (Cluster c : clusters) {
                if (c.quoteIds().size() < 2) {
                    continue;
                }
                for (String id : c.quoteIds()) {
                    Quote q = quotes.get(id);
                    clustered.computeIfAbsent(q.reportId(), k -> new ArrayList<>()).add(q.span());
                }
            }
            clustered.values().forEach(l -> l.sort(null));
            List<Unit> narrative = new ArrayList<>();
            for (Unit s : story.sentences()) {
                List<Span> spans = clustered.getOrDefault(s.reportId(), List.of());
                int covered = 0;
                // spans are sorted by start: look only at those that can reach this sentence
                for (int k = firstEndingAfter(spans, s.span().start());
                        k < spans.size() && spans.get(k).start() < s.span().end(); k++) {
                    covered += spans.get(k).overlap(s.span());
                }
                if (covered * 2 < s.span().length()) {
                    narrative.add(s);
                }
            }
            List<Passage> out = new ArrayList<>();
            for (List<Unit> g : aligner.align(narrative, story.similarity())) {
                out.add(new Passage("p" + (out.size() + 1),
                        g.stream().map(u -> new Passage.ReportSpan(u.reportId(), u.span())).toList()));
            }
            return out;
        };
    }

    /** The first span (of spans sorted by start) that could end after {@code offset}; quotes do not nest deeply. */
    private static int firstEndingAfter(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        while (lo > 0 && spans.get(lo - 1).end() > offset) {
            lo--;
        }
        return lo;
    }
}
