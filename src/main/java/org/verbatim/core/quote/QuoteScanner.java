package org.verbatim.core.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.QuoteMarks.Family;
import org.verbatim.core.quote.QuoteMarks.Mark;
import org.verbatim.core.quote.QuoteMarks.Role;

/**
 * Finds the spans between quotation marks, paragraph by paragraph, with a stack so that quotes nest.
 * It copes with what real pages print: straight and curly marks mixed in one quote, a closing mark that
 * never comes (the quote then ends with its paragraph), a quote that runs over several paragraphs (an
 * opening mark on each, the closing one only at the end), and apostrophes that look like single quotes.
 */
final class QuoteScanner {

    /**
     * A quotation found between marks.
     *
     * @param open       index of the opening mark
     * @param close      index of the closing mark, or -1 when the paragraph ended first
     * @param content    the words between the marks, trimmed
     * @param parent     index in the result list of the enclosing quotation, or -1
     * @param paragraph  index of the paragraph
     * @param continues  index of the quotation in the previous paragraph that this one continues, or -1
     */
    record Raw(int open, int close, Span content, int parent, int paragraph, int continues, Family family) {}

    /** Working form: continuation recorded by the continued quote's opening mark, stable under sorting. */
    private record Found(int open, int close, Span content, int paragraph, int continuesOpen, Family family) {}

    /** Longer than any real quotation in one paragraph: what a stray mark would open. */
    static final int MAX_QUOTE = 4000;

    private static final Set<String> ELISIONS = Set.of("em", "til", "cause", "n", "tis", "twas", "bout", "round");

    private record Open(int index, Family family, char glyph) {}

