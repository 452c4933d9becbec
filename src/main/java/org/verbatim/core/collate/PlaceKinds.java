package org.verbatim.core.collate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.quote.Quote;

/**
 * The kind of a word-level place, as a desk editor would name it, from how its readings differ from the
 * reference reading (the fullest version's): a truncation where a version stops early or starts late, an
 * editor's insertion, a different translation where two versions render the whole utterance differently, a word
 * left out, added or changed, a number, a date, a name, or only spelling, case, typography or punctuation.
 */
final class PlaceKinds {

    /** The kind and severity of a place. */
    record Verdict(DiffKind kind, Severity severity) {}

    private static final java.util.Set<DiffKind> WORD_CHANGES =
            java.util.EnumSet.of(DiffKind.WORD_SUBSTITUTED, DiffKind.WORD_INSERTED, DiffKind.WORD_DELETED);

    /** Two versions are different translations when they differ in at least this many separate places. */
    private static final int TRANSLATED_CHANGES = 3;

    private final Collation c;
    private final Boolean[][] translated;

    PlaceKinds(Collation c) {
        this.c = c;
        int n = c.witnesses.size();
        this.translated = new Boolean[n][n];
    }

    /**
     * @param groups the witnesses of each reading, the reference reading's first
     */
    Verdict classify(List<List<Integer>> groups, int from, int to) {
        int ref = groups.get(0).get(0);
        groupSize = new java.util.HashMap<>();
        for (List<Integer> g : groups) {
            g.forEach(w -> groupSize.put(w, g.size()));
        }
        Map<DiffKind, Integer> votes = new EnumMap<>(DiffKind.class);
        Map<DiffKind, Severity> severity = new EnumMap<>(DiffKind.class);
        for (int g = 1; g < groups.size(); g++) {
            Verdict v = pair(ref, groups.get(g).get(0), from, to);
            votes.merge(v.kind(), groups.get(g).size(), Integer::sum);
            severity.merge(v.kind(), v.severity(),
                    (x, y) -> x == Severity.SUBSTANTIVE || y == Severity.SUBSTANTIVE ? Severity.SUBSTANTIVE : x);
        }
        DiffKind best = null;
        for (Map.Entry<DiffKind, Integer> e : votes.entrySet()) {
            boolean substantive = e.getKey().severity() == Severity.SUBSTANTIVE;
            boolean bestSubstantive = best != null && best.severity() == Severity.SUBSTANTIVE;
            if (best == null || substantive && !bestSubstantive
                    || substantive == bestSubstantive && e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        if (votes.containsKey(DiffKind.TRANSLATION) && WORD_CHANGES.contains(best)) {
            best = DiffKind.TRANSLATION; // one reading from another translation makes the place a translation's
        }
        return new Verdict(best, severity.getOrDefault(best, best.severity()));
    }

    /** How reading {@code b} differs from the reference reading {@code a} over the place. */
    private Verdict pair(int a, int b, int from, int to) {
        List<Item> ia = StandardPlaceFinder.items(c, a, from, to);
        List<Item> ib = StandardPlaceFinder.items(c, b, from, to);
        if (ia.isEmpty() || ib.isEmpty()) {
            List<Item> full = ia.isEmpty() ? ib : ia;
            int empty = ia.isEmpty() ? a : b;
            if (full.stream().anyMatch(i -> i.type() == Item.Type.EDITORIAL) && full.stream().noneMatch(Item::isWord)) {
                return of(DiffKind.EDITORIAL);
            }
            if (full.stream().noneMatch(Item::isWord)) {
                return of(hyphen(full, ia.isEmpty() ? b : a) ? DiffKind.TYPOGRAPHIC : DiffKind.PUNCTUATION);
            }
            if (atEdge(empty, from, to)) {
                return of(DiffKind.TRUNCATION);
            }
            if (translated(a, b) && words(full).size() <= 2) {
                return of(DiffKind.TRANSLATION);
            }
            return of(inserted(a, b, ia.isEmpty()) ? DiffKind.WORD_INSERTED : DiffKind.WORD_DELETED);
        }
        if (ia.stream().anyMatch(i -> i.type() == Item.Type.EDITORIAL) || ib.stream().anyMatch(i -> i.type() == Item.Type.EDITORIAL)) {
            return of(DiffKind.EDITORIAL);
        }
        List<String> wa = words(ia);
        List<String> wb = words(ib);
        if (hasEllipsis(ia) && !wb.isEmpty() && wa.size() < wb.size()
                || hasEllipsis(ib) && !wa.isEmpty() && wb.size() < wa.size()) {
            return of(DiffKind.EDITORIAL); // "..." where the other version has words: an omission, marked
        }
        if (wa.equals(wb)) {
            return of(DiffKind.PUNCTUATION);
        }
        if (WordClasses.compact(wa).equals(WordClasses.compact(wb))) {
            return of(DiffKind.TYPOGRAPHIC);
        }
        if (WordClasses.sameContracted(wa, wb) || WordClasses.spellingVariants(wa, wb)) {
            return of(DiffKind.SPELLING);
        }
        if (WordClasses.sameWord(wa, wb)) {
            return new Verdict(DiffKind.WORD_SUBSTITUTED, Severity.COSMETIC);
        }
        Long va = WordClasses.hasNumber(wa) ? WordClasses.value(wa) : null;
        if (va != null && va.equals(WordClasses.value(wb))) {
            return of(DiffKind.TYPOGRAPHIC); // "2" / "two", "2,000" / "2000"
        }
        if (WordClasses.hasDate(wa) || WordClasses.hasDate(wb)) {
            return WordClasses.sameDate(wa, wb) ? new Verdict(DiffKind.DATE_TIME, Severity.COSMETIC)
                    : of(DiffKind.DATE_TIME);
        }
        if (WordClasses.hasNumber(wa) && WordClasses.hasNumber(wb)) {
            return of(DiffKind.NUMBER);
        }
        if (startsLate(a, wa, wb, from) || startsLate(b, wb, wa, from) || stopsEarly(a, wa, wb, to)
                || stopsEarly(b, wb, wa, to)) {
            return of(DiffKind.TRUNCATION); // "The president" where the other prints "I think the president"
        }
        if (cutOff(a, ia, ib) || cutOff(b, ib, ia)) {
            return of(DiffKind.TRUNCATION); // "governm" where the page was cut
        }
        boolean translatedPair = translated(a, b);
        if (!translatedPair && WordClasses.hasName(ia, opensSentence(a, from)) && WordClasses.hasName(ib, opensSentence(b, from))) {
            return of(DiffKind.NAME);
        }
        return of(translatedPair ? DiffKind.TRANSLATION : DiffKind.WORD_SUBSTITUTED);
    }

    /**
     * Words one version has and another lacks are words left out, as a rule: editors shorten quotations far
     * more often than they add to them. Added, when one version alone prints them against three or more.
     */
    private boolean inserted(int a, int b, boolean aLacks) {
        int printing = aLacks ? b : a;
        int lacking = aLacks ? a : b;
        return countSame(printing) == 1 && countSame(lacking) >= 3;
    }

    private int countSame(int w) {
        return groupSize == null ? 1 : groupSize.getOrDefault(w, 1);
    }

    private Map<Integer, Integer> groupSize;

    private static Verdict of(DiffKind k) {
        return new Verdict(k, k.severity());
    }

    private static List<String> words(List<Item> items) {
        List<String> out = new ArrayList<>();
        for (Item it : items) {
            if (it.isWord()) {
                out.add(it.key());
            }
        }
        return out;
    }

    private static boolean hasEllipsis(List<Item> items) {
        return items.stream().anyMatch(i -> i.key().equals("..."));
    }

    /** A lone hyphen joining two words with no space: "Thank-you" / "Thank you". */
    private boolean hyphen(List<Item> full, int w) {
        if (full.size() != 1 || !full.get(0).key().equals("-")) {
            return false;
        }
        Item h = full.get(0);
        List<Item> its = c.items.get(w);
        int k = its.indexOf(h);
        return k > 0 && k + 1 < its.size() && its.get(k - 1).end() == h.start() && its.get(k + 1).start() == h.end()
                && its.get(k - 1).isWord() && its.get(k + 1).isWord();
    }

    /** The witness has no words before the place, or none after it: it starts late or stops early. */
    boolean atEdge(int w, int from, int to) {
        // only marks beyond the gap: "angry," against "angry about this increase,"
        return !hasWord(w, 0, from) || !hasWord(w, to, c.columns());
    }

    private boolean hasWord(int w, int from, int to) {
        return StandardPlaceFinder.items(c, w, from, to).stream().anyMatch(Item::isWord);
    }

    /** {@code mine} is the end of {@code theirs} and witness {@code w} prints nothing before it. */
    private boolean startsLate(int w, List<String> mine, List<String> theirs, int from) {
        return mine.size() < theirs.size() && theirs.subList(theirs.size() - mine.size(), theirs.size()).equals(mine)
                && !StandardPlaceFinder.hasItem(c, w, 0, from);
    }

    /** {@code mine} is the beginning of {@code theirs} and witness {@code w} prints nothing after it. */
    private boolean stopsEarly(int w, List<String> mine, List<String> theirs, int to) {
        return mine.size() < theirs.size() && theirs.subList(0, mine.size()).equals(mine)
                && !StandardPlaceFinder.hasItem(c, w, to, c.columns());
    }

    /** A word cut off where the text breaks off: the witness's last word, a beginning of the other's word. */
    private boolean cutOff(int w, List<Item> mine, List<Item> theirs) {
        Item last = mine.get(mine.size() - 1);
        List<Item> all = c.items.get(w);
        if (all.get(all.size() - 1) != last || !last.isWord()) {
            return false;
        }
        Quote q = c.versions.quote(last.quoteId());
        if (q.closeMark() != null && q.form() == org.verbatim.core.quote.QuoteForm.MARKED) {
            return false;
        }
        for (Item t : theirs) {
            if (t.isWord() && t.key().length() > last.key().length() && t.key().startsWith(last.key())) {
                return true;
            }
        }
        return false;
    }

    private boolean opensSentence(int w, int from) {
        for (int col = from - 1; col >= 0; col--) {
            Item it = c.item(w, col);
            if (it != null) {
                return it.endsSentence() || c.sentenceEnd[col];
            }
        }
        return true;
    }

    /** Whether two readings on both sides of a short agreeing stretch come from two translations. */
    boolean translatedPairDiffersIn(int[] p, int[] q) {
        int n = c.witnesses.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (StandardPlaceFinder.coversAll(c, i, p[0], q[1]) && StandardPlaceFinder.coversAll(c, j, p[0], q[1])
                        && differ(i, j, p) && differ(i, j, q) && translated(i, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean differ(int i, int j, int[] range) {
        return !StandardPlaceFinder.keys(c, i, range[0], range[1]).equals(StandardPlaceFinder.keys(c, j, range[0], range[1]));
    }

    /**
     * Two versions are different translations (or paraphrases) of the utterance when, where both print it, they
     * change words in {@value #TRANSLATED_CHANGES} or more separate places, or share under half the words both print.
     * An edited copy changes one thing; two translators change many.
     */
    boolean translated(int a, int b) {
        if (a == b) {
            return false;
        }
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        if (translated[i][j] == null) {
            translated[i][j] = computeTranslated(i, j);
        }
        return translated[i][j];
    }

    private boolean computeTranslated(int a, int b) {
        int agree = 0;
        int total = 0;
        int changes = 0;
        int runFrom = -1;
        for (int col = 0; col <= c.columns(); col++) {
            boolean both = col < c.columns() && c.covers(a, col) && c.covers(b, col);
            Item x = both ? c.item(a, col) : null;
            Item y = both ? c.item(b, col) : null;
            boolean words = x != null && x.isWord() || y != null && y.isWord();
            boolean same = x != null && y != null && x.key().equals(y.key());
            if (both && x != null && y != null && x.isWord() && y.isWord()) {
                total++; // words both print: what a gap leaves out says nothing of the translation
                agree += same ? 1 : 0;
            }
            boolean diff = both && words && !same;
            if (diff && runFrom < 0) {
                runFrom = col;
            } else if (!diff && runFrom >= 0) {
                if (substitution(a, b, runFrom, col)) {
                    changes++;
                }
                runFrom = -1;
            }
        }
        // where the story says the words were translated, one rewording is a second translation, not an edit
        int needed = c.versions.translated() ? 1 : TRANSLATED_CHANGES;
        return changes >= needed || total >= 6 && agree * (c.versions.translated() ? 4 : 2) < total * (c.versions.translated() ? 3 : 1);
    }

    /** Both print words in the run and they are not the same words spelt another way. */
    private boolean substitution(int a, int b, int from, int to) {
        List<String> wa = words(StandardPlaceFinder.items(c, a, from, to));
        List<String> wb = words(StandardPlaceFinder.items(c, b, from, to));
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Long va = WordClasses.value(wa);
        return !WordClasses.compact(wa).equals(WordClasses.compact(wb)) && !WordClasses.spellingVariants(wa, wb)
                && !WordClasses.sameWord(wa, wb) && !WordClasses.sameContracted(wa, wb)
                && !(va != null && va.equals(WordClasses.value(wb))) && !WordClasses.sameDate(wa, wb);
    }
}
