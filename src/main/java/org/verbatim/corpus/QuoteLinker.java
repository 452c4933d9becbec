package org.verbatim.corpus;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.UnionFind;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * Links the quote groups of different stories that render one utterance: a quotation that travels from one story
 * into later ones. Each story's groups are reduced to a {@link Print} as the story is compared (small: the
 * comparison itself can then go): the word shingles of the group's fullest version. Two prints of different stories
 * sharing at least {@value #MIN_CONTAINMENT} of the shorter one's shingles are linked, and linked prints form one {@link Link}. Only groups of
 * speech of at least {@value Sketcher#QUOTE_KEY_WORDS} words take part.
 */
public final class QuoteLinker {

    static final double MIN_CONTAINMENT = 0.6;
    /** A shingle printed by more groups than this is a stock phrase, not evidence of one utterance. */
    static final int MAX_SHARED = 200;

    private static final Hasher64 HASHER = Hashing.komihash5_0();

    /**
     * What linking keeps of one quote group.
     *
     * @param order     the story's place among the stories (for ordering)
     * @param story     the story's id
     * @param cluster   the group's id
     * @param shingles  its fullest version's word shingles, hashed, sorted, distinct
     * @param text      its fullest version
     * @param speaker   its speaker, where a version names one
     * @param reports   how many reports print it
     * @param firstDate the earliest date among them
     */
    public record Print(int order, String story, String cluster, int[] shingles, String text, String speaker,
                        int reports, String firstDate) implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean equals(Object o) {
            return o instanceof Print p && p.story.equals(story) && p.cluster.equals(cluster)
                    && Arrays.equals(p.shingles, shingles);
        }

        @Override
        public int hashCode() {
            return story.hashCode() * 31 + cluster.hashCode();
        }
    }

    /** The prints of one compared story's quote groups. */
    public static List<Print> prints(int order, StoryResult result) {
        Comparison c = result.comparison();
        Map<String, Quote> quotes = c.quotesById();
        Map<String, Report> reports = new HashMap<>();
        for (Comparison.ReportResult r : c.reports()) {
            reports.put(r.report().id(), r.report());
        }
        List<Print> out = new ArrayList<>();
        for (Cluster cl : c.clusters()) {
            List<String> fullest = List.of();
            String text = null;
            String speaker = null;
            String firstDate = null;
            boolean speech = false;
            Set<String> printedBy = new HashSet<>();
            for (String id : cl.quoteIds()) {
                Quote q = quotes.get(id);
                if (q.excluded()) {
                    continue;
                }
                speech |= q.isSpeech();
                List<String> words = words(q.text());
                if (words.size() > fullest.size()) {
                    fullest = words;
                    text = q.text();
                }
                if (speaker == null) {
                    speaker = q.speaker();
                }
                printedBy.add(q.reportId());
                String date = reports.get(q.reportId()).meta().date();
                if (date != null && (firstDate == null || date.compareTo(firstDate) < 0)) {
                    firstDate = date;
                }
            }
            if (speech && fullest.size() >= Sketcher.QUOTE_KEY_WORDS) {
                Set<Integer> shingles = new HashSet<>();
                for (int s = 0; s + Sketcher.QUOTE_SHINGLE <= fullest.size(); s++) {
                    shingles.add(shingle(fullest, s));
                }
                int[] sorted = shingles.stream().mapToInt(Integer::intValue).sorted().toArray();
                out.add(new Print(order, result.story().id(), cl.id(), sorted, text, speaker, printedBy.size(), firstDate));
            }
        }
        return out;
    }

    /** The links among the prints of every story, in order of their first story and group. */
    public static List<Link> link(List<Print> prints) {
        List<Print> all = new ArrayList<>(prints);
        all.sort(Comparator.comparingInt(Print::order).thenComparingInt(p -> clusterNumber(p.cluster())));
        Map<Integer, List<Integer>> byShingle = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (int s : all.get(i).shingles()) {
                byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        UnionFind sets = new UnionFind(all.size());
        Set<Long> weighed = new HashSet<>();
        for (List<Integer> holders : byShingle.values()) {
            if (holders.size() < 2 || holders.size() > MAX_SHARED) {
                continue;
            }
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < holders.size(); y++) {
                    int a = holders.get(x);
                    int b = holders.get(y);
                    Print pa = all.get(a);
                    Print pb = all.get(b);
                    if (pa.story().equals(pb.story()) || sets.find(a) == sets.find(b)
                            || !weighed.add((long) a << 32 | b)) {
                        continue;
                    }
                    if (ArticleSketch.containment(pa.shingles(), pb.shingles()) >= MIN_CONTAINMENT) {
                        sets.union(a, b);
                    }
                }
            }
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indexes.add(i);
        }
        List<Link> out = new ArrayList<>();
        for (List<Integer> g : sets.groups(indexes)) {
            Map<String, Boolean> stories = new LinkedHashMap<>();
            for (int i : g) {
                stories.put(all.get(i).story(), true);
            }
            if (stories.size() < 2) {
                continue;
            }
            String text = null;
            String speaker = null;
            List<Link.Group> groups = new ArrayList<>();
            for (int i : g) {
                Print p = all.get(i);
                if (text == null || p.text().length() > text.length()) {
                    text = p.text();
                }
                if (speaker == null) {
                    speaker = p.speaker();
                }
                groups.add(new Link.Group(p.story(), p.cluster(), p.reports(), p.firstDate()));
            }
            out.add(new Link("l" + (out.size() + 1), text, speaker, groups));
        }
        return out;
    }

    private static int clusterNumber(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    private static int shingle(List<String> words, int from) {
        HashStream64 s = HASHER.hashStream();
        for (int j = from; j < from + Sketcher.QUOTE_SHINGLE; j++) {
            s.putLong(HASHER.hashCharsToLong(words.get(j).toLowerCase(Locale.ROOT)));
        }
        long h = s.getAsLong();
        return (int) (h ^ (h >>> 32));
    }
}
