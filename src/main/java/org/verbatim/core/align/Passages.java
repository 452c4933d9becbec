package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

/**
 * One long quotation that holds several utterances (an interview printed as one passage) cut into them: when
 * its sentences link to different groups of other reports, the passage becomes one quotation per utterance,
 * each going with the reports that quote it.
 */
final class Passages {

    private Passages() {}

    /**
     * Splits the passages whose sentences reach two or more groups that other reports are in, replacing each in
     * {@code quotes} (in place, in text order) by its parts.
     *
     * @param sentencesOf each passage's sentence units, by quote id
     * @return for every sentence unit of a split passage, the id of the part it is in
     */
    static Map<String, String> split(Map<String, Quote> quotes, List<List<Unit>> aligned,
                                     Map<String, List<Unit>> sentencesOf, Map<String, Story.Analysed> reports) {
        Map<String, String> parentOf = new HashMap<>();
        sentencesOf.forEach((id, units) -> units.forEach(u -> parentOf.put(u.id(), id)));
        Map<String, java.util.Set<String>> reachedBy = new HashMap<>(); // unit id -> utterances of other quotes with it
        for (List<Unit> g : aligned) {
            for (Unit u : g) {
                java.util.Set<String> others = new java.util.HashSet<>();
                for (Unit v : g) {
                    Quote q = quotes.get(parentOf.getOrDefault(v.id(), v.id()));
                    if (q != null && !v.reportId().equals(u.reportId())) {
                        others.add(q.reportId() + "/" + q.utteranceId());
                    }
                }
                reachedBy.put(u.id(), others);
            }
        }
        Map<String, String> partOf = new HashMap<>();
        Map<String, List<Quote>> replaced = new HashMap<>();
        for (Map.Entry<String, List<Unit>> e : sentencesOf.entrySet()) {
            Quote passage = quotes.get(e.getKey());
            List<Unit> sentences = e.getValue();
            // cut where the sentences stop going with the same quotations of other reports: another utterance
            // there is another utterance here; a sentence nobody else quotes goes with the one before it
            List<Integer> cuts = new ArrayList<>(List.of(0));
            java.util.Set<String> current = java.util.Set.of();
            for (int k = 0; k < sentences.size(); k++) {
                java.util.Set<String> reached = reachedBy.getOrDefault(sentences.get(k).id(), java.util.Set.of());
                if (reached.isEmpty()) {
                    continue;
                }
                if (!current.isEmpty() && java.util.Collections.disjoint(current, reached)) {
                    cuts.add(k);
                    current = reached;
                } else {
                    java.util.Set<String> both = new java.util.HashSet<>(current);
                    both.addAll(reached);
                    current = both;
                }
            }
            if (cuts.size() < 2) {
                continue;
            }
            List<Quote> parts = new ArrayList<>();
            String text = reports.get(passage.reportId()).report().text();
            for (int c = 0; c < cuts.size(); c++) {
                int from = c == 0 ? passage.span().start() : sentences.get(cuts.get(c)).span().start();
                int to = c + 1 < cuts.size() ? sentences.get(cuts.get(c + 1)).span().start() : passage.span().end();
                Span span = trim(text, from, to);
                String id = passage.id() + "." + (c + 1);
                List<Span> own = new ArrayList<>();
                for (Span s : passage.ownSpans()) {
                    Span clipped = new Span(Math.max(s.start(), span.start()), Math.max(Math.max(s.start(), span.start()),
                            Math.min(s.end(), span.end())));
                    if (!clipped.isEmpty()) {
                        own.add(clipped);
                    }
                }
                parts.add(new Quote(id, passage.reportId(), span, own, span.of(text), passage.kind(), passage.form(),
                        c == 0 ? passage.attribution() : passage.attribution().inherited(),
                        c == 0 ? passage.openMark() : null, c + 1 == cuts.size() ? passage.closeMark() : null,
                        passage.parentId(), id, passage.excluded()));
                int last = c + 1 < cuts.size() ? cuts.get(c + 1) : sentences.size();
                for (int k = cuts.get(c); k < last; k++) {
                    partOf.put(sentences.get(k).id(), id);
                }
            }
            replaced.put(passage.id(), parts);
        }
        if (replaced.isEmpty()) {
            return partOf;
        }
        Map<String, Quote> rebuilt = new LinkedHashMap<>();
        for (Quote q : quotes.values()) {
            List<Quote> parts = replaced.get(q.id());
            if (parts != null) {
                parts.forEach(p -> rebuilt.put(p.id(), p));
                continue;
            }
            String parent = q.parentId();
            String utterance = q.utteranceId();
            if (parent != null && replaced.containsKey(parent)) {
                parent = replaced.get(parent).stream().filter(p -> p.span().contains(q.span())).findFirst()
                        .orElse(replaced.get(parent).get(0)).id();
            }
            if (replaced.containsKey(utterance)) {
                utterance = replaced.get(utterance).get(replaced.get(utterance).size() - 1).id();
            }
            rebuilt.put(q.id(), parent == q.parentId() && utterance == q.utteranceId() ? q
                    : new Quote(q.id(), q.reportId(), q.span(), q.ownSpans(), q.text(), q.kind(), q.form(),
                            q.attribution(), q.openMark(), q.closeMark(), parent, utterance, q.excluded()));
        }
        quotes.clear();
        quotes.putAll(rebuilt);
        return partOf;
    }

    private static Span trim(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }
}
