package org.verbatim.bench.store;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ProjectSummary;

/**
 * The project file against the targets of the issue, on a project of 50 reports of about 2,000 words with
 * 1,000 annotations (see {@link StoreFixture}; each trial builds its own copy in a temp directory, which takes
 * about a minute, most of it the first comparison):
 *
 * <ul>
 *   <li>{@link #openAndSummary}: open the file, read its summary, close it. Target: 300 ms.
 *   <li>{@link #saveNote}: change one annotation's note on an open project (one committed transaction,
 *       synchronous=FULL). Target: 5 ms median.
 * </ul>
 *
 * <p>The summary must come from the cached comparison: the store is opened with a pipeline that counts its
 * runs ({@link StoreFixture#countingPipeline}), and the trial fails if the engine ran at all.
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * ./mvnw -q -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main 'bench.store.ProjectStoreBenchmark'
 * </pre>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ProjectStoreBenchmark {

    /** A built project, opened fresh by each call. */
    @State(Scope.Benchmark)
    public static class Built {
        @Param("50")
        public int reports;
        @Param("2000")
        public int words;
        @Param("1000")
        public int annotations;

        StoreFixture.Built built;
        final AtomicInteger engineRuns = new AtomicInteger();
        Pipeline pipeline;
        ProjectSummary expected;

        @Setup(Level.Trial)
        public void build() throws Exception {
            built = StoreFixture.build(reports, words, annotations);
            pipeline = StoreFixture.countingPipeline(engineRuns);
            expected = built.summary();
            // positive control: the counter does see a comparison when there is one
            pipeline.compare(List.of(new Report("r1", "control", "\u201CWe will stay,\u201D Alvarado said.",
                    SourceFormat.TEXT, ReportMeta.EMPTY, List.of())), ComparisonSettings.DEFAULTS);
            if (engineRuns.getAndSet(0) != 1) {
                throw new IllegalStateException("the counting pipeline does not count");
            }
            System.out.printf("%n[store] built in %d ms: %s; %d discrepancy + %d span annotations; files %s%n",
                    built.buildMillis(), expected, built.discrepancyAnnotations(), built.spanAnnotations(),
                    StoreFixture.sizes(built.file()));
            // the check itself: one open and summary must not run the engine and must give the same summary
            try (ProjectStore store = ProjectStore.open(built.file(), pipeline)) {
                ProjectSummary s = store.summary();
                if (!s.equals(expected) || engineRuns.get() != 0) {
                    throw new IllegalStateException("summary " + s + " after " + engineRuns.get()
                            + " engine runs; expected " + expected + " from the cache");
                }
            }
        }

        @TearDown(Level.Trial)
        public void check() throws Exception {
            try {
                System.out.printf("%n[store] engine runs during the trial: %d; files after %s%n", engineRuns.get(),
                        StoreFixture.sizes(built.file()));
                if (engineRuns.get() != 0) {
                    throw new IllegalStateException("the engine ran " + engineRuns.get()
                            + " times: the summary did not come from the cached comparison");
                }
            } finally {
                StoreFixture.delete(built.dir());
            }
        }
    }

    /** A built project kept open, and the annotation ids to edit in turn. */
    @State(Scope.Benchmark)
    public static class Open {
        @Param("50")
        public int reports;
        @Param("2000")
        public int words;
        @Param("1000")
        public int annotations;

        StoreFixture.Built built;
        ProjectStore store;
        long[] ids;
        long calls;

        @Setup(Level.Trial)
        public void open() throws Exception {
            built = StoreFixture.build(reports, words, annotations);
            System.out.printf("%n[store] built in %d ms: %s; files %s%n", built.buildMillis(), built.summary(),
                    StoreFixture.sizes(built.file()));
            store = ProjectStore.open(built.file(), Pipeline.standard());
            ids = StoreFixture.annotationIds(store);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            try {
                System.out.printf("%n[store] %d notes saved; files before closing %s%n", calls,
                        StoreFixture.sizes(built.file()));
                store.close();
            } finally {
                StoreFixture.delete(built.dir());
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 10, time = 2)
    public ProjectSummary openAndSummary(Built p) throws Exception {
        try (ProjectStore store = ProjectStore.open(p.built.file(), p.pipeline)) {
            return store.summary();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 5)
    public long saveNote(Open p) throws Exception {
        long call = p.calls++;
        long id = p.ids[(int) (call % p.ids.length)];
        p.store.setNote(id, "checked with the desk, revision " + call);
        return id;
    }
}
