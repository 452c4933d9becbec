package org.verbatim.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.TokenType;

/**
 * Word-level differences between two versions of a quotation (java-diff-utils, Myers), each classified:
 * editorial insertions and truncations are split out of a change, punctuation is paired with punctuation,
 * and what is left is a word inserted, deleted or substituted (or a number, name, date, spelling or case
 * change). Versions that share too few words are another translation, reported once for the whole quote.
 */
public final class VersionDiffer {

    /** Below this share of the shorter version's words in common, two versions are different translations. */
    private final double translationBelow;

    public VersionDiffer(double translationBelow) {
        this.translationBelow = translationBelow;
    }

    public static VersionDiffer standard() {
        return new VersionDiffer(0.6);
    }

    /**
     * @param a        the reference version's tokens
     * @param b        the other version's tokens
     * @param reworded   true when alignment already judged the two a rewording
     * @param ignoreCase true when the user asked that case differences not count
     */
    public List<Difference> diff(List<Token> a, List<Token> b, boolean reworded, boolean ignoreCase) {
        Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.norm().equals(y.norm()));
        // whether the words are the same is a question of words, not of case
        Patch<Token> words = DiffUtils.diff(a, b, (x, y) -> x.norm().equalsIgnoreCase(y.norm()));
        if (reworded || sharedWordShare(a, b, words) < translationBelow) {
            return List.of(new Difference(DiffKind.TRANSLATION, whole(a), whole(b)));
        }
        List<Difference> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<Token> d : patch.getDeltas()) {
            typography(a, b, ia, d.getSource().getPosition(), ib, ignoreCase, out);
            classify(a, b, d.getSource().getPosition(), d.getSource().last() + 1,
                    d.getTarget().getPosition(), d.getTarget().last() + 1, out);
            ia = d.getSource().getPosition() + d.getSource().size();
            ib = d.getTarget().getPosition() + d.getTarget().size();
        }
        typography(a, b, ia, a.size(), ib, ignoreCase, out);
        return out;
    }

    /** Equal tokens printed differently (curly vs straight apostrophe, case when ignored), merged into runs. */
    private static void typography(List<Token> a, List<Token> b, int fromA, int toA, int fromB, boolean ignoreCase,
                                   List<Difference> out) {
        Span runA = null;
        Span runB = null;
        boolean caseOnly = true;
        for (int k = 0; fromA + k <= toA; k++) {
            boolean differs = false;
            if (fromA + k < toA) {
                Token x = a.get(fromA + k);
                Token y = b.get(fromB + k);
                String vx = visible(x.surface());
                String vy = visible(y.surface());
                differs = ignoreCase ? !vx.equalsIgnoreCase(vy) : !vx.equals(vy);
                if (differs) {
                    runA = runA == null ? x.span() : new Span(runA.start(), x.end());
                    runB = runB == null ? y.span() : new Span(runB.start(), y.end());
                    caseOnly &= vx.equalsIgnoreCase(vy);
                }
            }
            if (!differs && runA != null) {
                out.add(new Difference(caseOnly ? DiffKind.CASE : DiffKind.TYPOGRAPHIC, runA, runB));
                runA = null;
                runB = null;
                caseOnly = true;
            }
        }
    }

    /** What a reader sees: the backslash of a markdown escape is not printed. */
    private static String visible(String surface) {
        return surface.indexOf('\\') < 0 ? surface : surface.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private static void classify(List<Token> a, List<Token> b, int sa, int ea, int sb, int eb, List<Difference> out) {
        List<Token> s = new ArrayList<>(a.subList(sa, ea));
        List<Token> t = new ArrayList<>(b.subList(sb, eb));
        // at the quote's edge, punctuation aside ("…about this," vs "…about this size,")
        boolean atStart = onlyPunctuation(a, 0, sa) && onlyPunctuation(b, 0, sb);
        boolean atEnd = onlyPunctuation(a, ea, a.size()) && onlyPunctuation(b, eb, b.size());
        int posA = sa < a.size() ? a.get(sa).start() : a.isEmpty() ? 0 : a.get(a.size() - 1).end();
        int posB = sb < b.size() ? b.get(sb).start() : b.isEmpty() ? 0 : b.get(b.size() - 1).end();

        editorial(s, t, posA, posB, true, out);
        editorial(t, s, posB, posA, false, out);
        while (!s.isEmpty() && !t.isEmpty() && isPunct(s.get(0)) && isPunct(t.get(0))) {
            Token x = s.remove(0);
            Token y = t.remove(0);
            if (!x.norm().equals(y.norm())) {
                out.add(new Difference(DiffKind.PUNCTUATION, x.span(), y.span()));
            }
            posA = x.end();
            posB = y.end();
        }
        while (!s.isEmpty() && !t.isEmpty() && isPunct(s.get(s.size() - 1)) && isPunct(t.get(t.size() - 1))) {
            Token x = s.remove(s.size() - 1);
            Token y = t.remove(t.size() - 1);
            if (!x.norm().equals(y.norm())) {
                out.add(new Difference(DiffKind.PUNCTUATION, x.span(), y.span()));
            }
        }
        if (s.isEmpty() && t.isEmpty()) {
            return;
        }
        Span spanA = s.isEmpty() ? new Span(posA, posA) : cover(s);
        Span spanB = t.isEmpty() ? new Span(posB, posB) : cover(t);
        if (s.isEmpty() || t.isEmpty()) {
            List<Token> extra = s.isEmpty() ? t : s;
            DiffKind kind;
            if (extra.size() == 1 && extra.get(0).norm().equals("-") && between(s.isEmpty() ? b : a,
                    extra.get(0))) {
                kind = DiffKind.TYPOGRAPHIC; // hyphenation: "Thank-you" / "Thank you"
            } else if (WordClasses.allPunctuation(extra)) {
                kind = DiffKind.PUNCTUATION;
            } else if (atStart || atEnd) {
                kind = DiffKind.TRUNCATION;
                Span words = coverWords(extra);
                spanA = s.isEmpty() ? spanA : words;
                spanB = t.isEmpty() ? spanB : words;
            } else {
                kind = s.isEmpty() ? DiffKind.WORD_INSERTED : DiffKind.WORD_DELETED;
            }
            out.add(new Difference(kind, spanA, spanB));
            return;
        }
        out.add(new Difference(substitution(s, t, a, sa, b, sb), spanA, spanB));
    }

    private static DiffKind substitution(List<Token> s, List<Token> t, List<Token> a, int sa, List<Token> b, int sb) {
        if (WordClasses.allPunctuation(s) && WordClasses.allPunctuation(t)) {
            return DiffKind.PUNCTUATION;
        }
        String js = WordClasses.join(s);
        String jt = WordClasses.join(t);
        if (js.equalsIgnoreCase(jt)) {
            return DiffKind.CASE;
        }
        if (WordClasses.compact(s).equals(WordClasses.compact(t))) {
            return DiffKind.TYPOGRAPHIC;
        }
        if (WordClasses.spellingVariants(s, t)) {
            return DiffKind.SPELLING;
        }
        if (WordClasses.hasNumber(s) && WordClasses.hasNumber(t)) {
            Long x = WordClasses.value(s);
            Long y = WordClasses.value(t);
            if (x != null && x.equals(y)) {
                return DiffKind.TYPOGRAPHIC; // "2,000" / "2000", "12" / "twelve"
            }
        }
        if (WordClasses.hasDate(s) || WordClasses.hasDate(t) || sa > 0 && WordClasses.hasDate(a.subList(sa - 1, sa))) {
            return DiffKind.DATE_TIME; // also the day after a month: "May 5" / "May 6"
        }
        if (WordClasses.hasNumber(s) && WordClasses.hasNumber(t)) {
            return DiffKind.NUMBER;
        }
        if (WordClasses.hasName(s, a, sa) || WordClasses.hasName(t, b, sb)) {
            return DiffKind.NAME;
        }
        return DiffKind.WORD_SUBSTITUTED;
    }

    /**
     * Moves editorial insertions of {@code mine} ("[dialogue]", "(sic)", "...") into {@code out} as
     * differences, removing them from the list.
     */
    private static void editorial(List<Token> mine, List<Token> theirs, int myPos, int theirPos, boolean mineIsA,
                                  List<Difference> out) {
        for (int k = 0; k < mine.size(); k++) {
            int end = editorialEnd(mine, k);
            if (end < 0) {
                continue;
            }
            Span span = new Span(mine.get(k).start(), mine.get(end).end());
            Span none = new Span(theirPos, theirPos);
            out.add(mineIsA ? new Difference(DiffKind.EDITORIAL, span, none)
                    : new Difference(DiffKind.EDITORIAL, none, span));
            mine.subList(k, end + 1).clear();
            k--;
        }
    }

    /** The index of the last token of an editorial insertion starting at {@code k}, or -1. */
    private static int editorialEnd(List<Token> tokens, int k) {
        String first = tokens.get(k).norm();
        if (first.startsWith("...")) {
            return k;
        }
        if (first.equals("[")) {
            for (int j = k + 1; j < tokens.size() && j <= k + 8; j++) {
                if (tokens.get(j).norm().equals("]")) {
                    return j;
                }
            }
        }
        if (first.equals("(") && k + 2 < tokens.size() && tokens.get(k + 2).norm().equals(")")) {
            String inner = tokens.get(k + 1).norm().toLowerCase(Locale.ROOT);
            if (inner.equals("sic") || inner.startsWith("...")) {
                return k + 2;
            }
        }
        if (first.equals("(") && k + 3 < tokens.size() && tokens.get(k + 1).norm().equalsIgnoreCase("sic")
                && tokens.get(k + 2).norm().equals("!") && tokens.get(k + 3).norm().equals(")")) {
            return k + 3;
        }
        return -1;
    }

    /** Share of the shorter version's words that the diff found equal. */
    private static double sharedWordShare(List<Token> a, List<Token> b, Patch<Token> patch) {
        int wordsA = countWords(a);
        int wordsB = countWords(b);
        int changedA = 0;
        int changedB = 0;
        for (AbstractDelta<Token> d : patch.getDeltas()) {
            changedA += countWords(d.getSource().getLines());
            changedB += countWords(d.getTarget().getLines());
        }
        int equal = wordsA - changedA;
        int shorter = Math.min(wordsA, wordsB);
        return shorter == 0 ? 1.0 : (double) equal / shorter;
    }

    private static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWordLike()) {
                n++;
            }
        }
        return n;
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isPunct(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A token directly between two words, with no space: the hyphen of "Thank-you". */
    private static boolean between(List<Token> tokens, Token t) {
        int k = tokens.indexOf(t);
        return k > 0 && k < tokens.size() - 1 && tokens.get(k - 1).end() == t.start()
                && tokens.get(k + 1).start() == t.end() && tokens.get(k - 1).isWordLike()
                && tokens.get(k + 1).isWordLike();
    }

    private static boolean isPunct(Token t) {
        return t.type() == TokenType.PUNCT;
    }

    private static Span cover(List<Token> tokens) {
        return new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /** The span from the first to the last token that is not punctuation. */
    private static Span coverWords(List<Token> tokens) {
        int first = 0;
        int last = tokens.size() - 1;
        while (first < last && isPunct(tokens.get(first))) {
            first++;
        }
        while (last > first && isPunct(tokens.get(last))) {
            last--;
        }
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }

    private static Span whole(List<Token> tokens) {
        return tokens.isEmpty() ? new Span(0, 0) : cover(tokens);
    }
}
