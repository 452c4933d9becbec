package org.verbatim.core.collate;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.text.ContentWords;
import org.verbatim.core.text.Token;

/**
 * Multiple alignment by progressive alignment onto the fullest version, as collation tools align witnesses:
 * the group's quotations are first joined into witnesses (one rendering each), then aligned one after another,
 * fullest first, each onto the columns built so far with Myers' diff (java-diff-utils), a column matching any
 * word that an earlier witness printed there. Words a witness adds become new columns, so the columns are a
 * supersequence of every witness.
 *
 * <p>Then each witness's coverage is set. A full rendering covers the sentences it prints, from the first word
 * of the first to the last word of the last: words it lacks there are gaps (a word left out, a quote that stops
 * early); sentences it does not print at all are absent. A fragment (a few words of a sentence in the
 * reporter's prose) covers only its own words.
 */
final class ProgressiveCollator implements Collator {

    /** Two quotes of one report sharing this share of content words repeat the utterance rather than continue it. */
    private static final double REPEATS = 0.3;
    /** A version under this share of its sentence's words, not a sentence of its own, is a fragment. */
    private static final double FRAGMENT_SHARE = 0.4;
    private static final int MIN_PART_WORDS = 4;

    /** A witness in the making: one report's quotations that render the utterance once. */
    private static final class Draft {
        final String reportId;
        final List<Quote> quotes = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        int words;

        Draft(String reportId) {
            this.reportId = reportId;
        }

        void add(Quote q, List<Item> its) {
            quotes.add(q);
            items.addAll(its);
            words += (int) its.stream().filter(Item::isWord).count();
        }
    }

    /** One column of the alignment: the keys its witnesses print there. */
    private static final class Column {
        final Set<String> keys = new HashSet<>(4);
        final boolean punct;

        Column(Item first) {
            keys.add(first.key());
            punct = first.isPunct();
        }

        boolean matches(Item it) {
            return keys.contains(it.key());
        }
    }

