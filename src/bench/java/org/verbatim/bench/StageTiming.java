package org.verbatim.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.PassageAligner;
import org.verbatim.core.align.PassageFinder;
import org.verbatim.core.align.QuoteGrouper;
import org.verbatim.core.collate.Collator;
import org.verbatim.core.collate.PlaceFinder;
import org.verbatim.core.align.Unit;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.text.Paragraphs;
import org.verbatim.core.text.Tokenizer;

/**
 * A rough split of one comparison's time by stage, for finding where the time goes (not a JMH figure).
 * The swappable stages of {@link Pipeline.Builder} are wrapped with timers; tokenizing is timed on its own on the
 * same texts; "rest" is the total less those (sentence units, similarity weights, the word diffs of the
 * discrepancies, fingerprints). Runs the comparison WARMUP times untimed, then averages RUNS timed ones.
 * <p>
 * {@code StageTiming INPUT [RUNS] [WARMUP]} where INPUT is {@code sample}, {@code RxW} (generated, e.g. 30x800),
 * {@code single:W} (one generated story of W words, as in {@link LargeInputCheck}) or a folder of .txt reports.
 */
public final class StageTiming {

    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private List<Unit> lastSentenceUnits = List.of();

    private StageTiming() {
        for (String s : List.of("clutter", "quotes", "quote grouping", "collation", "variant places", "passage alignment")) {
            nanos.put(s, new long[1]);
        }
    }

    private <T> T timed(String stage, Supplier<T> body) {
        long t0 = System.nanoTime();
        try {
            return body.get();
        } finally {
            nanos.get(stage)[0] += System.nanoTime() - t0;
        }
    }

    private Pipeline pipeline() {
        ClutterDetector clutter = ClutterDetector.rules();
        QuoteFinder quotes = QuoteFinder.standard();
        QuoteGrouper grouper = QuoteGrouper.standard();
        Collator collator = Collator.progressive();
        PlaceFinder places = PlaceFinder.standard();
        PassageAligner passages = PassageAligner.standard();
        PassageAligner watched = (units, similarity) -> {
            lastSentenceUnits = units;
            return passages.align(units, similarity);
        };
        PassageFinder narrative = PassageFinder.narrative(watched);
        return Pipeline.builder()
                .clutter((text, paragraphs) -> timed("clutter", () -> clutter.detect(text, paragraphs)))
                .quotes((id, text, paragraphs, excluded) -> timed("quotes",
                        () -> quotes.find(id, text, paragraphs, excluded)))
                .grouper((found, story) -> timed("quote grouping", () -> grouper.group(found, story)))
                .collator((cluster, qs, versions) -> timed("collation", () -> collator.collate(cluster, qs, versions)))
                .places((collation, ignoreCase) -> timed("variant places", () -> places.places(collation, ignoreCase)))
                .passages((story, clusters, found) -> timed("passage alignment",
                        () -> narrative.find(story, clusters, found)))
                .build();
    }

    static List<Report> input(String spec) {
        if (spec.equals("sample")) {
            return Inputs.sample();
        }
        if (spec.startsWith("single:")) {
            String story = new NewsGenerator(PipelineBench.SEED, Integer.parseInt(spec.substring(7))).story();
            return List.of(Report.of("r1", "generated/single.txt", story));
        }
        if (spec.matches("\\d+x\\d+")) {
            String[] rw = spec.split("x");
            return new NewsGenerator(PipelineBench.SEED, Integer.parseInt(rw[1])).reports(Integer.parseInt(rw[0]));
        }
        List<Report> r = Inputs.folder(spec);
        if (r.isEmpty()) {
            throw new IllegalArgumentException("no .txt reports in " + spec);
        }
        return r;
    }

