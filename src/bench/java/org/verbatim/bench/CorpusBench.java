package org.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.corpus.CorpusEngine;
import org.verbatim.corpus.Inputs;
import org.verbatim.corpus.Link;
import org.verbatim.corpus.Progress;
import org.verbatim.testkit.CorpusGenerator;
import org.verbatim.testkit.PairwiseScore;

/**
 * The embedded corpus engine on a generated corpus, end to end from a JSON-lines file:
 * {@code CorpusBench ARTICLES THREADS [SEED]}. Prints the time of each phase, articles per second, the peak heap in
 * use (sampled every 100 ms), story grouping's pairwise precision and recall against the generator's truth, and
 * the links found against the quotations the generator made travel.
 */
public final class CorpusBench {

    private CorpusBench() {}

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        CorpusGenerator g = new CorpusGenerator(seed, articles, 600);
        Path dir = Files.createTempDirectory("verbatim-corpus-bench");
        Path file = dir.resolve("corpus.jsonl");
        g.writeJsonLines(file);
        System.out.printf(Locale.ROOT, "%,d articles in %d stories, %,d bytes of JSON lines%n", g.items().size(),
                g.stories(), Files.size(file));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        CorpusEngine engine = CorpusEngine.standard(Pipeline.standard(), threads);
        Map<String, Integer> storyOf = new HashMap<>();
        long[] phases = new long[2];
        long start = System.nanoTime();
        CorpusEngine.Run run = engine.run(new Inputs(Readers.defaults(), List.of(file)), new CorpusEngine.Listener() {
            @Override
            public void grouped(List<org.verbatim.corpus.Story> stories) {
                phases[0] = System.nanoTime();
            }

            @Override
            public void story(org.verbatim.corpus.StoryResult r) {
                int n = Integer.parseInt(r.story().id().substring(1));
                for (String id : r.articleIds()) {
                    storyOf.put(id.substring(id.lastIndexOf('#') + 1), n);
                }
            }
        });
        long end = System.nanoTime();
        sampler.interrupt();
        Progress p = engine.progress();
        double seconds = (end - start) / 1e9;
        System.out.printf(Locale.ROOT, "threads %d: %.1f s in all (read, sketch and group %.1f s, compare %.1f s), "
                        + "%.1f articles/s, peak heap in use %d MB (max heap %d MB)%n", threads, seconds,
                (phases[0] - start) / 1e9, p.comparing().toMillis() / 1000.0, articles / seconds, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
        List<Integer> truth = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        for (CorpusGenerator.Item it : g.items()) {
            truth.add(it.story());
            found.add(storyOf.get(it.id()));
        }
        System.out.println("stories: " + g.stories() + " true, " + run.stories() + " found; " + PairwiseScore.of(truth, found));
        System.out.println("links: " + run.links().size() + " found, " + g.travels().size()
                + " quotations made to travel; " + linked(run.links(), g, storyOf) + " of them found");
        Files.delete(file);
        Files.delete(dir);
    }

    /** How many travelled quotations have a link joining a group of their first story and one of the second. */
    private static int linked(List<Link> links, CorpusGenerator g, Map<String, Integer> storyOf) {
        Map<Integer, Integer> foundOfTrue = new HashMap<>();
        for (CorpusGenerator.Item it : g.items()) {
            foundOfTrue.putIfAbsent(it.story(), storyOf.get(it.id()));
        }
        int n = 0;
        for (CorpusGenerator.Travel t : g.travels()) {
            String a = "s" + foundOfTrue.get(t.from());
            String b = "s" + foundOfTrue.get(t.to());
            for (Link l : links) {
                if (l.groups().stream().anyMatch(x -> x.story().equals(a)) && l.groups().stream().anyMatch(x -> x.story().equals(b))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
