package org.verbatim.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.Anchoring;
import org.verbatim.core.anchor.Located;
import org.verbatim.core.model.Span;
import org.verbatim.store.StudentMark;

/**
 * Scores a student's marks against the answer key. A key item's words are found in each report with the
 * project file's re-anchoring ({@link Anchoring#standard()}: the exact words and their context, approximately
 * if need be), and a mark matches the item when it is on two reports that read otherwise at the item's place
 * (either way round; the item's pair, in keys that name no more) and on each side covers those words give or
 * take one word at either end. Where the key has no words (they are missing
 * in that report) the mark must say "missing there", or select at most the word either side of the gap.
 * Each mark counts for one item at most.
 */
public final class Scoring {

    private final Anchoring anchoring;

    public Scoring(Anchoring anchoring) {
        this.anchoring = anchoring;
    }

    /** With the project file's standard re-anchoring. */
    public static Scoring standard() {
        return new Scoring(Anchoring.standard());
    }

    /**
     * The outcome of a check.
     *
     * @param found      key items with a matching mark, each with the mark that found it
     * @param missed     key items no mark matched
     * @param extra      marks that matched no key item
     * @param kindsRight of the found items, how many the student gave the key's kind
     */
    public record Score(List<Found> found, List<AnswerKey.Item> missed, List<StudentMark> extra, int kindsRight) {

        public Score {
            found = List.copyOf(found);
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }

        /** "2 of 3 found, 1 extra". */
        public String summary() {
            int total = found.size() + missed.size();
            return found.size() + " of " + total + " found, " + extra.size() + " extra, kind right for "
                    + kindsRight + " of " + found.size();
        }
    }

    /** A key item and the mark that found it. */
    public record Found(AnswerKey.Item item, StudentMark mark) {
        public boolean kindRight() {
            return item.kind().equals(mark.kind());
        }
    }

    /**
     * @param key   the teacher's key
     * @param marks the student's marks
     * @param texts each report's text, by report id
     */
    public Score score(AnswerKey key, List<StudentMark> marks, Map<String, String> texts) {
        List<StudentMark> left = new ArrayList<>(marks);
        List<Found> found = new ArrayList<>();
        List<AnswerKey.Item> missed = new ArrayList<>();
        for (AnswerKey.Item item : key.items()) {
            StudentMark hit = null;
            for (StudentMark m : left) {
                if (matches(item, m, texts)) {
                    hit = m;
                    break;
                }
            }
            if (hit == null) {
                missed.add(item);
            } else {
                left.remove(hit);
                found.add(new Found(item, hit));
            }
        }
        int kinds = (int) found.stream().filter(Found::kindRight).count();
        return new Score(found, missed, left, kinds);
    }

    boolean matches(AnswerKey.Item item, StudentMark m, Map<String, String> texts) {
        if (!item.versions().isEmpty()) {
            // any two versions that read otherwise at the place, either way round
            for (AnswerKey.Version a : item.versions()) {
                if (!a.report().equals(m.reportA())) {
                    continue;
                }
                for (AnswerKey.Version b : item.versions()) {
                    if (b.report().equals(m.reportB()) && b.reading() != a.reading()
                            && side(texts.get(a.report()), new Span(a.start(), a.end()), a.text(), m.spanA())
                            && side(texts.get(b.report()), new Span(b.start(), b.end()), b.text(), m.spanB())) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (m.reportA().equals(item.reportA()) && m.reportB().equals(item.reportB())) {
            return side(texts.get(item.reportA()), new Span(item.startA(), item.endA()), item.textA(), m.spanA())
                    && side(texts.get(item.reportB()), new Span(item.startB(), item.endB()), item.textB(), m.spanB());
        }
        if (m.reportA().equals(item.reportB()) && m.reportB().equals(item.reportA())) {
            return side(texts.get(item.reportB()), new Span(item.startB(), item.endB()), item.textB(), m.spanA())
                    && side(texts.get(item.reportA()), new Span(item.startA(), item.endA()), item.textA(), m.spanB());
        }
        return false;
    }

    /** Whether the marked span (null: "missing there") stands for the key's words at {@code keySpan}. */
    private boolean side(String text, Span keySpan, String keyText, Span marked) {
        if (text == null) {
            return false;
        }
        if (keyText == null || keyText.isBlank()) {
            // the words are missing in this report: "missing there", or the words either side of the gap
            return marked == null || words(text, marked) <= 2 && marked.start() <= keySpan.start()
                    && marked.end() >= keySpan.end();
        }
        if (marked == null) {
            return false;
        }
        Optional<Located> where = anchoring.locate(text, Anchor.describe(text, keySpan));
        Span key = where.map(Located::span).orElse(keySpan);
        if (marked.end() <= key.start() || marked.start() >= key.end()) {
            return false;
        }
        return words(text, new Span(Math.min(key.start(), marked.start()), Math.max(key.start(), marked.start()))) <= 1
                && words(text, new Span(Math.min(key.end(), marked.end()), Math.max(key.end(), marked.end()))) <= 1;
    }

    /** How many words (runs with a letter or digit) {@code span} of {@code text} holds or touches. */
    static int words(String text, Span span) {
        int count = 0;
        boolean in = false;
        for (int i = Math.max(0, span.start()); i < Math.min(text.length(), span.end()); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter || in && (text.charAt(i) == '\'' || text.charAt(i) == '-');
        }
        return count;
    }
}