    @Override
    public Collation collate(Cluster cluster, List<Quote> quotes, Versions versions) {
        List<Draft> drafts = witnesses(quotes, versions);
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.words)
                .thenComparing(d -> versions.identity(d.reportId) + ":" + d.quotes.get(0).span().start()));
        List<Column> columns = new ArrayList<>();
        List<List<Integer>> rows = new ArrayList<>();
        for (Draft d : drafts) {
            add(columns, rows, d.items);
            slide(columns, rows.get(rows.size() - 1), d.items);
        }
        int n = columns.size();
        int[][] at = new int[drafts.size()][n];
        for (int w = 0; w < drafts.size(); w++) {
            for (int c = 0; c < n; c++) {
                at[w][c] = rows.get(w).get(c);
            }
        }
        List<List<Item>> items = drafts.stream().map(d -> d.items).toList();
        boolean[] sentenceEnd = sentenceEnds(columns, items, at, n, drafts);
        int[] sentenceOf = new int[n];
        for (int c = 0, s = 0; c < n; c++) {
            sentenceOf[c] = s;
            if (sentenceEnd[c]) {
                s++;
            }
        }
        List<Witness> witnesses = new ArrayList<>();
        for (int w = 0; w < drafts.size(); w++) {
            boolean fragment = w > 0 && isFragment(w, items, at, sentenceOf, drafts);
            cover(at[w], items.get(w), sentenceOf, fragment);
            witnesses.add(new Witness("w" + (w + 1), drafts.get(w).reportId,
                    drafts.get(w).quotes.stream().map(Quote::id).toList(), fragment));
        }
        return new Collation(cluster.id(), witnesses, items, at, sentenceEnd, versions);
    }

    /**
     * The group's quotations joined into witnesses: in each report, the parts of one utterance (run-on
     * paragraphs, split halves) and successive quotes a paragraph or two apart that go on where the last
     * stopped, rather than print the same words again.
     */
    private static List<Draft> witnesses(List<Quote> quotes, Versions versions) {
        List<Draft> out = new ArrayList<>();
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparing(Quote::reportId).thenComparingInt(q -> q.span().start()));
        Draft last = null;
        Quote lastQuote = null;
        for (Quote q : sorted) {
            List<Item> its = items(q, versions);
            if (its.isEmpty()) {
                continue;
            }
            boolean join = last != null && last.reportId.equals(q.reportId())
                    && !q.id().equals(lastQuote.parentId()) && !lastQuote.id().equals(q.parentId())
                    && (q.utteranceId().equals(lastQuote.utteranceId())
                        || adjacent(versions.text(q.reportId()), lastQuote, q) && last.words >= MIN_PART_WORDS
                           && words(its) >= MIN_PART_WORDS && !repeats(last.items, its));
            if (!join) {
                last = new Draft(q.reportId());
                out.add(last);
            }
            last.add(q, its);
            lastQuote = q;
        }
        return out;
    }

    private static int words(List<Item> items) {
        return (int) items.stream().filter(Item::isWord).count();
    }

    /** The next quote starts at most two paragraphs after the last one ends, with little prose between. */
    private static boolean adjacent(String text, Quote a, Quote b) {
        int from = a.span().end();
        int to = b.span().start();
        if (to < from || to - from > 300) {
            return false;
        }
        String between = text.substring(from, to);
        return between.split("\n\\s*\n", -1).length <= 3;
    }

    /** Whether {@code b} prints mostly content words that {@code a} printed already. */
    private static boolean repeats(List<Item> a, List<Item> b) {
        Set<String> x = content(a);
        Set<String> y = content(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= REPEATS * Math.min(x.size(), y.size());
    }

    private static Set<String> content(List<Item> items) {
        Set<String> out = new LinkedHashSet<>();
        for (Item it : items) {
            if (it.isWord() && !ContentWords.STOPWORDS.contains(it.key())) {
                out.add(it.key());
            }
        }
        return out;
    }

    /** A quotation's tokens as items, editors' bracketed insertions taken whole. */
    static List<Item> items(Quote q, Versions versions) {
        List<Token> tokens = versions.tokens(q);
        List<Item> out = new ArrayList<>(tokens.size());
        String text = versions.text(q.reportId());
        for (int k = 0; k < tokens.size(); k++) {
            int end = editorialEnd(tokens, k);
            if (end > k) {
                Span s = new Span(tokens.get(k).start(), tokens.get(end).end());
                out.add(Item.editorial(s, s.of(text), q.id()));
                k = end;
                continue;
            }
            Token t = tokens.get(k);
            if ((t.norm().equals("@") || t.norm().equals("#")) && k + 1 < tokens.size()
                    && tokens.get(k + 1).start() == t.end() && tokens.get(k + 1).isWordLike()) {
                Token w = tokens.get(++k); // "@ejaf", "#lgbt": one word
                out.add(Item.word(new Span(t.start(), w.end()), text.substring(t.start(), w.end()),
                        t.norm() + w.norm().toLowerCase(java.util.Locale.ROOT), q.id()));
                continue;
            }
            out.add(Item.of(t, q.id()));
        }
        return out;
    }

    /**
     * The last token of an editor's insertion opening at {@code k}: "[...]" of up to ten tokens, "(sic)", or a
     * short clarification in parentheses ("(the unvaccinated)"); -1 when none opens there.
     */
    private static int editorialEnd(List<Token> tokens, int k) {
        String open = tokens.get(k).norm();
        String close = open.equals("[") ? "]" : open.equals("(") ? ")" : null;
        if (close == null) {
            return -1;
        }
        int limit = open.equals("[") ? 10 : 5;
        for (int j = k + 1; j < tokens.size() && j <= k + limit; j++) {
            String n = tokens.get(j).norm();
            if (n.equals(close)) {
                return j > k + 1 ? j : -1;
            }
            if (n.equals("(") || n.equals("[") || n.equals(".") && j < tokens.size() - 1) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Aligns {@code items} onto the columns so far, adding columns for what it prints that they lack. Words
     * first (Myers over the word columns), then each run of punctuation locally, in the stretch between the two
     * words it stands between: a stop far away never pulls a version out of line.
     */
    private static void add(List<Column> columns, List<List<Integer>> rows, List<Item> items) {
        if (rows.isEmpty()) {
            List<Integer> mine = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                columns.add(new Column(items.get(i)));
                mine.add(i);
            }
            rows.add(mine);
            return;
        }
        // 1. words: each old word column's paired item, and the new word columns after each old one
        List<Integer> wordCols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).punct) {
                wordCols.add(c);
            }
        }
        List<Integer> wordItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isPunct()) {
                continue;
            }
            wordItems.add(i);
        }
        int[] pairedWord = new int[columns.size()];
        java.util.Arrays.fill(pairedWord, Collation.GAP);
        Map<Integer, List<Integer>> wordsAfter = new HashMap<>(); // old word column (or -1) -> new word items
        List<Object> source = new ArrayList<>();
        wordCols.forEach(c -> source.add(columns.get(c)));
        List<Object> target = new ArrayList<>();
        wordItems.forEach(i -> target.add(items.get(i)));
        int s = 0;
        int t = 0;
        for (AbstractDelta<Object> d : DiffUtils.diff(source, target, ProgressiveCollator::same).getDeltas()) {
            for (; s < d.getSource().getPosition(); s++, t++) {
                pairedWord[wordCols.get(s)] = wordItems.get(t);
            }
            int m = d.getSource().size();
            int n = d.getTarget().size();
            int pairs = d.getType() == DeltaType.CHANGE ? Math.min(m, n) : 0;
            for (int k = 0; k < pairs; k++, s++, t++) {
                pairedWord[wordCols.get(s)] = wordItems.get(t);
            }
            s += m - pairs;
            int anchor = s > 0 ? wordCols.get(s - 1) : -1;
            for (int k = pairs; k < n; k++, t++) {
                wordsAfter.computeIfAbsent(anchor, x -> new ArrayList<>()).add(wordItems.get(t));
            }
        }
        for (; s < wordCols.size(); s++, t++) {
            pairedWord[wordCols.get(s)] = wordItems.get(t);
        }
        // 2. the layout: old columns in order, new word columns after the punctuation that follows their anchor
        List<int[]> layout = new ArrayList<>(); // {old column or -1, new item or -1}
        wordsAfter.getOrDefault(-1, List.of()).forEach(i -> layout.add(new int[] {-1, i}));
        for (int c = 0; c < columns.size(); c++) {
            layout.add(new int[] {c, columns.get(c).punct ? Collation.GAP : pairedWord[c]});
            List<Integer> inserted = columns.get(c).punct ? List.of() : wordsAfter.getOrDefault(c, List.of());
            int slotEnd = c + 1;
            while (slotEnd < columns.size() && columns.get(slotEnd).punct) {
                slotEnd++;
            }
            if (!inserted.isEmpty() && slotEnd > c + 1
                    && closesLikeSlot(columns, c + 1, slotEnd, items, inserted.get(inserted.size() - 1))) {
                // "prison." / "prison, I won't vaccinate by force.": the new words go before the stop they end with
                inserted.forEach(i -> layout.add(new int[] {-1, i}));
                inserted = List.of();
            }
            for (int k = c + 1; k < slotEnd; k++) {
                layout.add(new int[] {k, Collation.GAP});
            }
            inserted.forEach(i -> layout.add(new int[] {-1, i}));
            c = slotEnd - 1;
        }
        // 3. punctuation, run by run, into the stretch between its two words
        int[] wordAt = new int[items.size()];
        java.util.Arrays.fill(wordAt, -1);
        for (int p = 0; p < layout.size(); p++) {
            if (layout.get(p)[1] >= 0) {
                wordAt[layout.get(p)[1]] = p;
            }
        }
        Map<Integer, List<Integer>> punctAfter = new HashMap<>(); // layout position (or -1) -> new punct items
        int i = 0;
        while (i < items.size()) {
            if (!items.get(i).isPunct()) {
                i++;
                continue;
            }
            int j = i;
            while (j < items.size() && items.get(j).isPunct()) {
                j++;
            }
            int before = i > 0 ? wordAt[i - 1] : -1;
            int after = j < items.size() ? wordAt[j] : layout.size();
            placePunctuation(columns, layout, items, i, j, before, after, punctAfter);
            i = j;
        }
        // 4. the new columns and rows
        List<Column> out = new ArrayList<>(layout.size() + items.size());
        List<List<Integer>> newRows = new ArrayList<>();
        rows.forEach(r -> newRows.add(new ArrayList<>(layout.size() + items.size())));
        List<Integer> mine = new ArrayList<>();
        java.util.function.IntConsumer insertPunct = pos -> {
            for (int item : punctAfter.getOrDefault(pos, List.of())) {
                out.add(new Column(items.get(item)));
                newRows.forEach(r -> r.add(Collation.GAP));
                mine.add(item);
            }
        };
        insertPunct.accept(-1);
        for (int p = 0; p < layout.size(); p++) {
            int[] e = layout.get(p);
            if (e[0] >= 0) {
                Column col = columns.get(e[0]);
                out.add(col);
                for (int w = 0; w < rows.size(); w++) {
                    newRows.get(w).add(rows.get(w).get(e[0]));
                }
            } else {
                out.add(new Column(items.get(e[1])));
                newRows.forEach(r -> r.add(Collation.GAP));
            }
            if (e[1] >= 0) {
                out.get(out.size() - 1).keys.add(items.get(e[1]).key());
            }
            mine.add(e[1] >= 0 ? e[1] : Collation.GAP);
            insertPunct.accept(p);
        }
        columns.clear();
        columns.addAll(out);
        rows.clear();
        rows.addAll(newRows);
        rows.add(mine);
    }

    /** The punctuation after item {@code last} (up to the next word) shares a mark with the columns {@code [from, to)}. */
    private static boolean closesLikeSlot(List<Column> columns, int from, int to, List<Item> items, int last) {
        for (int i = last + 1; i < items.size() && items.get(i).isPunct(); i++) {
            for (int c = from; c < to; c++) {
                if (columns.get(c).matches(items.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Places the punctuation items {@code [from, to)}, which stand between the words at layout positions
     * {@code before} and {@code after}, into the punctuation just after the first word or just before the second,
     * whichever matches them better: pairs them with its columns (setting the layout's item) or asks for new
     * columns ({@code punctAfter}).
     */
    private static void placePunctuation(List<Column> columns, List<int[]> layout, List<Item> items, int from,
                                         int to, int before, int after, Map<Integer, List<Integer>> punctAfter) {
        List<Integer> slotA = punctRun(columns, layout, before + 1, after, +1);
        List<Integer> slotB = punctRun(columns, layout, after - 1, before, -1);
        List<Integer> slot;
        int inA = matches(columns, layout, slotA, items, from, to);
        int inB = matches(columns, layout, slotB, items, from, to);
        if (before < 0) {
            slot = inA > inB ? slotA : slotB;
        } else {
            // at a quote's end too: "angry," against "… of this size," shares the closing comma
            slot = inB > inA ? slotB : slotA;
        }
        List<Object> source = new ArrayList<>();
        slot.forEach(p -> source.add(columns.get(layout.get(p)[0])));
        List<Object> target = new ArrayList<>();
        for (int k = from; k < to; k++) {
            target.add(items.get(k));
        }
        int emptyAnchor = slot == slotB && !slotB.isEmpty() ? slotB.get(0) - 1 : slot == slotB ? after - 1 : before;
        int s = 0;
        int t = from;
        for (AbstractDelta<Object> d : DiffUtils.diff(source, target, ProgressiveCollator::same).getDeltas()) {
            for (; s < d.getSource().getPosition(); s++, t++) {
                layout.get(slot.get(s))[1] = t;
            }
            int m = d.getSource().size();
            int n = d.getTarget().size();
            int pairs = d.getType() == DeltaType.CHANGE ? Math.min(m, n) : 0;
            for (int k = 0; k < pairs; k++, s++, t++) {
                layout.get(slot.get(s))[1] = t;
            }
            s += m - pairs;
            int anchor = s > 0 ? slot.get(s - 1) : emptyAnchor;
            for (int k = pairs; k < n; k++, t++) {
                punctAfter.computeIfAbsent(anchor, x -> new ArrayList<>()).add(t);
            }
        }
        for (; s < slot.size() && t < to; s++, t++) {
            layout.get(slot.get(s))[1] = t;
        }
    }

    /** Layout positions of the punctuation columns from {@code start} going {@code step} until a word or {@code stop}. */
    private static List<Integer> punctRun(List<Column> columns, List<int[]> layout, int start, int stop, int step) {
        List<Integer> out = new ArrayList<>();
        for (int p = start; p >= 0 && p < layout.size() && p != stop; p += step) {
            int[] e = layout.get(p);
            if (e[0] < 0 || !columns.get(e[0]).punct) {
                break;
            }
            out.add(p);
        }
        if (step < 0) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static int matches(List<Column> columns, List<int[]> layout, List<Integer> slot, List<Item> items,
                               int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            for (int p : slot) {
                if (columns.get(layout.get(p)[0]).matches(items.get(k))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Moves a short run of a witness's words across a gap to join the rest of its words, where the columns there
     * print the same words. A longest common subsequence may take the "The" of the sentence before ("The following
     * statement … The whole family" against "The whole family"): equally long, but it tears the version apart.
     */
    private static void slide(List<Column> columns, List<Integer> row, List<Item> items) {
        for (boolean moved = true; moved; ) {
            moved = false;
            List<int[]> blocks = wordBlocks(columns, row, items);
            for (int k = 0; k + 1 < blocks.size() && !moved; k++) {
                int[] b = blocks.get(k);
                int[] next = blocks.get(k + 1);
                if (b[2] <= 3 && b[2] < next[2]) {
                    moved = move(columns, row, items, b, wordColumnsBefore(columns, next[0], b[2]));
                } else if (next[2] <= 3 && next[2] < b[2]) {
                    moved = move(columns, row, items, next, wordColumnsAfter(columns, b[1], next[2]));
                }
            }
        }
    }

    /** Runs {from, to, words} of the row's words in successive word columns (its punctuation aside). */
    private static List<int[]> wordBlocks(List<Column> columns, List<Integer> row, List<Item> items) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).punct) {
                continue;
            }
            int i = row.get(c);
            if (i >= 0) {
                if (open == null) {
                    open = new int[] {c, c + 1, 0};
                    out.add(open);
                }
                open[1] = c + 1;
                open[2]++;
            } else {
                open = null;
            }
        }
        return out;
    }

    private static List<Integer> wordColumnsBefore(List<Column> columns, int at, int n) {
        List<Integer> out = new ArrayList<>();
        for (int c = at - 1; c >= 0 && out.size() < n; c--) {
            if (!columns.get(c).punct) {
                out.add(0, c);
            }
        }
        return out;
    }

    private static List<Integer> wordColumnsAfter(List<Column> columns, int at, int n) {
        List<Integer> out = new ArrayList<>();
        for (int c = at; c < columns.size() && out.size() < n; c++) {
            if (!columns.get(c).punct) {
                out.add(c);
            }
        }
        return out;
    }

    /** Moves the block's words into {@code target} when those columns are free in the row and print the same. */
    private static boolean move(List<Column> columns, List<Integer> row, List<Item> items, int[] block,
                                List<Integer> target) {
        List<Integer> source = new ArrayList<>();
        for (int c = block[0]; c < block[1]; c++) {
            if (!columns.get(c).punct) {
                source.add(c);
            }
        }
        if (target.size() != source.size()) {
            return false;
        }
        for (int k = 0; k < source.size(); k++) {
            int item = row.get(source.get(k));
            if (row.get(target.get(k)) != Collation.GAP || !columns.get(target.get(k)).matches(items.get(item))) {
                return false;
            }
        }
        // no punctuation of the witness may stand between the block and where it goes
        int lo = Math.min(source.get(0), target.get(0));
        int hi = Math.max(source.get(source.size() - 1), target.get(target.size() - 1));
        for (int c = lo; c <= hi; c++) {
            if (columns.get(c).punct && row.get(c) >= 0) {
                return false;
            }
        }
        for (int k = 0; k < source.size(); k++) {
            row.set(target.get(k), row.get(source.get(k)));
            row.set(source.get(k), Collation.GAP);
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Column c && b instanceof Item it) {
            return c.matches(it);
        }
        if (b instanceof Column c && a instanceof Item it) {
            return c.matches(it);
        }
        return false;
    }

    /**
     * Columns after which a sentence ends: where a version of some length prints a full stop, a question or
     * exclamation mark or an ellipsis followed by a capitalised word. A version that stops after a full stop
     * where another goes on ("Russia." / "Russia. @ejaf #lgbt") ends no sentence there: it stops early.
     */
    private static boolean[] sentenceEnds(List<Column> columns, List<List<Item>> items, int[][] at, int n, List<Draft> drafts) {
        boolean[] out = new boolean[n];
        for (int w = 0; w < items.size(); w++) {
            if (drafts.get(w).words < MIN_PART_WORDS) {
                continue;
            }
            List<Item> its = items.get(w);
            for (int c = 0; c < n; c++) {
                int i = at[w][c];
                if (i < 0 || !its.get(i).endsSentence()) {
                    continue;
                }
                int j = i + 1;
                while (j < its.size() && its.get(j).isPunct() && its.get(j).key().equals("\"")) {
                    j++; // a closing mark after the stop
                }
                Item next = j < its.size() ? its.get(j) : null;
                if (next != null && next.isWord() && Character.isUpperCase(next.surface().codePointAt(0))) {
                    int end = c;
                    while (end + 1 < n && columns.get(end + 1).punct) {
                        end++; // the sentence takes the closing marks after its stop
                    }
                    out[end] = true;
                }
            }
        }
        return out;
    }

    /**
     * A partial quotation: starts and ends inside a sentence, or prints under {@link #FRAGMENT_SHARE} of the
     * words the fullest other version prints in the sentences it reaches. A version made of several quotations
     * of one report ("before the storms" … "left to bail out") is partial when each of them is.
     */
    private static boolean isFragment(int w, List<List<Item>> items, int[][] at, int[] sentenceOf, List<Draft> drafts) {
        int n = sentenceOf.length;
        java.util.Map<String, int[]> parts = new java.util.LinkedHashMap<>(); // quote -> {first, last, words}
        for (int c = 0; c < n; c++) {
            int i = at[w][c];
            if (i >= 0 && items.get(w).get(i).isWord()) {
                int[] part = parts.computeIfAbsent(items.get(w).get(i).quoteId(), k -> new int[] {-1, -1, 0});
                part[0] = part[0] < 0 ? c : part[0];
                part[1] = c;
                part[2]++;
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        for (int[] part : parts.values()) {
            if (sentenceOf[part[0]] != sentenceOf[part[1]]) {
                return false; // more than one sentence: a rendering
            }
            if (!partOfSentence(w, part[0], part[1], part[2], items, at, sentenceOf, drafts)) {
                return false;
            }
        }
        return true;
    }

    private static boolean partOfSentence(int w, int first, int last, int words, List<List<Item>> items,
                                          int[][] at, int[] sentenceOf, List<Draft> drafts) {
        int n = sentenceOf.length;
        int sentence = sentenceOf[first];
        int sentenceFirst = Integer.MAX_VALUE;
        int sentenceLast = -1;
        int fullest = 0;
        for (int x = 0; x < items.size(); x++) {
            if (x == w || drafts.get(x).words < MIN_PART_WORDS) {
                continue;
            }
            int count = 0;
            for (int c = 0; c < n; c++) {
                int i = at[x][c];
                if (sentenceOf[c] == sentence && i >= 0 && items.get(x).get(i).isWord()) {
                    count++;
                    sentenceFirst = Math.min(sentenceFirst, c);
                    sentenceLast = Math.max(sentenceLast, c);
                }
            }
            fullest = Math.max(fullest, count);
        }
        if (fullest == 0) {
            return false;
        }
        boolean inside = first > sentenceFirst && last < sentenceLast;
        return inside || words < FRAGMENT_SHARE * fullest;
    }

    /** Marks the columns the witness does not print at all as absent (see the class comment). */
    private static void cover(int[] row, List<Item> items, int[] sentenceOf, boolean fragment) {
        int n = row.length;
        int first = -1;
        int last = -1;
        for (int c = 0; c < n; c++) {
            if (row[c] >= 0) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first < 0) {
            java.util.Arrays.fill(row, Collation.ABSENT);
            return;
        }
        int from = first;
        int to = last;
        if (!fragment) {
            while (from > 0 && sentenceOf[from - 1] == sentenceOf[first]) {
                from--;
            }
            while (to < n - 1 && sentenceOf[to + 1] == sentenceOf[last]) {
                to++;
            }
        }
        for (int c = 0; c < n; c++) {
            if (c < from || c > to) {
                row[c] = Collation.ABSENT;
            }
        }
    }
}
