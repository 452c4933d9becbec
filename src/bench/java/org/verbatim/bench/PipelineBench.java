package org.verbatim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

/**
 * Whole-pipeline timings: {@code Pipeline.standard().compare(reports, DEFAULTS)}, one call per operation.
 * See docs/benchmarks.md for how to run it and the figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBench {

    /** The generator's seed: every run compares the same texts. */
    public static final long SEED = 20150914L;

    private static final Pipeline PIPELINE = Pipeline.standard();

    @State(Scope.Benchmark)
    public static class Sample {
        List<Report> reports;

        @Setup(Level.Trial)
        public void load() {
            reports = Inputs.sample();
        }
    }

    @State(Scope.Benchmark)
    public static class Generated {
        /** REPORTS x WORDS per report. */
        @Param({"10x800", "30x800", "60x800", "30x400", "30x1600"})
        public String shape;

        List<Report> reports;

        @Setup(Level.Trial)
        public void generate() {
            String[] rw = shape.split("x");
            reports = new NewsGenerator(SEED, Integer.parseInt(rw[1])).reports(Integer.parseInt(rw[0]));
            System.out.printf("%n[generated %s: %d reports, %d words in all]%n", shape, reports.size(),
                    Inputs.words(reports));
        }
    }

    @State(Scope.Benchmark)
    public static class Syn {
        List<Report> reports;

        @Setup(Level.Trial)
        public void load(BenchmarkParams params) {
            reports = Inputs.folder(Inputs.SYN_DIR);
            if (reports.isEmpty()) {
                System.out.printf("%n[%s absent: syn800x30 compares nothing and measures nothing useful]%n",
                        Inputs.SYN_DIR);
            } else {
                System.out.printf("%n[%s: %d reports, %d words in all]%n", Inputs.SYN_DIR, reports.size(),
                        Inputs.words(reports));
            }
        }
    }

    @Benchmark
    public Comparison sample(Sample s) {
        return PIPELINE.compare(s.reports, ComparisonSettings.DEFAULTS);
    }

    @Benchmark
    public Comparison generated(Generated g) {
        return PIPELINE.compare(g.reports, ComparisonSettings.DEFAULTS);
    }

    /** The reference comparison's data set (skipped when the folder is absent: an empty comparison). */
    @Benchmark
    public Comparison syn800x30(Syn s) {
        return s.reports.isEmpty() ? null : PIPELINE.compare(s.reports, ComparisonSettings.DEFAULTS);
    }
}
