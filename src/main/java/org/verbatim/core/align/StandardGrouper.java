package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteKind;

/**
 * The standard grouping: the aligner's groups of speech, the parts of one utterance (the paragraphs of a run-on
 * quote, the two halves of a split one) kept together, a
 * quoted term that repeats words of a speech quotation joined to it as a fragment, equal terms of different
 * reports together, and each remaining quotation alone.
 *
 * <p>A group is named after its first quotation's place in the story ("c7": the seventh quotation), so adding
 * a report at the end renames no group.
 */
final class StandardGrouper implements QuoteGrouper {

    private final QuoteAligner aligner;

    StandardGrouper(QuoteAligner aligner) {
        this.aligner = aligner;
    }

    @Override
    public List<Cluster> group(Map<String, Quote> quotes, Story story) {
        Map<String, Story.Analysed> reports = story.byReport();
        List<Unit> speech = new ArrayList<>();
        for (Quote q : quotes.values()) {
            if (!q.excluded() && q.kind() == QuoteKind.SPEECH) {
                speech.add(story.unit(q, reports.get(q.reportId())));
            }
        }
        List<String> order = new ArrayList<>(quotes.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        UnionFind sets = new UnionFind(order.size());
        for (List<Unit> g : aligner.align(speech, story.similarity())) {
            for (Unit u : g) {
                sets.union(index.get(g.get(0).id()), index.get(u.id()));
            }
        }
        // the halves of a split quote join only groups that already reach another report
        Map<Integer, Set<String>> reportsOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            reportsOf.computeIfAbsent(sets.find(i), k -> new HashSet<>()).add(quotes.get(order.get(i)).reportId());
        }
        Map<String, String> firstOfUtterance = new HashMap<>();
        Map<String, Integer> termByText = new HashMap<>();
        Map<String, List<Unit>> speechByWord = new HashMap<>();
        Map<Unit, String> joined = new IdentityHashMap<>();
        for (Unit u : speech) {
            joined.put(u, " " + String.join(" ", u.words()) + " ");
            for (String w : new HashSet<>(u.words())) {
                speechByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(u);
            }
        }
        for (Quote q : quotes.values()) {
            if (q.excluded()) {
                continue;
            }
            String key = q.reportId() + "/" + q.utteranceId();
            String first = firstOfUtterance.putIfAbsent(key, q.id());
            if (first != null) { // the paragraphs of a run-on quote, the halves of a split one
                int x = index.get(first);
                int y = index.get(q.id());
                Set<String> reach = new HashSet<>(reportsOf.getOrDefault(sets.find(x), Set.of()));
                reach.addAll(reportsOf.getOrDefault(sets.find(y), Set.of()));
                if (reach.size() > 1) {
                    sets.union(x, y);
                    reportsOf.put(sets.find(x), reach);
                }
            }
            if (q.kind() == QuoteKind.TERM) {
                String norm = normalWords(q.text());
                Integer other = termByText.putIfAbsent(norm, index.get(q.id()));
                if (other != null && !quotes.get(order.get(other)).reportId().equals(q.reportId())) {
                    sets.union(other, index.get(q.id()));
                }
                if (norm.indexOf(' ') > 0) {
                    // one link is enough for the term to join its utterance's group; prefer another report
                    String firstWord = norm.substring(0, norm.indexOf(' '));
                    Unit match = null;
                    List<Unit> candidates = speechByWord.getOrDefault(firstWord, List.of());
                    // bounded: a phrase repeated all over one text needs no more than one link
                    for (Unit u : candidates.subList(0, Math.min(candidates.size(), 256))) {
                        if (joined.get(u).contains(" " + norm + " ")) {
                            if (match == null || match.reportId().equals(q.reportId()) && !u.reportId().equals(q.reportId())) {
                                match = u;
                            }
                            if (!u.reportId().equals(q.reportId())) {
                                break;
                            }
                        }
                    }
                    if (match != null) {
                        sets.union(index.get(match.id()), index.get(q.id()));
                    }
                }
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<String> g : sets.groups(order)) {
            out.add(new Cluster("c" + (index.get(g.get(0)) + 1), g));
            if (g.stream().anyMatch(id -> quotes.get(id).kind() == QuoteKind.SPEECH)) {
                for (String id : g) {
                    quotes.computeIfPresent(id, (k, q) -> q.kind() == QuoteKind.TERM ? q.asSpeech() : q);
                }
            }
        }
        return out;
    }

    private static String normalWords(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
