package org.verbatim.bench.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ProjectSummary;
import org.verbatim.store.StoredReport;

/**
 * Where the time of "open the project and read its summary" goes, phase by phase (not a JMH benchmark: a
 * plain timer around the public API, plus the same steps done by hand on the file with JDBC and Jackson).
 *
 * <pre>
 * java -cp target/classes:$(cat target/bench.cp) org.verbatim.bench.store.StoreProfile [reports words annotations]
 * </pre>
 *
 * <p>Builds the project as {@link ProjectStoreBenchmark} does, then: (1) repeats open, comparison(),
 * summary(), close and times each; (2) times the pieces of comparison() by hand: reading the reports, hashing
 * their texts, reading the cached JSON, decoding it with a mapper set up like the store's codec, and SQLite's
 * quick_check that open() runs; (3) opens the file once in each of a few fresh JVMs ("cold": the first open
 * after starting the application), then again with SQLite's and Jackson's first use timed apart; (4) saves a
 * note and reads the summary again, as a status bar refreshed after each edit would.
 *
 * <p>{@code --cold FILE} and {@code --cold-split FILE} run one cold open of an existing project on their own.
 */
public final class StoreProfile {

    private static final int WARM_RUNS = 20;
    private static final int COLD_RUNS = 5;

    private StoreProfile() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold")) {
            cold(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--cold-split")) {
            coldSplit(Path.of(args[1]));
            return;
        }
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int annotations = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        StoreFixture.Built built = StoreFixture.build(reports, words, annotations);
        try {
            Path file = built.file();
            System.out.printf("built in %d ms: %s; %d discrepancy + %d span annotations%n", built.buildMillis(),
                    built.summary(), built.discrepancyAnnotations(), built.spanAnnotations());
            System.out.printf("files: %s%n", StoreFixture.sizes(file));
            contents(file);
            warm(file);
            byHand(file);
            System.out.println();
            for (int i = 0; i < COLD_RUNS; i++) {
                child(file, "--cold");
            }
            System.out.println();
            for (int i = 0; i < COLD_RUNS; i++) {
                child(file, "--cold-split");
            }
            noteThenSummary(file);
        } finally {
            StoreFixture.delete(built.dir());
        }
    }

    /** Table sizes and the cached JSON's length. */
    private static void contents(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String q : List.of("SELECT COUNT(*), SUM(LENGTH(text)) FROM report",
                    "SELECT COUNT(*), SUM(LENGTH(json)) FROM result", "SELECT COUNT(*), 0 FROM annotation",
                    "SELECT COUNT(*), 0 FROM annotation_history", "SELECT COUNT(*), 0 FROM excluded_span",
                    "PRAGMA page_count", "PRAGMA page_size")) {
                try (ResultSet r = s.executeQuery(q)) {
                    System.out.printf("  %-55s %s%s%n", q, r.getLong(1),
                            r.getMetaData().getColumnCount() > 1 ? " / " + r.getLong(2) + " chars" : "");
                }
            }
        }
    }

    /** The public API, phase by phase, in a warmed-up JVM. */
    private static void warm(Path file) throws Exception {
        AtomicInteger engineRuns = new AtomicInteger();
        Map<String, long[]> t = new LinkedHashMap<>();
        for (String k : List.of("open", "comparison() first", "summary() after", "reports()", "annotations()",
                "close", "open+summary+close")) {
            t.put(k, new long[WARM_RUNS]);
        }
        for (int warmup = 0; warmup < 5; warmup++) {
            try (ProjectStore s = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns))) {
                s.summary();
            }
        }
        for (int i = 0; i < WARM_RUNS; i++) {
            long a = System.nanoTime();
            ProjectStore s = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns));
            long b = System.nanoTime();
            s.comparison();
            long c = System.nanoTime();
            s.summary();
            long d = System.nanoTime();
            s.reports();
            long e = System.nanoTime();
            s.annotations();
            long f = System.nanoTime();
            s.close();
            long g = System.nanoTime();
            try (ProjectStore s2 = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns))) {
                s2.summary();
            }
            long h = System.nanoTime();
            t.get("open")[i] = b - a;
            t.get("comparison() first")[i] = c - b;
            t.get("summary() after")[i] = d - c;
            t.get("reports()")[i] = e - d;
            t.get("annotations()")[i] = f - e;
            t.get("close")[i] = g - f;
            t.get("open+summary+close")[i] = h - g;
        }
        System.out.printf("%nwarm, public API (%d runs; median, min, max in ms); engine runs: %d%n", WARM_RUNS,
                engineRuns.get());
        t.forEach(StoreProfile::print);

    }

    /**
     * A note saved, then the summary read again (as a status bar would): every write drops the store's
     * in-memory comparison, so the next summary() reads and decodes the cache again.
     */
    private static void noteThenSummary(Path file) throws Exception {
        AtomicInteger engineRuns = new AtomicInteger();
        long[] note = new long[WARM_RUNS];
        long[] after = new long[WARM_RUNS];
        long[] again = new long[WARM_RUNS];
        try (ProjectStore s = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns))) {
            long[] ids = StoreFixture.annotationIds(s);
            s.summary();
            for (int i = -5; i < WARM_RUNS; i++) {
                long a = System.nanoTime();
                s.setNote(ids[(i + 5) % ids.length], "profiled note " + i);
                long b = System.nanoTime();
                s.summary();
                long c = System.nanoTime();
                s.summary();
                long d = System.nanoTime();
                if (i >= 0) {
                    note[i] = b - a;
                    after[i] = c - b;
                    again[i] = d - c;
                }
            }
        }
        System.out.printf("%nsave a note, then read the summary (%d runs; median, min, max in ms); engine runs: %d%n",
                WARM_RUNS, engineRuns.get());
        print("setNote()", note);
        print("summary() just after", after);
        print("summary() once more", again);
    }

    /**
     * The cached comparison's shape (what the engine found, without the reports), as the store writes it after
     * its one-line check: the bench reads the JSON by hand with the store's Jackson settings.
     */
    private record Cached(Map<String, List<Excluded>> excluded, List<Quote> quotes, List<Cluster> clusters,
                          List<Passage> passages, List<Discrepancy> discrepancies) {}

    /** The JSON of a stored cache row: after its first line, the CRC-32C check. */
    private static String jsonOf(String stored) {
        return stored.substring(stored.indexOf('\n') + 1);
    }

    /** The steps of comparison() and open() redone by hand, to split them further. */
    private static void byHand(Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<String, long[]> t = new LinkedHashMap<>();
        for (String k : List.of("JDBC connect (plain)", "PRAGMA quick_check", "SELECT result.json",
                "CRC-32C of the cached JSON", "Jackson decode of the cached JSON", "hash the report texts (inputHash)")) {
            t.put(k, new long[WARM_RUNS]);
        }
        List<String> texts = new ArrayList<>();
        AtomicInteger engineRuns = new AtomicInteger();
        try (ProjectStore s = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns))) {
            for (StoredReport r : s.reports()) {
                texts.add(r.report().text());
            }
        }
        String json = null;
        for (int i = -5; i < WARM_RUNS; i++) {
            long a = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 Statement s = c.createStatement()) {
                long b = System.nanoTime();
                try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                    r.getString(1);
                }
                long d = System.nanoTime();
                try (ResultSet r = s.executeQuery("SELECT json FROM result WHERE id = 1")) {
                    json = jsonOf(r.getString(1));
                }
                long e = System.nanoTime();
                CRC32C crc = new CRC32C();
                crc.update(json.getBytes(StandardCharsets.UTF_8));
                crc.getValue();
                long e2 = System.nanoTime();
                Cached decoded = mapper.readValue(json, Cached.class);
                long f = System.nanoTime();
                StringBuilder hashes = new StringBuilder();
                for (String text : texts) {
                    hashes.append(Fingerprints.ofText(text));
                }
                Fingerprints.ofText(hashes.toString());
                long g = System.nanoTime();
                if (decoded.excluded().size() != texts.size()) {
                    throw new IllegalStateException("decoded " + decoded.excluded().size() + " reports");
                }
                if (i >= 0) {
                    t.get("JDBC connect (plain)")[i] = b - a;
                    t.get("PRAGMA quick_check")[i] = d - b;
                    t.get("SELECT result.json")[i] = e - d;
                    t.get("CRC-32C of the cached JSON")[i] = e2 - e;
                    t.get("Jackson decode of the cached JSON")[i] = f - e2;
                    t.get("hash the report texts (inputHash)")[i] = g - f;
                }
            }
        }
        System.out.printf("%nby hand (%d runs; median, min, max in ms); cached JSON: %,d chars, %,d bytes UTF-8%n",
                WARM_RUNS, json.length(), json.getBytes(StandardCharsets.UTF_8).length);
        t.forEach(StoreProfile::print);
        StringBuilder fields = new StringBuilder();
        mapper.readTree(json).fields().forEachRemaining(f -> fields.append(fields.length() > 0 ? ", " : "")
                .append(f.getKey()).append(String.format(Locale.ROOT, " %,d", f.getValue().toString().length())));
        System.out.printf("  cached JSON by field (chars): %s%n", fields);
    }

    /** One open in a fresh JVM, timed there (run by {@link #child}). */
    private static void cold(Path file) throws Exception {
        AtomicInteger engineRuns = new AtomicInteger();
        long a = System.nanoTime();
        ProjectStore s = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns));
        long b = System.nanoTime();
        s.comparison();
        long c = System.nanoTime();
        ProjectSummary summary = s.summary();
        long d = System.nanoTime();
        s.close();
        long e = System.nanoTime();
        System.out.printf(Locale.ROOT, "cold: open %.1f, comparison() %.1f, summary() after %.1f, close %.1f, "
                + "total %.1f ms; engine runs %d; %s%n", ms(b - a), ms(c - b), ms(d - c), ms(e - d), ms(e - a),
                engineRuns.get(), summary);
    }

    /**
     * One open in a fresh JVM, with the libraries' first use timed apart: SQLite's native library (loaded by
     * the first connection), then Jackson's first decode of the cached JSON (read with plain JDBC), then the
     * store's open, comparison() and summary() with both already loaded.
     */
    private static void coldSplit(Path file) throws Exception {
        long a = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.isValid(1);
        }
        long b = System.nanoTime();
        String json;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT json FROM result WHERE id = 1")) {
            json = jsonOf(r.getString(1));
        }
        long c = System.nanoTime();
        ObjectMapper mapper = new ObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.readValue(json, Cached.class);
        long d = System.nanoTime();
        AtomicInteger engineRuns = new AtomicInteger();
        ProjectStore store = ProjectStore.open(file, StoreFixture.countingPipeline(engineRuns));
        long e = System.nanoTime();
        store.comparison();
        long f = System.nanoTime();
        store.summary();
        long g = System.nanoTime();
        store.close();
        System.out.printf(Locale.ROOT, "cold, split: SQLite first connection %.1f, read JSON %.1f, first Jackson "
                + "decode %.1f | then open %.1f, comparison() %.1f, summary() after %.1f ms; engine runs %d%n",
                ms(b - a), ms(c - b), ms(d - c), ms(e - d), ms(f - e), ms(g - f), engineRuns.get());
    }

    private static void child(Path file, String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                StoreProfile.class.getName(), mode, file.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(System.out::println);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cold run failed");
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("file gone");
        }
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-36s %8.2f %8.2f %8.2f%n", label, ms(sorted[sorted.length / 2]),
                ms(sorted[0]), ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
