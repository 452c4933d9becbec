package org.verbatim.core.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Speakers;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;

/**
 * The standard cut of an alignment into variant places, in four layers:
 * <ol>
 *   <li><b>Words.</b> Runs of columns where the witnesses that print the stretch do not all have the same word
 *       (or punctuation mark). An editor's insertion is a place of its own; punctuation at the edge of a run is
 *       a place of its own; two places of a sentence a word or two apart are one where they render two
 *       translations (one translation of one clause is one place, not four word changes).</li>
 *   <li><b>Typography and case.</b> Columns where witnesses print the same word differently ("we're" /
 *       "we’re", "President" / "president"), adjacent ones together.</li>
 *   <li><b>Spacing.</b> The same two words with different spacing between them ("years have" / "years  have").</li>
 *   <li><b>The group as a whole.</b> Partial quotations ("piss off" in a lead) as one place against the
 *       sentences they come from; and different named speakers, compared on the attributions.</li>
 * </ol>
 * Each place is classified by {@link PlaceKinds}.
 */
final class StandardPlaceFinder implements PlaceFinder {

    private static final java.util.regex.Pattern ODD_SPACES =
            java.util.regex.Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002-\\u2006\\u2008\\u205F\\u3000\\t]");

    /** Two word places at most this many agreeing columns apart merge when they render two translations. */
    private static final int TRANSLATION_GAP = 2;

    @Override
    public List<Discrepancy> places(Collation c, boolean ignoreCase) {
        List<Discrepancy> out = new ArrayList<>();
        boolean speech = c.witnesses.stream().flatMap(w -> w.quoteIds().stream())
                .anyMatch(id -> c.versions.quote(id).isSpeech());
        if (!speech) {
            return out; // the same term in several reports ("covfefe") is not an utterance to compare
        }
        PlaceKinds kinds = new PlaceKinds(c);
        for (int[] p : wordPlaces(c, kinds)) {
            out.addAll(place(c, kinds, p[0], p[1]));
        }
        List<Discrepancy> words = List.copyOf(out);
        List<Discrepancy> surfaces = new ArrayList<>();
        for (Discrepancy d : surfacePlaces(c, ignoreCase)) {
            if (!partOfAChange(c, d, words) && !(d.kind() == DiffKind.CASE
                    && (afterChangedStop(d, words) || capitalAfterACut(d, words)))) {
                surfaces.add(d);
            }
        }
        out.addAll(sameChangeOnce(c, surfaces));
        out.addAll(spacingPlaces(c));
        quotedInPart(c, kinds, out);
        speakers(c).ifPresent(out::add);
        out.sort(Comparator.comparingInt((Discrepancy d) -> d.fromColumn() < 0 ? Integer.MAX_VALUE : d.fromColumn())
                .thenComparingInt(Discrepancy::toColumn));
        return out;
    }

    // ---- layer 1: words ------------------------------------------------------------------------------

    private enum Piece {
        WORDS, PUNCT, EDITORIAL
    }

    /** Column ranges {@code [from, to)} of the word-level places. */
    private static List<int[]> wordPlaces(Collation c, PlaceKinds kinds) {
        int n = c.columns();
        List<int[]> pieces = new ArrayList<>();
        List<Piece> types = new ArrayList<>();
        for (int col = 0; col < n; col++) {
            if (!variant(c, col)) {
                continue;
            }
            Piece t = pieceOf(c, col);
            int[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            boolean joins = last != null && last[1] == col && types.get(types.size() - 1) == t
                    && (t == Piece.PUNCT || samePartition(c, col - 1, col));
            if (joins) {
                last[1] = col + 1;
            } else {
                pieces.add(new int[] {col, col + 1});
                types.add(t);
            }
        }
        // a run of marks between two words is one place ("???" / "-?"): marks that agree between two that differ
        for (int k = 0; k + 1 < pieces.size(); k++) {
            int[] p = pieces.get(k);
            int[] q = pieces.get(k + 1);
            if (types.get(k) == Piece.PUNCT && types.get(k + 1) == Piece.PUNCT && allPunct(c, p[1], q[0])) {
                p[1] = q[1];
                pieces.remove(k + 1);
                types.remove(k + 1);
                k--;
            }
        }
        // punctuation between two word pieces of one run belongs to them ("prison, I won't vaccinate by force")
        for (int k = 1; k + 1 < pieces.size(); k++) {
            if (types.get(k) == Piece.PUNCT && types.get(k - 1) == Piece.WORDS && types.get(k + 1) == Piece.WORDS
                    && pieces.get(k - 1)[1] == pieces.get(k)[0] && pieces.get(k)[1] == pieces.get(k + 1)[0]
                    && samePartition(c, pieces.get(k - 1)[1] - 1, pieces.get(k + 1)[0])) {
                pieces.get(k - 1)[1] = pieces.get(k + 1)[1];
                pieces.remove(k);
                types.remove(k);
                pieces.remove(k);
                types.remove(k);
                k--;
            }
        }
        // a stop that goes with what a version leaves out: "(sic)." missing as a whole
        absorbMarks(pieces, types, (p, q, type) -> type != Piece.PUNCT && sameGaps(c, p, q));
        // "..." standing where another version prints words marks their omission: one place, not two
        absorbMarks(pieces, types, (p, q, type) -> type == Piece.WORDS && ellipsisForWords(c, p, q));
        // words moved a little ("4 December" / "December 4") are one place, not a word left out and one added
        for (int k = 0; k + 1 < pieces.size(); k++) {
            int[] p = pieces.get(k);
            int[] q = pieces.get(k + 1);
            if (types.get(k) == Piece.WORDS && types.get(k + 1) == Piece.WORDS && q[0] - p[1] <= TRANSLATION_GAP
                    && moved(c, p, q)) {
                p[1] = q[1];
                pieces.remove(k + 1);
                types.remove(k + 1);
            }
        }
        // one translation of one clause is one place
        mergeWords(pieces, types, (p, q, between) -> q[0] - p[1] - between <= TRANSLATION_GAP
                && noSentenceEnd(c, p[0], q[1] - 1) && noClauseBreak(c, p[1], q[0])
                && kinds.translatedPairDiffersIn(p, q));
        // one translation of one sentence is one place: pieces of a sentence where the same versions part the
        // same way, each showing two translations, are one rewording however far apart
        mergeWords(pieces, types, (p, q, between) -> noSharedSentenceEnd(c, p[1] - 1, q[0])
                && samePartition(c, p, q) && kinds.translatedPairDiffersIn(p, q)
                && rewording(c, kinds, p) && rewording(c, kinds, q));
        return pieces;
    }

    /**
     * No sentence ends in the columns for most of the versions that render them: a stop that only one translation
     * puts where the others run on with a comma is part of its rewording, not a boundary between two places.
     */
    private static boolean noSharedSentenceEnd(Collation c, int from, int to) {
        for (int col = from; col < to; col++) {
            if (!c.sentenceEnd[col]) {
                continue;
            }
            int render = 0;
            int stop = 0;
            for (int w = 0; w < c.witnesses.size(); w++) {
                if (c.renders(w, col)) {
                    render++;
                    Item it = c.item(w, col);
                    if (it != null && it.endsSentence()) {
                        stop++;
                    }
                }
            }
            if (2 * stop > render) {
                return false;
            }
        }
        return true;
    }

    /** Whether the piece, on its own, is a change of words (not of a number, date or name, which stay apart). */
    private static boolean rewording(Collation c, PlaceKinds kinds, int[] p) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (coversAll(c, w, p[0], p[1])) {
                byKey.computeIfAbsent(keys(c, w, p[0], p[1]), k -> new ArrayList<>()).add(w);
            }
        }
        if (byKey.size() < 2) {
            return false;
        }
        DiffKind k = kinds.classify(new ArrayList<>(byKey.values()), p[0], p[1]).kind();
        return k == DiffKind.TRANSLATION || k == DiffKind.WORD_SUBSTITUTED || k == DiffKind.WORD_INSERTED
                || k == DiffKind.WORD_DELETED;
    }

    /** The versions that print both pieces agree and differ among themselves the same way in both. */
    private static boolean samePartition(Collation c, int[] p, int[] q) {
        int n = c.witnesses.size();
        int both = 0;
        for (int i = 0; i < n; i++) {
            if (!coversAll(c, i, p[0], p[1]) || !coversAll(c, i, q[0], q[1])) {
                continue;
            }
            both++;
            for (int j = i + 1; j < n; j++) {
                if (coversAll(c, j, p[0], p[1]) && coversAll(c, j, q[0], q[1])
                        && keys(c, i, p[0], p[1]).equals(keys(c, j, p[0], p[1]))
                        != keys(c, i, q[0], q[1]).equals(keys(c, j, q[0], q[1]))) {
                    return false;
                }
            }
        }
        return both >= 2;
    }

    /** Whether two word pieces, {@code between} columns of marks' pieces apart, are one place. */
    private interface Joins {
        boolean test(int[] p, int[] q, int between);
    }

    /** Each word piece and the next one (with only marks between) that {@code joins} accepts become one. */
    private static void mergeWords(List<int[]> pieces, List<Piece> types, Joins joins) {
        for (int k = 0; k < pieces.size(); k++) {
            if (types.get(k) != Piece.WORDS) {
                continue;
            }
            int m = k + 1;
            int between = 0;
            while (m < pieces.size() && types.get(m) == Piece.PUNCT) {
                between += pieces.get(m)[1] - pieces.get(m)[0];
                m++;
            }
            if (m >= pieces.size() || types.get(m) != Piece.WORDS) {
                continue;
            }
            int[] p = pieces.get(k);
            int[] q = pieces.get(m);
            if (joins.test(p, q, between)) {
                p[1] = q[1];
                for (int j = m; j > k; j--) {
                    pieces.remove(j);
                    types.remove(j);
                }
                k--;
            }
        }
    }

    /** Whether a run of marks {@code p} goes with its neighbour {@code q}, a piece of {@code type}. */
    private interface Absorbs {
        boolean test(int[] p, int[] q, Piece type);
    }

    /** Each run of marks that goes with a neighbouring piece (the one before first) becomes part of it. */
    private static void absorbMarks(List<int[]> pieces, List<Piece> types, Absorbs absorbs) {
        for (int k = 0; k < pieces.size(); k++) {
            if (types.get(k) != Piece.PUNCT) {
                continue;
            }
            for (int j : new int[] {k - 1, k + 1}) {
                if (j < 0 || j >= pieces.size()) {
                    continue;
                }
                int[] p = pieces.get(k);
                int[] q = pieces.get(j);
                if ((q[1] == p[0] || p[1] == q[0]) && absorbs.test(p, q, types.get(j))) {
                    q[0] = Math.min(q[0], p[0]);
                    q[1] = Math.max(q[1], p[1]);
                    pieces.remove(k);
                    types.remove(k);
                    k--;
                    break;
                }
            }
        }
    }

    /** Some version prints in {@code p} what another prints in {@code q}, and each lacks it in the other. */
    private static boolean moved(Collation c, int[] p, int[] q) {
        int n = c.witnesses.size();
        for (int i = 0; i < n; i++) {
            String ip = keys(c, i, p[0], p[1]);
            String iq = keys(c, i, q[0], q[1]);
            if (!coversAll(c, i, p[0], q[1]) || ip.isEmpty() || !iq.isEmpty()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j != i && coversAll(c, j, p[0], q[1]) && keys(c, j, p[0], p[1]).isEmpty()
                        && keys(c, j, q[0], q[1]).equals(ip)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the witnesses that print this column do not all print the same thing there. */
    static boolean variant(Collation c, int col) {
        String seen = null;
        int covering = 0;
        boolean differs = false;
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!c.renders(w, col)) {
                continue;
            }
            covering++;
            Item it = c.item(w, col);
            String key = it == null ? "" : it.key();
            if (seen == null) {
                seen = key;
            } else if (!seen.equals(key)) {
                differs = true;
            }
        }
        return covering >= 2 && differs;
    }

    /**
     * The witnesses that print both columns are split the same way in both: who agrees with whom does not change
     * ("we're going to" / "we will": one place; "I think" missing in some, "the president" missing in others: two).
     */
    private static boolean samePartition(Collation c, int x, int y) {
        int n = c.witnesses.size();
        for (int i = 0; i < n; i++) {
            if (!c.renders(i, x) || !c.renders(i, y)) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (c.renders(j, x) && c.renders(j, y) && sameKey(c, i, j, x) != sameKey(c, i, j, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameKey(Collation c, int i, int j, int col) {
        Item a = c.item(i, col);
        Item b = c.item(j, col);
        return a == null ? b == null : b != null && a.key().equals(b.key());
    }

    /** Every item in the columns is a mark. */
    private static boolean allPunct(Collation c, int from, int to) {
        for (int col = from; col < to; col++) {
            for (int w = 0; w < c.witnesses.size(); w++) {
                Item it = c.item(w, col);
                if (it != null && !it.isPunct()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Piece pieceOf(Collation c, int col) {
        boolean punct = true;
        for (int w = 0; w < c.witnesses.size(); w++) {
            Item it = c.covers(w, col) ? c.item(w, col) : null;
            if (it != null && it.type() == Item.Type.EDITORIAL) {
                return Piece.EDITORIAL;
            }
            punct &= it == null || it.isPunct();
        }
        return punct ? Piece.PUNCT : Piece.WORDS;
    }

    /** The witnesses with nothing in {@code p} have nothing in {@code q} either, and the others print both. */
    /**
     * Whether the versions that print an ellipsis in {@code p} lack the words of {@code q}, and those that print
     * the words lack the ellipsis: "a long night ... nobody slept" against "a long night and nobody slept".
     */
    private static boolean ellipsisForWords(Collation c, int[] p, int[] q) {
        boolean ellipsis = false;
        boolean words = false;
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!coversAll(c, w, p[0], p[1]) || !coversAll(c, w, q[0], q[1])) {
                continue;
            }
            String marks = keys(c, w, p[0], p[1]);
            boolean inP = marks.contains("...") || marks.contains("\u2026");
            boolean inQ = hasItem(c, w, q[0], q[1]);
            if (inP && inQ || !inP && !marks.isEmpty()) {
                return false;
            }
            ellipsis |= inP;
            words |= inQ;
        }
        return ellipsis && words;
    }

    private static boolean sameGaps(Collation c, int[] p, int[] q) {
        boolean anyGap = false;
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!coversAll(c, w, p[0], p[1]) || !coversAll(c, w, q[0], q[1])) {
                continue;
            }
            boolean inP = hasItem(c, w, p[0], p[1]);
            boolean inQ = hasItem(c, w, q[0], q[1]);
            if (!inP) {
                anyGap = true;
                if (inQ) {
                    return false;
                }
            } else if (!inQ) {
                return false;
            }
        }
        return anyGap;
    }

    /** No punctuation that most versions print between the two places: they are one clause. */
    private static boolean noClauseBreak(Collation c, int from, int to) {
        for (int col = from; col < to; col++) {
            int covering = 0;
            int punct = 0;
            for (int w = 0; w < c.witnesses.size(); w++) {
                if (c.renders(w, col)) {
                    covering++;
                    Item it = c.item(w, col);
                    punct += it != null && it.isPunct() ? 1 : 0;
                }
            }
            if (punct * 2 > covering) {
                return false;
            }
        }
        return true;
    }

    private static boolean noSentenceEnd(Collation c, int from, int to) {
        for (int col = from; col < to; col++) {
            if (c.sentenceEnd[col]) {
                return false;
            }
        }
        return true;
    }

    static boolean coversAll(Collation c, int w, int from, int to) {
        for (int col = from; col < to; col++) {
            if (!c.renders(w, col)) {
                return false;
            }
        }
        return from < to;
    }

    static boolean hasItem(Collation c, int w, int from, int to) {
        for (int col = from; col < to; col++) {
            if (c.item(w, col) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places over columns {@code [from, to)}: none when all agree, one as a rule, two when some versions stop
     * early (or start late) here while the others differ among themselves: the truncation (the reference reading
     * against the versions that lack it) and the change (the others' readings) are two things to check.
     */
    private static List<Discrepancy> place(Collation c, PlaceKinds kinds, int from, int to) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (coversAll(c, w, from, to)) {
                byKey.computeIfAbsent(keys(c, w, from, to), k -> new ArrayList<>()).add(w);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(byKey.values());
        List<String> keys = new ArrayList<>(byKey.keySet());
        List<Integer> edge = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            boolean stops = keys.get(g).isEmpty() && groups.get(g).stream().allMatch(w -> kinds.atEdge(w, from, to));
            (stops ? edge : rest).add(g);
        }
        List<Discrepancy> out = new ArrayList<>();
        long worded = rest.stream().filter(g -> !keys.get(g).isEmpty()).count();
        boolean words = false;
        for (int w = 0; w < c.witnesses.size() && !words; w++) {
            words = items(c, w, from, to).stream().anyMatch(Item::isWord);
        }
        if (words && !edge.isEmpty() && worded >= 2) {
            int most = rest.get(0);
            for (int g : rest) {
                if (!keys.get(g).isEmpty() && groups.get(g).size() > groups.get(most).size()) {
                    most = g;
                }
            }
            List<Integer> truncation = new ArrayList<>(List.of(most));
            truncation.addAll(edge);
            placeOf(c, kinds, groups, keys, truncation, from, to).ifPresent(out::add);
            placeOf(c, kinds, groups, keys, rest, from, to).ifPresent(out::add);
        } else {
            List<Integer> all = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                all.add(g);
            }
            placeOf(c, kinds, groups, keys, all, from, to).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Discrepancy> placeOf(Collation c, PlaceKinds kinds, List<List<Integer>> groups,
                                                           List<String> keys, List<Integer> chosen, int from, int to) {
        if (chosen.size() < 2) {
            return java.util.Optional.empty();
        }
        List<List<Integer>> these = chosen.stream().map(groups::get).toList();
        PlaceKinds.Verdict v = kinds.classify(these, from, to);
        List<Discrepancy.Reading> readings = new ArrayList<>();
        for (List<Integer> g : these) {
            readings.add(reading(c, g, from, to));
        }
        String fp = Fingerprints.ofPlace("words", chosen.stream().map(keys::get).toList(), context(c, from));
        return java.util.Optional.of(new Discrepancy(null, c.clusterId, v.kind(), v.severity(), fp, readings, from, to));
    }

    /** What witness {@code w} prints in the columns, as keys. */
    static String keys(Collation c, int w, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int col = from; col < to; col++) {
            Item it = c.item(w, col);
            if (it != null) {
                b.append(b.length() == 0 ? "" : " ").append(it.key());
            }
        }
        return b.toString();
    }

    /** The items of witness {@code w} in the columns, in order. */
    static List<Item> items(Collation c, int w, int from, int to) {
        List<Item> out = new ArrayList<>();
        for (int col = from; col < to; col++) {
            Item it = c.item(w, col);
            if (it != null) {
                out.add(it);
            }
        }
        return out;
    }

    /** One reading: the first witness's words as printed, and where every witness of the group prints them. */
    private static Discrepancy.Reading reading(Collation c, List<Integer> group, int from, int to) {
        String text = null;
        List<Discrepancy.Location> spans = new ArrayList<>();
        for (int w : group) {
            List<Item> its = items(c, w, from, to);
            String reportId = c.witnesses.get(w).reportId();
            if (its.isEmpty()) {
                spans.add(gap(c, w, from, to));
                text = text == null ? "" : text;
                continue;
            }
            String t = c.versions.text(reportId);
            StringBuilder printed = new StringBuilder();
            int k = 0;
            while (k < its.size()) {
                int j = k;
                while (j + 1 < its.size() && its.get(j + 1).quoteId().equals(its.get(k).quoteId())) {
                    j++;
                }
                Span s = new Span(its.get(k).start(), its.get(j).end());
                spans.add(new Discrepancy.Location(its.get(k).quoteId(), reportId, s));
                printed.append(printed.length() == 0 ? "" : " \u2026 ").append(s.of(t));
                k = j + 1;
            }
            if (text == null) {
                text = printed.toString();
            }
        }
        return new Discrepancy.Reading(text, spans);
    }

    /** A zero-width span where witness {@code w} lacks the words: after its last word before them, inside its quote. */
    static Discrepancy.Location gap(Collation c, int w, int from, int to) {
        String reportId = c.witnesses.get(w).reportId();
        for (int col = from - 1; col >= 0; col--) {
            Item it = c.item(w, col);
            if (it != null) {
                return new Discrepancy.Location(it.quoteId(), reportId, new Span(it.end(), it.end()));
            }
        }
        for (int col = to; col < c.columns(); col++) {
            Item it = c.item(w, col);
            if (it != null) {
                return new Discrepancy.Location(it.quoteId(), reportId, new Span(it.start(), it.start()));
            }
        }
        Quote q = c.versions.quote(c.witnesses.get(w).quoteIds().get(0));
        return new Discrepancy.Location(q.id(), reportId, new Span(q.span().start(), q.span().start()));
    }

    /** Up to three words before the place in the fullest version that prints them: what tells two places apart. */
    private static String context(Collation c, int from) {
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!c.covers(w, Math.max(0, from - 1)) && from > 0) {
                continue;
            }
            List<String> before = new ArrayList<>();
            for (int col = from - 1; col >= 0 && before.size() < 3; col--) {
                Item it = c.item(w, col);
                if (it != null) {
                    before.add(0, it.key());
                }
            }
            return String.join(" ", before);
        }
        return "";
    }

    // ---- layer 2: typography and case -----------------------------------------------------------------

    /**
     * A capital forced by punctuation: "down. This" / "down – this" is one change of punctuation, the case of
     * "This" comes with it.
     */
    /**
     * A capital only on the first letter, right after words some versions leave out ("I think the president" /
     * "The president"): the version starts its quotation there, which the truncation already says.
     */
    private static boolean capitalAfterACut(Discrepancy casePlace, List<Discrepancy> words) {
        boolean cut = words.stream().anyMatch(w -> w.kind() == DiffKind.TRUNCATION
                && w.toColumn() == casePlace.fromColumn());
        if (!cut) {
            return false;
        }
        java.util.Set<String> rest = new java.util.HashSet<>();
        for (Discrepancy.Reading r : casePlace.readings()) {
            String t = r.text();
            rest.add(t.isEmpty() ? t : t.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + t.substring(1));
        }
        return rest.size() == 1;
    }

    private static boolean afterChangedStop(Discrepancy casePlace, List<Discrepancy> words) {
        for (Discrepancy w : words) {
            if (w.kind() == DiffKind.PUNCTUATION && w.toColumn() == casePlace.fromColumn()
                    && w.readings().stream().anyMatch(r -> r.text().matches(".*[.!?]['\"\u2019\u201D]?"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a difference of typography or case sits inside a change of words between the same versions: "The
     * unvaccinated" against "As for the non-vaccinated" is one translation, not also "The" against "the".
     */
    private static boolean partOfAChange(Collation c, Discrepancy surface, List<Discrepancy> words) {
        for (Discrepancy w : words) {
            if (w.toColumn() <= surface.fromColumn() || w.fromColumn() >= surface.toColumn()) {
                continue;
            }
            Map<Integer, Integer> readingOf = new HashMap<>();
            for (int r = 0; r < w.readings().size(); r++) {
                for (Discrepancy.Location l : w.readings().get(r).spans()) {
                    readingOf.put(witnessOf(c, l.quoteId()), r);
                }
            }
            for (int a = 0; a < surface.readings().size(); a++) {
                for (int b = a + 1; b < surface.readings().size(); b++) {
                    for (Discrepancy.Location x : surface.readings().get(a).spans()) {
                        for (Discrepancy.Location y : surface.readings().get(b).spans()) {
                            Integer rx = readingOf.get(witnessOf(c, x.quoteId()));
                            Integer ry = readingOf.get(witnessOf(c, y.quoteId()));
                            if (rx != null && ry != null && !rx.equals(ry)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private static List<Discrepancy> surfacePlaces(Collation c, boolean ignoreCase) {
        List<Discrepancy> out = new ArrayList<>();
        int n = c.columns();
        Set<Integer> run = null;
        int runFrom = -1;
        for (int col = 0; col <= n; col++) {
            Set<Integer> group = col < n ? surfaceGroup(c, col, ignoreCase) : null;
            Set<Integer> joined = null;
            if (run != null && group != null) {
                joined = new HashSet<>(run);
                joined.retainAll(group);
            }
            if (joined != null && joined.size() >= 2) {
                run = joined;
                continue;
            }
            if (run != null) {
                surfacePlace(c, run, runFrom, col, ignoreCase).ifPresent(out::add);
            }
            run = group;
            runFrom = col;
        }
        return out;
    }

    /** The witnesses that print the same word in column {@code col} in different ways; null when none do. */
    private static Set<Integer> surfaceGroup(Collation c, int col, boolean ignoreCase) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            Item it = c.item(w, col);
            if (it != null && it.type() != Item.Type.EDITORIAL) {
                byKey.computeIfAbsent(it.key(), k -> new ArrayList<>()).add(w);
            }
        }
        Set<Integer> best = null;
        for (List<Integer> ws : byKey.values()) {
            Set<String> surfaces = new HashSet<>();
            for (int w : ws) {
                surfaces.add(visible(c.item(w, col).surface(), ignoreCase));
            }
            if (surfaces.size() > 1 && (best == null || ws.size() > best.size())) {
                best = new HashSet<>(ws);
            }
        }
        return best;
    }

    private static java.util.Optional<Discrepancy> surfacePlace(Collation c, Set<Integer> group, int from, int to,
                                                                boolean ignoreCase) {
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!group.contains(w)) {
                continue;
            }
            List<Item> its = items(c, w, from, to);
            if (its.size() != to - from) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (Item it : its) {
                b.append(visible(it.surface(), ignoreCase)).append('\u0000');
            }
            byText.computeIfAbsent(b.toString(), k -> new ArrayList<>()).add(w);
        }
        if (byText.size() < 2) {
            return java.util.Optional.empty();
        }
        boolean caseOnly = byText.keySet().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().count() == 1;
        DiffKind kind = caseOnly ? DiffKind.CASE : DiffKind.TYPOGRAPHIC;
        List<Discrepancy.Reading> readings = new ArrayList<>();
        for (List<Integer> g : byText.values()) {
            readings.add(reading(c, g, from, to));
        }
        String fp = Fingerprints.ofPlace("surface", byText.keySet(), context(c, from));
        return java.util.Optional.of(new Discrepancy(null, c.clusterId, kind, kind.severity(), fp, readings, from, to));
    }

    /**
     * The same typographic change between the same versions, made again and again ("won’t" / "won't", "we’re" /
     * "we're": one version's straight apostrophes), is one place with every occurrence in its readings.
     */
    private static List<Discrepancy> sameChangeOnce(Collation c, List<Discrepancy> places) {
        Map<String, List<Discrepancy>> bySignature = new LinkedHashMap<>();
        for (Discrepancy d : places) {
            String key = d.kind() == DiffKind.TYPOGRAPHIC ? signature(c, d) : "#" + bySignature.size();
            bySignature.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Discrepancy> out = new ArrayList<>();
        for (List<Discrepancy> same : bySignature.values()) {
            Discrepancy first = same.get(0);
            if (same.size() == 1) {
                out.add(first);
                continue;
            }
            List<Discrepancy.Reading> readings = new ArrayList<>();
            for (int r = 0; r < first.readings().size(); r++) {
                List<Discrepancy.Location> spans = new ArrayList<>();
                for (Discrepancy d : same) {
                    spans.addAll(d.readings().get(r).spans());
                }
                readings.add(new Discrepancy.Reading(first.readings().get(r).text(), spans));
            }
            out.add(new Discrepancy(null, first.clusterId(), first.kind(), first.severity(), first.fingerprint(),
                    readings, first.fromColumn(), same.get(same.size() - 1).toColumn()));
        }
        return out;
    }

    /** Which versions print which reading, and the marks each reading uses: what a typographic change is. */
    private static String signature(Collation c, Discrepancy d) {
        StringBuilder b = new StringBuilder();
        for (Discrepancy.Reading r : d.readings()) {
            java.util.TreeSet<Integer> witnesses = new java.util.TreeSet<>();
            r.spans().forEach(l -> witnesses.add(witnessOf(c, l.quoteId())));
            java.util.TreeSet<Integer> marks = new java.util.TreeSet<>();
            r.text().codePoints().filter(cp -> !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp))
                    .map(StandardPlaceFinder::markStyle).forEach(marks::add);
            b.append(witnesses).append(marks).append('|');
        }
        return b.toString();
    }

    private static int witnessOf(Collation c, String quoteId) {
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (c.witnesses.get(w).quoteIds().contains(quoteId)) {
                return w;
            }
        }
        return -1;
    }

    /** Opening and closing forms of one mark are one style: “ and ” are curly double quotes. */
    private static int markStyle(int cp) {
        return switch (cp) {
            case '\u201D', '\u201E', '\u201F' -> '\u201C';
            case '\u2019', '\u201A', '\u201B' -> '\u2018';
            case '\u00BB' -> '\u00AB';
            default -> cp;
        };
    }

    /** What a reader sees: the backslash of a markdown escape is not printed; case when it counts. */
    private static String visible(String surface, boolean ignoreCase) {
        String s = surface.indexOf('\\') < 0 ? surface : surface.replaceAll("\\\\(\\p{Punct})", "$1");
        return ignoreCase ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }

    // ---- layer 3: spacing ------------------------------------------------------------------------------

    private static List<Discrepancy> spacingPlaces(Collation c) {
        // (column of the first word, column of the next) -> spacing -> witnesses
        Map<Long, Map<String, List<Integer>>> gaps = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            String text = c.versions.text(c.witnesses.get(w).reportId());
            int prevCol = -1;
            for (int col = 0; col < c.columns(); col++) {
                Item it = c.item(w, col);
                if (it == null) {
                    continue;
                }
                Item prev = prevCol >= 0 ? c.item(w, prevCol) : null;
                if (prev != null && prev.quoteId().equals(it.quoteId())) {
                    String between = text.substring(prev.end(), it.start());
                    String key = (prev.isWord() ? "" : prev.key()) + "\u0000" + (it.isWord() ? "" : it.key());
                    gaps.computeIfAbsent(((long) prevCol << 32) | col, k -> new LinkedHashMap<>())
                            .computeIfAbsent(key + "\u0000" + spacing(between), k -> new ArrayList<>()).add(w);
                }
                prevCol = col;
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        for (Map.Entry<Long, Map<String, List<Integer>>> e : gaps.entrySet()) {
            int from = (int) (e.getKey() >> 32);
            int to = (int) (e.getKey() & 0xffffffffL) + 1;
            // the same marks around the space (a word may differ: "concerning. While" / "concerning.  Whilst")
            Map<String, Map<String, List<Integer>>> byMarks = new LinkedHashMap<>();
            e.getValue().forEach((k, ws) -> {
                int cut = k.lastIndexOf('\u0000');
                byMarks.computeIfAbsent(k.substring(0, cut), x -> new LinkedHashMap<>()).put(k.substring(cut + 1), ws);
            });
            for (Map<String, List<Integer>> bySpace : byMarks.values()) {
                if (bySpace.size() < 2) {
                    continue;
                }
                List<Discrepancy.Reading> readings = new ArrayList<>();
                bySpace.forEach((space, g) -> readings.add(spaceReading(c, g, from, to - 1)));
                String fp = Fingerprints.ofPlace("spacing", bySpace.keySet(), context(c, to - 1));
                out.add(new Discrepancy(null, c.clusterId, DiffKind.TYPOGRAPHIC, Severity.COSMETIC, fp, readings,
                        from, to));
            }
        }
        return out;
    }

    /** The space between the items of columns {@code a} and {@code b}, in every witness of the group. */
    private static Discrepancy.Reading spaceReading(Collation c, List<Integer> group, int a, int b) {
        List<Discrepancy.Location> spans = new ArrayList<>();
        String text = null;
        for (int w : group) {
            Item x = c.item(w, a);
            Item y = c.item(w, b);
            Span s = new Span(x.end(), y.start());
            spans.add(new Discrepancy.Location(x.quoteId(), c.witnesses.get(w).reportId(), s));
            text = text == null ? s.of(c.versions.text(c.witnesses.get(w).reportId())) : text;
        }
        return new Discrepancy.Reading(text, spans);
    }

    /** Spacing as a reader sees it: a line break in running text is a space; other spaces count one by one. */
    private static String spacing(String between) {
        if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
            return " ";
        }
        return ODD_SPACES.matcher(between).replaceAll(" ");
    }

    // ---- layer 4: partial quotations and speakers -------------------------------------------------------

    /**
     * Partial quotations: for each run of sentences that fragments quote from, one place with the sentences in
     * full (as the fullest version prints them) against each fragment's words. Fragments of different sentences
     * are different places; fragments whose sentences overlap share one. Cosmetic: a fragment that rewords what it
     * quotes also shows in the places of layer 1.
     */
    private static void quotedInPart(Collation c, PlaceKinds kinds, List<Discrepancy> out) {
        List<int[]> ranges = new ArrayList<>(); // {from, to, witness}: each quotation of a fragment version
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!c.witnesses.get(w).fragment()) {
                continue;
            }
            Map<String, int[]> parts = new LinkedHashMap<>();
            for (int col = 0; col < c.columns(); col++) {
                Item it = c.item(w, col);
                if (it != null) {
                    int at = col;
                    int[] r = parts.computeIfAbsent(it.quoteId(), k -> new int[] {at, at + 1});
                    r[1] = col + 1;
                }
            }
            for (int[] r : parts.values()) {
                int from = r[0];
                int to = r[1];
                while (from > 0 && !c.sentenceEnd[from - 1]) {
                    from--;
                }
                while (to < c.columns() && !c.sentenceEnd[to - 1]) {
                    to++;
                }
                ranges.add(new int[] {from, to, w});
            }
        }
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
        int k = 0;
        while (k < ranges.size()) {
            int from = ranges.get(k)[0];
            int to = ranges.get(k)[1];
            List<Integer> fragments = new ArrayList<>(List.of(ranges.get(k)[2]));
            k++;
            while (k < ranges.size() && ranges.get(k)[0] < to) {
                to = Math.max(to, ranges.get(k)[1]);
                if (!fragments.contains(ranges.get(k)[2])) {
                    fragments.add(ranges.get(k)[2]);
                }
                k++;
            }
            List<Integer> copies = new ArrayList<>();
            List<Integer> reworded = new ArrayList<>();
            for (int w : fragments) {
                (rewords(c, w, from, to) ? reworded : copies).add(w);
            }
            if (!reworded.isEmpty()) {
                rewording(c, kinds, reworded, from, to, out);
            }
            int a = from;
            int b = to;
            if (copies.stream().anyMatch(w -> !printsInFull(c, w, a, b))) {
                partPlace(c, copies, from, to).ifPresent(out::add);
            }
        }
    }

    /** Whether the report of fragment {@code w} also prints the sentences it quotes in full: no change of its own. */
    private static boolean printsInFull(Collation c, int w, int from, int to) {
        String report = c.witnesses.get(w).reportId();
        for (int v = 0; v < c.witnesses.size(); v++) {
            if (v != w && !c.witnesses.get(v).fragment() && c.witnesses.get(v).reportId().equals(report)
                    && coversAll(c, v, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** The first full version with words in the columns, or -1. */
    private static int fullest(Collation c, int from, int to) {
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (!c.witnesses.get(w).fragment() && hasItem(c, w, from, to)) {
                return w;
            }
        }
        return -1;
    }

    /** Whether fragment {@code w} leaves out or changes words between its first and last word. */
    private static boolean rewords(Collation c, int w, int from, int to) {
        int full = fullest(c, from, to);
        return full >= 0 && changed(c, w, full, from, to) != null;
    }

    /** The first and last column between fragment {@code w}'s first and last word where it differs from {@code full}. */
    private static int[] changed(Collation c, int w, int full, int from, int to) {
        int first = -1;
        int last = -1;
        for (int col = from; col < to; col++) {
            Item it = c.item(w, col);
            if (it != null && it.isWord()) {
                first = first < 0 ? col : first;
                last = col;
            }
        }
        int[] out = null;
        for (int col = first; col >= 0 && col <= last; col++) {
            Item mine = c.item(w, col);
            Item theirs = c.item(full, col);
            boolean myWord = mine != null && mine.isWord();
            boolean theirWord = theirs != null && theirs.isWord();
            if (myWord != theirWord || (myWord && !mine.key().equals(theirs.key()))) {
                out = out == null ? new int[] {col, col} : new int[] {out[0], col};
            }
        }
        return out;
    }

    /**
     * Fragments that reword what they quote. Where the full versions already differ there (a word place of layer
     * 1), the fragments' words join that place as readings of their own; elsewhere they get a place of the columns
     * where they differ from the fullest version.
     */
    private static void rewording(Collation c, PlaceKinds kinds, List<Integer> ws, int from, int to,
                                  List<Discrepancy> out) {
        int full = fullest(c, from, to);
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int w : ws) {
            int[] ch = changed(c, w, full, from, to);
            if (ch != null) {
                first = Math.min(first, ch[0]);
                last = Math.max(last, ch[1]);
            }
        }
        if (last < 0) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            Discrepancy d = out.get(i);
            if (d.fromColumn() >= 0 && d.fromColumn() <= last && d.toColumn() > first) {
                Map<String, List<Integer>> byKey = new LinkedHashMap<>();
                for (int w : ws) {
                    if (hasItem(c, w, d.fromColumn(), d.toColumn())) {
                        byKey.computeIfAbsent(keys(c, w, d.fromColumn(), d.toColumn()), k -> new ArrayList<>()).add(w);
                    }
                }
                List<Discrepancy.Reading> readings = new ArrayList<>(d.readings());
                for (List<Integer> g : byKey.values()) {
                    readings.add(reading(c, g, d.fromColumn(), d.toColumn()));
                }
                out.set(i, new Discrepancy(d.id(), d.clusterId(), d.kind(), d.severity(), d.fingerprint(), readings,
                        d.fromColumn(), d.toColumn()));
                return;
            }
        }
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int v = 0; v < c.witnesses.size(); v++) {
            boolean mine = ws.contains(v) && hasItem(c, v, from, to);
            if (mine || (!c.witnesses.get(v).fragment() && coversAll(c, v, first, last + 1))) {
                byKey.computeIfAbsent(keys(c, v, first, last + 1), k -> new ArrayList<>()).add(v);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(byKey.values());
        List<Integer> all = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            all.add(g);
        }
        placeOf(c, kinds, groups, new ArrayList<>(byKey.keySet()), all, first, last + 1).ifPresent(out::add);
    }

    private static java.util.Optional<Discrepancy> partPlace(Collation c, List<Integer> fragments, int from, int to) {
        List<Integer> whole = new ArrayList<>();
        Map<String, List<Integer>> parts = new LinkedHashMap<>();
        for (int w = 0; w < c.witnesses.size(); w++) {
            if (fragments.contains(w)) {
                parts.computeIfAbsent(keys(c, w, from, to), x -> new ArrayList<>()).add(w);
            } else if (!c.witnesses.get(w).fragment() && hasItem(c, w, from, to)) {
                whole.add(w);
            }
        }
        if (whole.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Discrepancy.Reading> readings = new ArrayList<>(List.of(reading(c, whole, from, to)));
        for (List<Integer> g : parts.values()) {
            readings.add(reading(c, g, from, to));
        }
        List<String> byKey = new ArrayList<>(parts.keySet());
        byKey.add(keys(c, whole.get(0), from, to));
        String fp = Fingerprints.ofPlace("part", byKey, "");
        return java.util.Optional.of(new Discrepancy(null, c.clusterId, DiffKind.TRUNCATION, Severity.COSMETIC, fp,
                readings, from, to));
    }

    /** Named people who differ: compared on the attributions, never on the quoted words. */
    private static java.util.Optional<Discrepancy> speakers(Collation c) {
        Map<String, List<Discrepancy.Location>> byName = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Witness w : c.witnesses) {
            for (String id : w.quoteIds()) {
                Quote q = c.versions.quote(id);
                String s = q.speaker();
                Span at = q.attribution().speakerSpan();
                if (s == null || at == null || !Speakers.isPersonName(s)) {
                    continue;
                }
                String name = byName.keySet().stream().filter(k -> Speakers.same(k, s) || Speakers.sameAcrossScripts(k, s))
                        .findFirst().orElse(s);
                byName.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Discrepancy.Location(q.id(), q.reportId(), at));
                printed.putIfAbsent(name, s);
                break;
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        boolean differ = false;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                differ |= !Speakers.same(names.get(i), names.get(j))
                        && !Speakers.sameAcrossScripts(names.get(i), names.get(j));
            }
        }
        if (!differ) {
            return java.util.Optional.empty();
        }
        List<Discrepancy.Reading> readings = new ArrayList<>();
        names.forEach(n -> readings.add(new Discrepancy.Reading(printed.get(n), byName.get(n))));
        String fp = Fingerprints.ofPlace("speaker", byName.keySet(), "");
        return java.util.Optional.of(new Discrepancy(null, c.clusterId, DiffKind.SPEAKER, Severity.SUBSTANTIVE, fp,
                readings, -1, -1));
    }
}
