package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        List<Unit> speech = speechUnits(quotes, story, reports);
        Set<String> aloneIds = new HashSet<>();
        for (Quote q : quotes.values()) {
            if (story.corrections().alone().stream()
                    .anyMatch(a -> a.pick(quotes.values(), Quote::reportId, Quote::span) == q)) {
                aloneIds.add(q.id());
            }
        }
        // a long passage of several utterances is first aligned sentence by sentence: if its sentences go with
        // different groups of other reports, it is cut into its utterances; then everything is aligned again,
        // a passage left whole also as a whole
        Map<String, List<Unit>> sentencesOf = new HashMap<>();
        List<Unit> bySentence = new ArrayList<>();
        for (Unit u : speech) {
            if (aloneIds.contains(u.id())) {
                continue;
            }
            List<Unit> sentences = sentenceUnits(u, quotes.get(u.id()), reports.get(u.reportId()), story);
            if (sentences.isEmpty()) {
                bySentence.add(u);
            } else {
                sentencesOf.put(u.id(), sentences);
                bySentence.addAll(sentences);
            }
        }
        if (!sentencesOf.isEmpty()
                && !Passages.split(quotes, aligner.align(bySentence, story.similarity()), sentencesOf, reports).isEmpty()) {
            speech = speechUnits(quotes, story, reports); // the parts of split passages in place of the passages
        }
        List<Unit> grouped = new ArrayList<>();
        Map<String, String> parentOf = new HashMap<>();
        for (Unit u : speech) {
            if (aloneIds.contains(u.id())) {
                continue;
            }
            List<Unit> sentences = sentencesOf.getOrDefault(u.id(), List.of());
            grouped.add(u.group() != null || sentences.isEmpty() ? u : u.inGroup(u.id()));
            for (Unit sentence : sentences) {
                grouped.add(sentence);
                parentOf.put(sentence.id(), u.id());
            }
        }
        List<List<Unit>> aligned = aligner.align(grouped, story.similarity());

        List<String> order = new ArrayList<>(quotes.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        boolean[] alone = new boolean[order.size()];
        for (int i = 0; i < order.size(); i++) {
            alone[i] = aloneIds.contains(order.get(i));
        }
        UnionFind sets = new UnionFind(order.size()) {
            @Override
            public void union(int a, int b) {
                if (!alone[a] && !alone[b]) {
                    super.union(a, b); // a quote the user took out of its group joins none on its own
                }
            }
        };
        for (List<Unit> g : aligned) {
            Integer first = null;
            for (Unit u : g) {
                String id = parentOf.getOrDefault(u.id(), u.id());
                Integer at = index.get(id);
                if (at == null) {
                    continue;
                }
                if (first == null) {
                    first = at;
                } else {
                    sets.union(first, at);
                }
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
        for (Unit u : speech) {
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
                Set<String> rx = reportsOf.getOrDefault(sets.find(x), Set.of());
                Set<String> ry = reportsOf.getOrDefault(sets.find(y), Set.of());
                Set<String> reach = new HashSet<>(rx);
                reach.addAll(ry);
                // a half alone joins its other half's group; two halves already in two groups of other reports
                // stay apart ("« A », she said. « B. »": two sentences that other reports quote apart)
                Quote a = quotes.get(first);
                String between = reports.get(q.reportId()).report().text()
                        .substring(Math.min(a.span().end(), q.span().start()), Math.max(a.span().end(), q.span().start()));
                boolean split = !between.contains("\n"); // a run-on quote's paragraphs are one utterance, always
                boolean bothGrouped = split && sets.find(x) != sets.find(y) && rx.size() > 1 && ry.size() > 1;
                if (reach.size() > 1 && !bothGrouped) {
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
            }
            Unit within = containing(q, speechByWord);
            if (within != null) {
                sets.union(index.get(within.id()), index.get(q.id()));
            }
        }
        for (org.verbatim.core.model.Corrections.Link link : story.corrections().links()) {
            Integer a = find(order, quotes, link.a());
            Integer b = find(order, quotes, link.b());
            if (a != null && b != null) {
                sets.forceUnion(a, b); // the user's links hold whatever the engine thinks
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

    /** The speech quotations as units; the parts of one utterance in one group, so they never align together. */
    private static List<Unit> speechUnits(Map<String, Quote> quotes, Story story, Map<String, Story.Analysed> reports) {
        Map<String, Integer> parts = new HashMap<>();
        for (Quote q : quotes.values()) {
            parts.merge(q.reportId() + "/" + q.utteranceId(), 1, Integer::sum);
        }
        List<Unit> speech = new ArrayList<>();
        for (Quote q : quotes.values()) {
            if (!q.excluded() && q.kind() == QuoteKind.SPEECH) {
                Unit u = story.unit(q, reports.get(q.reportId()));
                String utterance = q.reportId() + "/" + q.utteranceId();
                speech.add(parts.get(utterance) > 1 ? u.inGroup(utterance) : u);
            }
        }
        return speech;
    }

    /** Sentences make a quote a passage worth linking sentence by sentence when it has at least this many. */
    private static final int PASSAGE_SENTENCES = 3;

    /** The sentences of a long quotation as units of their own (its group), or none for a short one. */
    private static List<Unit> sentenceUnits(Unit u, Quote q, Story.Analysed a, Story story) {
        String text = a.report().text();
        List<org.verbatim.core.model.Span> spans = new ArrayList<>();
        for (org.verbatim.core.model.Span own : q.ownSpans()) {
            spans.addAll(new org.verbatim.core.text.Sentences().of(text, own));
        }
        if (spans.size() < PASSAGE_SENTENCES) {
            return List.of();
        }
        List<Unit> out = new ArrayList<>();
        int n = 0;
        for (org.verbatim.core.model.Span s : spans) {
            Unit unit = Unit.of(u.id() + "#s" + (++n), u.reportId(), s, Story.tokensIn(a.tokens(), s), story.words(),
                    u.speaker(), u.group() != null ? u.group() : u.id(), u.named());
            if (unit.words().size() >= 5) {
                out.add(unit);
            }
        }
        return out;
    }

    /** The index of the quotation a correction names (the one it overlaps most), or null. */
    private static Integer find(List<String> order, Map<String, Quote> quotes, org.verbatim.core.model.Corrections.QuoteAt at) {
        Quote q = at.pick(quotes.values(), Quote::reportId, Quote::span);
        return q == null ? null : order.indexOf(q.id());
    }

    /** One-word answers, which say nothing of which utterance they come from. */
    private static final Set<String> SHORT_ANSWERS = Set.of("yes", "no", "not", "ok", "okay", "well", "now", "here",
            "there", "never", "maybe", "thanks", "sorry", "wow");

    /** A fragment has at most this many words. */
    private static final int FRAGMENT_WORDS = 5;

    /**
     * The quotation of another report that a short fragment is taken from: one that prints the fragment's words
     * in order, at most one word between two of them ("piss off" in "piss them off"), said by the same person or
     * by nobody named otherwise. A quoted term joins only with two words or more ("covfefe" alone is the word
     * itself, not a quotation of the tweet); a one-word quote only with a rare word and the same speaker named.
     */
    private static Unit containing(Quote q, Map<String, List<Unit>> speechByWord) {
        List<String> words = List.of(normalWords(q.text()).split(" "));
        if (words.isEmpty() || words.get(0).isEmpty() || words.size() > FRAGMENT_WORDS) {
            return null;
        }
        boolean single = words.size() == 1;
        if (single && (q.kind() == QuoteKind.TERM || words.get(0).length() < 3 || SHORT_ANSWERS.contains(words.get(0))
                || org.verbatim.core.text.ContentWords.STOPWORDS.contains(words.get(0)))) {
            return null;
        }
        String rarest = null;
        for (String w : words) {
            List<Unit> us = speechByWord.get(w);
            if (us == null) {
                return null; // a word no speech quote prints
            }
            if (!org.verbatim.core.text.ContentWords.STOPWORDS.contains(w)
                    && (rarest == null || us.size() < speechByWord.get(rarest).size())) {
                rarest = w;
            }
        }
        if (rarest == null) {
            return null;
        }
        Unit best = null;
        for (Unit u : speechByWord.get(rarest).subList(0, Math.min(256, speechByWord.get(rarest).size()))) {
            if (u.reportId().equals(q.reportId()) || u.id().equals(q.id()) || u.words().size() <= words.size()
                    || !inOrder(words, u.words())) {
                continue;
            }
            Speakers.Agreement a = Speakers.agreement(q.speaker(), u.speaker());
            if (a == Speakers.Agreement.CLEARLY_DIFFERENT && !u.named()) {
                a = Speakers.Agreement.WEAKLY_DIFFERENT;
            }
            boolean same = q.speaker() != null && u.speaker() != null && a == Speakers.Agreement.SAME_OR_UNKNOWN;
            if (a == Speakers.Agreement.CLEARLY_DIFFERENT || single && !same) {
                continue;
            }
            if (best == null || same && !Speakers.same(q.speaker(), best.speaker())) {
                best = u;
            }
        }
        return best;
    }

    /** {@code words} occur in {@code in} in order, with at most one other word between two of them. */
    private static boolean inOrder(List<String> words, List<String> in) {
        for (int start = 0; start < in.size(); start++) {
            if (!in.get(start).equals(words.get(0))) {
                continue;
            }
            int at = start;
            int k = 1;
            while (k < words.size()) {
                int next = -1;
                for (int j = at + 1; j <= at + 2 && j < in.size(); j++) {
                    if (in.get(j).equals(words.get(k))) {
                        next = j;
                        break;
                    }
                }
                if (next < 0) {
                    break;
                }
                at = next;
                k++;
            }
            if (k == words.size()) {
                return true;
            }
        }
        return false;
    }

    private static String normalWords(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
