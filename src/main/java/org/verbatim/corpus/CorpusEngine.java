package org.verbatim.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

/**
 * The embedded corpus engine: reads the articles once (sketching them on the worker threads and keeping their
 * texts in a temporary {@link Spool}), groups them into stories, then compares story by story on {@code threads}
 * workers with the unchanged {@link Pipeline}, handing each result to the listener in story order. At most
 * {@code 2 × threads} stories are in flight, so memory grows with the largest story rather than with the corpus
 * (the sketches, a few kilobytes an article, stay). {@link #cancel()} stops it cleanly: what is compared is handed
 * on, the rest is left.
 */
public final class CorpusEngine {

    /** Receives a run's results, on the thread that called {@link #run}. */
    public interface Listener {
        /** A story compared, in story order. */
        void story(StoryResult result) throws IOException;

        /** An input left out (from the reading thread). */
        default void skipped(Skipped skipped) {}

        /** Grouping is over: the stories, before any is compared. */
        default void grouped(List<Story> stories) {}
    }

    /**
     * How a run ended.
     *
     * @param articles  articles read
     * @param skipped   inputs skipped
     * @param stories   stories found
     * @param compared  stories compared and handed on
     * @param links     quote groups linked across the compared stories
     * @param failed    stories whose comparison failed (named in the listener's skipped list)
     * @param cancelled whether {@link #cancel()} stopped it
     * @param elapsed   how long it took
     */
    public record Run(int articles, int skipped, int stories, int compared, List<Link> links, int failed,
                      boolean cancelled, Duration elapsed) {}

    private final Pipeline pipeline;
    private final ComparisonSettings comparison;
    private final Sketcher sketcher;
    private final GroupingSettings grouping;
    private final int threads;
    private final Path temporary;

    private volatile boolean cancelled;
    private volatile Progress.Phase phase = Progress.Phase.READING;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger storiesFound = new AtomicInteger();
    private final AtomicInteger storiesCompared = new AtomicInteger();
    private final AtomicInteger articlesCompared = new AtomicInteger();
    private volatile long started;
    private volatile long comparingFrom;

