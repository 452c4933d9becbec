package org.verbatim.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.model.CodePoints;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;

/**
 * A story folder with its hand-made gold.json (the format of ../shared/samples), run through the engine and
 * scored the way ../shared/tools/score-quotes scores it: quote recall (gold mentions overlapped at least half
 * by a found quote), and precision/recall of cross-report pairs (same gold cluster vs same found cluster,
 * pairs of one utterance's different sentences left out).
 */
public final class Gold {

    /** The scores of one story. */
    public record Score(int quotes, int found, int tp, int fp, int fn, int distractorHits) {
        public double quoteRecall() {
            return quotes == 0 ? 1 : (double) found / quotes;
        }

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "quote_recall %.3f pair_P %.3f pair_R %.3f distractors %d",
                    quoteRecall(), precision(), recall(), distractorHits);
        }
    }

    private record Mention(String file, List<int[]> ranges, Map<String, Set<String>> segments, boolean distractor) {}

    private final Path folder;
    private final JsonNode gold;

    public Gold(Path folder) throws IOException {
        this.folder = folder;
        this.gold = new ObjectMapper().readTree(Files.readString(folder.resolve("gold.json"), StandardCharsets.UTF_8));
    }

    public List<String> files() {
        List<String> out = new ArrayList<>();
        gold.path("reports").forEach(r -> out.add(r.path("file").asText()));
        return out;
    }

    /** The reports, read through the standard readers, with ids r1, r2, ... in gold order. */
    public List<Report> reports() throws IOException, ReadException {
        Readers readers = Readers.defaults();
        List<Report> out = new ArrayList<>();
        for (String f : files()) {
            ReadResult r = readers.read(folder.resolve(f));
            out.add(new Report("r" + (out.size() + 1), f, r.text(), r.format(), r.meta(), r.hidden()));
        }
        return out;
    }

    public Comparison compare() throws IOException, ReadException {
        return Pipeline.standard().compare(reports(), ComparisonSettings.DEFAULTS);
    }

    public Score score(Comparison c) {
        Map<String, String> fileOf = new HashMap<>();
        Map<String, CodePoints> cps = new HashMap<>();
        for (Comparison.ReportResult r : c.reports()) {
            fileOf.put(r.report().id(), r.report().path());
            cps.put(r.report().id(), new CodePoints(r.report().text()));
        }
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster cl : c.clusters()) {
            cl.quoteIds().forEach(q -> clusterOf.put(q, cl.id()));
        }
        List<Mention> mentions = mentions();
        List<String> mapped = new ArrayList<>();
        for (Mention m : mentions) {
            int length = m.ranges().stream().mapToInt(r -> r[1] - r[0]).sum();
            String best = null;
            int bestOverlap = 0;
            for (Quote q : c.quotes()) {
                if (!fileOf.get(q.reportId()).equals(m.file())) {
                    continue;
                }
                CodePoints cp = cps.get(q.reportId());
                int overlap = 0;
                for (int[] r : m.ranges()) {
                    for (var s : q.ownSpans()) {
                        overlap += Math.max(0, Math.min(r[1], cp.of(s.end())) - Math.max(r[0], cp.of(s.start())));
                    }
                }
                if (overlap > bestOverlap) {
                    best = q.id();
                    bestOverlap = overlap;
                }
            }
            mapped.add(best != null && bestOverlap * 2 >= length ? best : null);
        }
        int quotes = 0;
        int found = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int distractors = 0;
        for (int i = 0; i < mentions.size(); i++) {
            if (!mentions.get(i).distractor()) {
                quotes++;
                found += mapped.get(i) != null ? 1 : 0;
            }
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention a = mentions.get(i);
                Mention b = mentions.get(j);
                if (a.file().equals(b.file())) {
                    continue;
                }
                String qa = mapped.get(i);
                String qb = mapped.get(j);
                boolean predicted = qa != null && qb != null && Objects.equals(clusterOf.get(qa), clusterOf.get(qb));
                if (a.distractor() || b.distractor()) {
                    distractors += predicted ? 1 : 0;
                    continue;
                }
                Boolean link = link(a.segments(), b.segments());
                if (link == null) {
                    continue;
                }
                tp += link && predicted ? 1 : 0;
                fp += !link && predicted ? 1 : 0;
                fn += link && !predicted ? 1 : 0;
            }
        }
        return new Score(quotes, found, tp, fp, fn, distractors);
    }

    /** True: same utterance, overlapping sentences; null: same utterance, different sentences; false: apart. */
    private static Boolean link(Map<String, Set<String>> a, Map<String, Set<String>> b) {
        Set<String> shared = new HashSet<>(a.keySet());
        shared.retainAll(b.keySet());
        if (shared.isEmpty()) {
            return false;
        }
        for (String c : shared) {
            Set<String> x = a.get(c);
            Set<String> y = b.get(c);
            if (x == null || y == null || x.stream().anyMatch(y::contains)) {
                return true;
            }
        }
        return null;
    }

    private List<Mention> mentions() {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        for (JsonNode c : gold.path("clusters")) {
            for (JsonNode m : c.path("mentions")) {
                Set<String> segs = null;
                if (m.has("segments")) {
                    segs = new HashSet<>();
                    for (JsonNode s : m.path("segments")) {
                        segs.add(s.asText());
                    }
                }
                add(byKey, m, c.path("id").asText(), segs, false);
            }
        }
        int k = 0;
        for (JsonNode q : gold.path("single_report_quotes")) {
            add(byKey, q, "single" + k++, null, false);
        }
        k = 0;
        for (JsonNode q : gold.path("near_miss_distractors")) {
            add(byKey, q, "distractor" + k++, null, true);
        }
        return new ArrayList<>(byKey.values());
    }

    private static void add(Map<String, Mention> byKey, JsonNode m, String cluster, Set<String> segs, boolean distractor) {
        List<int[]> ranges = new ArrayList<>();
        StringBuilder key = new StringBuilder(m.path("file").asText());
        for (JsonNode o : m.path("offsets")) {
            ranges.add(new int[] {o.get(0).asInt(), o.get(1).asInt()});
            key.append(':').append(o.get(0).asInt()).append('-').append(o.get(1).asInt());
        }
        Mention existing = byKey.get(key.toString());
        Map<String, Set<String>> segments = existing != null ? existing.segments() : new HashMap<>();
        segments.put(cluster, segs);
        byKey.put(key.toString(), new Mention(m.path("file").asText(), ranges, segments,
                distractor || existing != null && existing.distractor()));
    }
}
