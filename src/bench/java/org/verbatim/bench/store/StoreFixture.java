package org.verbatim.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.verbatim.core.Comparison;
import org.verbatim.core.Pipeline;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ProjectSummary;

/**
 * Builds the benchmark project: {@link NewsCorpus} reports added to a new project file, compared once (so the
 * results cache is stored), then annotated: discrepancy annotations while there are discrepancies left,
 * span annotations on quotations and sentences for the rest. Everything goes through the public
 * {@link ProjectStore} API, as the window and the command line use it.
 */
public final class StoreFixture {

    public static final long SEED = 20250304L;

    /** What was built. */
    public record Built(Path dir, Path file, ProjectSummary summary, int discrepancyAnnotations, int spanAnnotations,
                        long buildMillis) {}

    private StoreFixture() {}

    /**
     * A pipeline that behaves exactly like {@link Pipeline#standard()} but counts its runs: the clutter stage
     * runs once per report on every {@link Pipeline#compare}, and only there.
     */
    public static Pipeline countingPipeline(AtomicInteger clutterCalls) {
        ClutterDetector rules = ClutterDetector.rules();
        return Pipeline.builder().clutter((text, paragraphs) -> {
            clutterCalls.incrementAndGet();
            return rules.detect(text, paragraphs);
        }).build();
    }

    public static Built build(int reports, int words, int annotations) throws Exception {
        long t0 = System.nanoTime();
        Path dir = Files.createTempDirectory("verbatim-storebench");
        Path file = dir.resolve("bench.verbatim");
        Readers readers = Readers.defaults();
        Random random = new Random(SEED);
        int onDiscrepancies;
        int onSpans = 0;
        ProjectSummary summary;
        try (ProjectStore store = ProjectStore.create(file, Pipeline.standard()).as("bench")) {
            for (NewsCorpus.Doc d : NewsCorpus.generate(reports, words, SEED)) {
                store.addReport(d.fileName(), d.fileName(), d.bytes(), readers.read(d.fileName(), d.bytes()));
            }
            Comparison comparison = store.comparison();
            List<Discrepancy> discrepancies = comparison.discrepancies();
            onDiscrepancies = Math.min(annotations, discrepancies.size());
            AnnotationStatus[] statuses = AnnotationStatus.values();
            for (int i = 0; i < onDiscrepancies; i++) {
                store.annotate(discrepancies.get(i), statuses[random.nextInt(statuses.length)],
                        "checked against the recording, item " + i);
            }
            List<Comparison.ReportResult> results = comparison.reports();
            List<org.verbatim.core.quote.Quote> quotes = comparison.quotes();
            for (int i = onDiscrepancies; i < annotations; i++) {
                String reportId;
                Span span;
                if (!quotes.isEmpty() && i % 2 == 0) {
                    org.verbatim.core.quote.Quote q = quotes.get(random.nextInt(quotes.size()));
                    reportId = q.reportId();
                    span = q.span();
                } else {
                    Comparison.ReportResult r = results.get(random.nextInt(results.size()));
                    reportId = r.report().id();
                    int length = r.report().text().length();
                    int start = random.nextInt(Math.max(1, length - 200));
                    span = new Span(start, start + 40 + random.nextInt(120));
                }
                store.annotateSpan(reportId, span, statuses[random.nextInt(statuses.length)], "span note " + i);
                onSpans++;
            }
            summary = store.summary();
        }
        return new Built(dir, file, summary, onDiscrepancies, onSpans, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Ids of the annotations in the project (for the note-saving benchmark). */
    public static long[] annotationIds(ProjectStore store) throws ProjectException {
        return store.annotations().stream().mapToLong(Annotation::id).toArray();
    }

    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sizes of the project file and its side files, in bytes. */
    public static List<String> sizes(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(p)) {
                out.add(p.getFileName() + " " + Files.size(p));
            }
        }
        return out;
    }
}