    /**
     * @param temporary where the spool file goes; null for the system's temporary folder
     */
    public CorpusEngine(Pipeline pipeline, ComparisonSettings comparison, GroupingSettings grouping, int threads,
                        Path temporary) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = Objects.requireNonNull(pipeline);
        this.comparison = Objects.requireNonNull(comparison);
        this.grouping = Objects.requireNonNull(grouping);
        this.sketcher = new Sketcher(grouping.components());
        this.threads = threads;
        this.temporary = temporary;
    }

    /** The engine's defaults: the standard pipeline and settings, a worker per core, the system's temporary folder. */
    public static CorpusEngine standard(Pipeline pipeline, int threads) {
        return new CorpusEngine(pipeline, ComparisonSettings.DEFAULTS, GroupingSettings.DEFAULTS, threads, null);
    }

    public Sketcher sketcher() {
        return sketcher;
    }

    public GroupingSettings grouping() {
        return grouping;
    }

    /** Stops the run as soon as it can: no more reading, no new story begun; what is compared is handed on. */
    public void cancel() {
        cancelled = true;
    }

    public Progress progress() {
        long now = System.nanoTime();
        long from = comparingFrom;
        return new Progress(phase, read.get(), skipped.get(), storiesFound.get(), storiesCompared.get(),
                articlesCompared.get(), started == 0 ? Duration.ZERO : Duration.ofNanos(now - started),
                from == 0 ? Duration.ZERO : Duration.ofNanos(now - from));
    }

    public Run run(ArticleSource source, Listener listener) throws IOException {
        started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verbatim-corpus");
            t.setDaemon(true);
            return t;
        });
        try (Spool spool = new Spool(temporary)) {
            List<ArticleSketch> sketches = readAndSketch(source, listener, spool, workers);
            phase = Progress.Phase.GROUPING;
            List<Story> stories = cancelled ? List.of()
                    : new StoryGrouper(new CandidateKeys(sketcher, grouping), grouping).group(sketches, () -> cancelled);
            storiesFound.set(stories.size());
            listener.grouped(stories);
            phase = Progress.Phase.COMPARING;
            comparingFrom = System.nanoTime();
            List<QuoteLinker.Print> prints = new ArrayList<>();
            int failed = compare(stories, spool, listener, workers, prints);
            phase = cancelled ? Progress.Phase.STOPPED : Progress.Phase.DONE;
            return new Run(read.get(), skipped.get(), stories.size(), storiesCompared.get(), QuoteLinker.link(prints),
                    failed, cancelled, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            workers.shutdownNow();
        }
    }

    private List<ArticleSketch> readAndSketch(ArticleSource source, Listener listener, Spool spool,
                                              ExecutorService workers) throws IOException {
        List<Future<ArticleSketch>> futures = new ArrayList<>();
        Semaphore inFlight = new Semaphore(threads * 8);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        source.read(new ArticleSource.Sink() {
            @Override
            public boolean article(Article article) {
                if (cancelled || failure.get() != null) {
                    return false;
                }
                spool.add(article);
                inFlight.acquireUninterruptibly();
                futures.add(workers.submit(() -> {
                    try {
                        return sketcher.sketch(article);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        throw e;
                    } finally {
                        inFlight.release();
                        read.incrementAndGet();
                    }
                }));
                return true;
            }

            @Override
            public void skipped(Skipped s) {
                skipped.incrementAndGet();
                listener.skipped(s);
            }
        });
        List<ArticleSketch> out = new ArrayList<>(futures.size());
        for (Future<ArticleSketch> f : futures) {
            out.add(get(f));
        }
        return out;
    }

    private int compare(List<Story> stories, Spool spool, Listener listener, ExecutorService workers,
                        List<QuoteLinker.Print> prints) throws IOException {
        Deque<Future<StoryResult>> inFlight = new ArrayDeque<>();
        int next = 0;
        int failed = 0;
        int window = threads * 2;
        while (next < stories.size() || !inFlight.isEmpty()) {
            while (!cancelled && next < stories.size() && inFlight.size() < window) {
                Story s = stories.get(next++);
                inFlight.add(workers.submit(() -> compare(s, spool)));
            }
            if (inFlight.isEmpty()) {
                break;
            }
            StoryResult r;
            try {
                r = get(inFlight.poll());
            } catch (StoryFailed e) {
                failed++;
                skipped.incrementAndGet();
                listener.skipped(new Skipped(e.story, "the comparison failed: " + e.getCause()));
                continue;
            }
            prints.addAll(QuoteLinker.prints(storiesCompared.get(), r));
            listener.story(r);
            storiesCompared.incrementAndGet();
            articlesCompared.addAndGet(r.story().size());
        }
        return failed;
    }

    private StoryResult compare(Story story, Spool spool) {
        List<Report> reports = new ArrayList<>(story.size());
        List<String> ids = new ArrayList<>(story.size());
        Map<String, Integer> titles = new HashMap<>();
        String title = null;
        int best = 0;
        for (int index : story.articles()) {
            Article a = spool.get(index);
            Report r = a.toReport("r" + (reports.size() + 1));
            reports.add(r);
            ids.add(a.id());
            String t = r.meta().title();
            int n = titles.merge(t, 1, Integer::sum);
            if (n > best) {
                best = n;
                title = t;
            }
        }
        try {
            Comparison c = pipeline.compare(reports, comparison);
            return new StoryResult(story, title, ids, c);
        } catch (RuntimeException e) {
            throw new StoryFailed(story.id(), e);
        }
    }

    /** A story the engine could not compare. */
    private static final class StoryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String story;

        StoryFailed(String story, RuntimeException cause) {
            super(cause);
            this.story = story;
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