    public static void main(String[] args) {
        List<Report> reports = input(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        StageTiming t = new StageTiming();
        Pipeline p = t.pipeline();
        Tokenizer tokenizer = Tokenizer.icu();
        Comparison c = null;
        for (int i = 0; i < warmup; i++) {
            c = p.compare(reports, ComparisonSettings.DEFAULTS);
            for (Report r : reports) {
                tokenizer.tokenize(r.text(), r.hidden());
            }
        }
        t.nanos.values().forEach(v -> v[0] = 0);
        long total = 0;
        long tokens = 0;
        long paragraphs = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            c = p.compare(reports, ComparisonSettings.DEFAULTS);
            total += System.nanoTime() - t0;
            t0 = System.nanoTime();
            for (Report r : reports) {
                tokenizer.tokenize(r.text(), r.hidden());
            }
            tokens += System.nanoTime() - t0;
            t0 = System.nanoTime();
            for (Report r : reports) {
                Paragraphs.of(r.text());
            }
            paragraphs += System.nanoTime() - t0;
        }
        System.out.printf("%s: %d reports, %d words; %d quotes, %d clusters, %d passages, %d discrepancies%n",
                args[0], reports.size(), Inputs.words(reports), c.quotes().size(), c.clusters().size(),
                c.passages().size(), c.discrepancies().size());
        System.out.printf("mean of %d runs after %d warm-up runs: %.2f ms%n", runs, warmup, total / 1e6 / runs);
        List<String[]> rows = new ArrayList<>();
        long known = 0;
        for (Map.Entry<String, long[]> e : t.nanos.entrySet()) {
            rows.add(new String[] {e.getKey(), String.format("%.2f", e.getValue()[0] / 1e6 / runs),
                    String.format("%.0f%%", 100.0 * e.getValue()[0] / total)});
            known += e.getValue()[0];
        }
        rows.add(new String[] {"tokenizing (timed apart)", String.format("%.2f", tokens / 1e6 / runs),
                String.format("%.0f%%", 100.0 * tokens / total)});
        rows.add(new String[] {"paragraphs (timed apart)", String.format("%.2f", paragraphs / 1e6 / runs),
                String.format("%.0f%%", 100.0 * paragraphs / total)});
        long rest = total - known - tokens - paragraphs;
        rows.add(new String[] {"rest (units, similarity, diffs)", String.format("%.2f", rest / 1e6 / runs),
                String.format("%.0f%%", 100.0 * rest / total)});
        for (String[] r : rows) {
            System.out.printf("  %-32s %9s ms %5s%n", r[0], r[1], r[2]);
        }
        System.out.printf("passage alignment: %,d sentences, %,d pairs scored (%s)%n", t.lastSentenceUnits.size(),
                sentencePairs(t.lastSentenceUnits), "ordered pairs of different reports sharing a stem held by at "
                        + "most a third of the sentences");
    }

    /** The pairs {@code LinkingAligner} scores: two units sharing a stem of a posting list of at most half. */
    static long quotePairs(List<Unit> units) {
        Map<String, List<Integer>> index = index(units);
        int limit = Math.max(8, (int) (units.size() * 0.5));
        Set<Long> seen = new HashSet<>();
        for (List<Integer> posting : index.values()) {
            if (posting.size() <= limit) {
                for (int x = 0; x < posting.size(); x++) {
                    for (int y = x + 1; y < posting.size(); y++) {
                        seen.add((long) posting.get(x) * units.size() + posting.get(y));
                    }
                }
            }
        }
        return seen.size();
    }

    /** The pairs {@code PassageAligner.standard()} scores: i with each j of another report met in i's postings. */
    static long sentencePairs(List<Unit> units) {
        Map<String, List<Integer>> index = index(units);
        int limit = Math.max(8, units.size() / 3);
        long n = 0;
        for (int i = 0; i < units.size(); i++) {
            Set<Integer> tried = new HashSet<>();
            for (String s : units.get(i).stems()) {
                List<Integer> posting = index.get(s);
                if (posting.size() > limit) {
                    continue;
                }
                for (int j : posting) {
                    if (j != i && tried.add(j) && !units.get(i).reportId().equals(units.get(j).reportId())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static Map<String, List<Integer>> index(List<Unit> units) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (String s : units.get(i).stems()) {
                index.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }
}