    List<Raw> scan(String text, List<Span> paragraphs) {
        List<Found> out = new ArrayList<>();
        int pendingOuter = -1; // unterminated top-level quote of the previous paragraph, index in out
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            Deque<Open> stack = new ArrayDeque<>();
            int firstInParagraph = out.size();
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                Mark mark = QuoteMarks.of(c);
                if (mark == null) {
                    continue;
                }
                if (mark.family() == Family.SINGLE && i + 1 < para.end() && text.charAt(i + 1) == c) {
                    // two single marks typed for a double one: ’’ closing a “, or '' opening
                    Open dbl = findOpen(stack, Family.DOUBLE);
                    if (dbl != null && c != '\u2018') {
                        while (!stack.isEmpty()) {
                            Open top = stack.pop();
                            emit(text, p, top, top == dbl ? i : -1, i, out);
                            if (top == dbl) {
                                break;
                            }
                        }
                        i++;
                        continue;
                    }
                    char after = i + 2 < para.end() ? text.charAt(i + 2) : ' ';
                    if (dbl == null && c != '\u2019' && !isSpace(after)) {
                        stack.push(new Open(i + 1, Family.DOUBLE, '"'));
                        i++;
                        continue;
                    }
                }
                char prev = i > para.start() ? text.charAt(i - 1) : ' ';
                char next = i + 1 < para.end() ? text.charAt(i + 1) : ' ';
                if (c == '\u00AB' || c == '\u00BB' || c == '\u2039' || c == '\u203A') {
                    // French typography pads guillemets with a no-break space: « Switzerland … neighbour »
                    if (isPad(next) && i + 2 < para.end() && !isSpace(text.charAt(i + 2))) {
                        next = text.charAt(i + 2);
                    }
                    if (isPad(prev) && i - 2 >= para.start() && !isSpace(text.charAt(i - 2))) {
                        prev = text.charAt(i - 2);
                    }
                }
                boolean left = !isSpace(next) && (isSpace(prev) || isOpeningContext(prev));
                boolean right = !isSpace(prev) && (isSpace(next) || isClosingContext(next));
                if (mark.family() == Family.SINGLE && isApostrophe(text, i, para, prev, next, left, right, stack)) {
                    continue;
                }
                Open target = findOpen(stack, mark.family());
                if (target != null && canClose(c, mark, left, right)) {
                    // close the target; quotes opened inside it and never closed end here too
                    while (!stack.isEmpty()) {
                        Open top = stack.pop();
                        emit(text, p, top, top == target ? i : -1, i, out);
                        if (top == target) {
                            break;
                        }
                    }
                    continue;
                }
                if (canOpen(c, mark, left, right, target != null)) {
                    stack.push(new Open(i, mark.family(), c));
                }
            }
            // the paragraph ends: whatever is still open ends here; the outermost may run on
            int outermost = -1;
            while (!stack.isEmpty()) {
                Open top = stack.pop();
                int idx = emit(text, p, top, -1, para.end(), out);
                if (stack.isEmpty()) {
                    outermost = idx;
                }
            }
            if (pendingOuter >= 0) {
                Found continued = out.get(pendingOuter);
                int start = firstNonSpace(text, para);
                for (int k = firstInParagraph; k < out.size(); k++) {
                    Found f = out.get(k);
                    if (f.open() == start && f.family() == continued.family()) {
                        out.set(k, new Found(f.open(), f.close(), f.content(), f.paragraph(), continued.open(),
                                f.family()));
                    }
                }
            }
            pendingOuter = outermost;
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return link(out);
    }

    /**
     * Records the quote opened at {@code o} and ending at {@code end} (its closing mark, or the paragraph end).
     * Returns its index in {@code out}, or -1 when it held no words.
     */
    private static int emit(String text, int p, Open o, int closeMark, int end, List<Found> out) {
        int from = o.index() + 1;
        if (end - from > MAX_QUOTE) {
            // longer than any quotation: a stray mark; the quote it opened ends with its first sentence
            end = sentenceEnd(text, from, from + MAX_QUOTE);
            closeMark = -1;
        }
        Span content = trim(text, from, Math.max(from, end));
        if (!hasWords(text, content)) {
            return -1;
        }
        out.add(new Found(o.index(), closeMark, content, p, -1, o.family()));
        return out.size() - 1;
    }

    /** Parents from containment, continuations from opening marks: indexes into the sorted list. */
    private static List<Raw> link(List<Found> found) {
        List<Raw> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Found r = found.get(k);
            int parent = -1;
            for (int j = k - 1; j >= 0; j--) {
                Found q = found.get(j);
                if (q.paragraph() == r.paragraph() && q.content().end() >= r.content().end()
                        && (q.close() < 0 || q.close() > r.open())) {
                    parent = j;
                    break;
                }
            }
            int cont = -1;
            for (int j = 0; j < k && r.continuesOpen() >= 0; j++) {
                if (found.get(j).open() == r.continuesOpen()) {
                    cont = j;
                }
            }
            out.add(new Raw(r.open(), r.close(), r.content(), parent, r.paragraph(), cont, r.family()));
        }
        return out;
    }

    /** The end of the first sentence in {@code [from, limit)}, or {@code limit} at a word boundary. */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        int cut = limit;
        while (cut > from && !Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut > from ? cut : limit;
    }

    private static Open findOpen(Deque<Open> stack, Family family) {
        for (Open o : stack) {
            if (o.family() == family) {
                return o;
            }
        }
        return null;
    }

    private static boolean canClose(char c, Mark mark, boolean left, boolean right) {
        if (mark.role() == Role.CLOSE || mark.role() == Role.EITHER) {
            return right || !left;
        }
        // an opening glyph closes only where it cannot open: “ after German „, « in Danish style
        return QuoteMarks.canAlsoClose(c) && right && !left;
    }

    private static boolean canOpen(char c, Mark mark, boolean left, boolean right, boolean sameFamilyOpen) {
        if (mark.role() == Role.OPEN) {
            return left || !right;
        }
        if (mark.role() == Role.EITHER) {
            return left;
        }
        // a closing glyph opens only where it cannot close (Swedish ”…”, Danish »…«, or a typo)
        return QuoteMarks.canAlsoOpen(c) && left && !right && !sameFamilyOpen;
    }

    /** An apostrophe, not a single quotation mark: don't, Putin's, '90s, rock 'n' roll, the students' union. */
    private static boolean isApostrophe(String text, int i, Span para, char prev, char next, boolean left,
                                        boolean right, Deque<Open> stack) {
        char c = text.charAt(i);
        if (c == '\u2018' || c == '\u201A' || c == '\u2039' || c == '\u203A') {
            return false;
        }
        if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
            return true; // inside a word
        }
        if (left && !right) {
            if (Character.isDigit(next)) {
                int j = i + 1;
                while (j < para.end() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < para.end() && text.charAt(j) == 's') {
                    return true; // '90s
                }
            }
            int j = i + 1;
            while (j < para.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT);
            boolean closedRightAway = j < para.end() && QuoteMarks.isMark(text.charAt(j));
            return ELISIONS.contains(word) && (!closedRightAway || word.equals("n"));
        }
        if (right && !left) {
            return findOpen(stack, Family.SINGLE) == null; // a plural possessive when no single quote is open
        }
        return false;
    }

    /** The no-break and thin spaces that French typography puts inside guillemets. */
    private static boolean isPad(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == ' ';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningContext(char c) {
        return "([{\u2014\u2013-/:;".indexOf(c) >= 0 || QuoteMarks.isMark(c);
    }

    private static boolean isClosingContext(char c) {
        return ".,;:!?)]}\u2014\u2013-\u2026*".indexOf(c) >= 0 || QuoteMarks.isMark(c);
    }

    private static int firstNonSpace(String text, Span para) {
        int i = para.start();
        while (i < para.end() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static Span trim(String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }

    private static boolean hasWords(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
