package org.verbatim.corpus;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.text.Paragraphs;

/**
 * Makes an {@link ArticleSketch}: the article's words (runs of letters and digits, lower-cased) outside page
 * clutter, cut into shingles of {@value #NARRATIVE_SHINGLE} words outside quotations and of
 * {@value #QUOTE_SHINGLE} inside them (a shingle never spans the edge of a quotation), each hashed with
 * komihash; a SuperMinHash signature of all of them (hash4j); and for every quotation of at least
 * {@value #QUOTE_KEY_WORDS} words a key, the smallest hash of its shingles. Quotations and clutter are found by
 * the engine's own stages ({@link QuoteFinder#standard()}, {@link ClutterDetector#rules()}). Stateless and
 * thread-safe; the same text gives the same sketch on any machine.
 */
public final class Sketcher {

    /** Words in a shingle of narrative text. */
    public static final int NARRATIVE_SHINGLE = 5;
    /** Words in a shingle of quoted text. */
    public static final int QUOTE_SHINGLE = 4;
    /** A quotation shorter than this gives no key: too short to tell one utterance from another. */
    public static final int QUOTE_KEY_WORDS = 6;

    private final QuoteFinder quotes;
    private final ClutterDetector clutter;
    private final SimilarityHashPolicy policy;
    private final Hasher64 hasher = Hashing.komihash5_0();

    /** The engine's quote finder and clutter rules, signatures of {@code components} 16-bit values. */
    public Sketcher(int components) {
        this(QuoteFinder.standard(), ClutterDetector.rules(), components);
    }

    public Sketcher(QuoteFinder quotes, ClutterDetector clutter, int components) {
        this.quotes = quotes;
        this.clutter = clutter;
        this.policy = SimilarityHashing.superMinHash(components, 16);
    }

    /** How many values a signature holds. */
    public int components() {
        return policy.getNumberOfComponents();
    }

    /** The signature's {@code i}-th value. */
    public long component(byte[] signature, int i) {
        return policy.getComponent(signature, i);
    }

    public ArticleSketch sketch(Article article) {
        String text = article.read().text();
        List<Span> paragraphs = Paragraphs.of(text);
        List<Excluded> excluded = clutter.detect(text, paragraphs);
        List<Quote> found = quotes.find("a" + article.index(), text, paragraphs, excluded);
        List<Span> quoted = new ArrayList<>();
        for (Quote q : found) {
            if (!q.excluded()) {
                quoted.add(q.span());
            }
        }
        quoted.sort(null);
        List<Word> words = words(text, excluded, quoted);

        long[] narrative = new long[words.size()];
        long[] inQuotes = new long[words.size()];
        int n = 0;
        int m = 0;
        List<Long> keys = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i < words.size() && words.get(i).quote == words.get(runStart).quote) {
                continue;
            }
            // words[runStart, i) lie all inside one quotation, or all outside quotations
            int quote = words.get(runStart).quote;
            int k = quote >= 0 ? QUOTE_SHINGLE : NARRATIVE_SHINGLE;
            long smallest = Long.MAX_VALUE;
            for (int s = runStart; s + k <= i; s++) {
                long h = shingle(words, s, k);
                if (quote >= 0) {
                    inQuotes[m++] = h;
                    smallest = Math.min(smallest, h);
                } else {
                    narrative[n++] = h;
                }
            }
            if (quote >= 0 && i - runStart >= QUOTE_KEY_WORDS) {
                keys.add(smallest);
            }
            runStart = i;
        }
        long[] all = new long[n + m];
        System.arraycopy(narrative, 0, all, 0, n);
        System.arraycopy(inQuotes, 0, all, n, m);
        byte[] signature = policy.createHasher().compute(ElementHashProvider.ofValues(all.length == 0 ? new long[] {0} : all));
        LocalDate day = article.day();
        return new ArticleSketch(article.index(), day == null ? ArticleSketch.UNDATED : day.toEpochDay(), signature,
                distinct(narrative, n), distinct(inQuotes, m), keys.stream().mapToLong(Long::longValue).distinct().sorted().toArray());
    }

    /** A word: its hash, and which quotation it lies in (-1: none). */
    private record Word(long hash, int quote) {}

    private List<Word> words(String text, List<Excluded> excluded, List<Span> quoted) {
        List<Word> out = new ArrayList<>();
        int q = 0;
        int e = 0;
        int i = 0;
        StringBuilder w = new StringBuilder();
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            w.setLength(0);
            while (i < text.length()) {
                cp = text.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                w.appendCodePoint(Character.toLowerCase(cp));
                i += Character.charCount(cp);
            }
            while (e < excluded.size() && excluded.get(e).span().end() <= start) {
                e++;
            }
            if (e < excluded.size() && excluded.get(e).span().start() <= start) {
                continue; // page clutter
            }
            while (q < quoted.size() && quoted.get(q).end() <= start) {
                q++;
            }
            int in = -1;
            for (int k = q; k < quoted.size() && quoted.get(k).start() <= start; k++) {
                if (quoted.get(k).end() > start) {
                    in = k; // the innermost (last starting) quotation that holds the word
                }
            }
            out.add(new Word(hasher.hashCharsToLong(w.toString().toLowerCase(Locale.ROOT)), in));
        }
        return out;
    }

    private long shingle(List<Word> words, int from, int k) {
        HashStream64 s = hasher.hashStream();
        for (int j = from; j < from + k; j++) {
            s.putLong(words.get(j).hash);
        }
        return s.getAsLong();
    }

    private static int[] distinct(long[] hashes, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (hashes[i] ^ (hashes[i] >>> 32));
        }
        return Arrays.stream(out).distinct().sorted().toArray();
    }
}
