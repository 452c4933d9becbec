package org.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

/**
 * Not a JMH benchmark: one generated text of about MB megabytes (default 5) through the whole pipeline once, as a
 * single report, to check that it completes within the heap it is given (run it with {@code -Xmx512m}). Prints the
 * wall time, the peak heap in use (sampled every 5 ms) and the sum of the heap pools' peaks, or the
 * OutOfMemoryError. Exit code 0 when it completes, 1 when it runs out of memory.
 * <p>
 * {@code java -Xmx512m -cp ... org.verbatim.bench.LargeInputCheck [MB]}
 */
public final class LargeInputCheck {

    private LargeInputCheck() {}

    public static void main(String[] args) throws Exception {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int bytes = (int) (mb * 1024 * 1024);
        // about 6.3 characters a word, headline and paragraph breaks included
        String text = new NewsGenerator(PipelineBench.SEED, (int) (bytes / 6.3)).story();
        if (text.length() > bytes) {
            text = text.substring(0, text.lastIndexOf("\n\n", bytes) + 2);
        }
        List<Report> reports = List.of(Report.of("r1", "generated/large.txt", text));
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("input: 1 report, %,d characters (%.2f MB), %,d words; max heap %d MB; %s %s%n",
                text.length(), text.length() / 1048576.0, NewsGenerator.wordCount(text), max >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));

        System.gc();
        long baseline = used();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long t0 = System.nanoTime();
        int exit = 0;
        try {
            Comparison c = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("completed in %,d ms: %d quotes, %d clusters, %d passages, %d discrepancies%n", ms,
                    c.quotes().size(), c.clusters().size(), c.passages().size(), c.discrepancies().size());
        } catch (OutOfMemoryError e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("OUT OF MEMORY after %,d ms: %s%n", ms, e);
            StackTraceElement[] st = e.getStackTrace();
            for (int i = 0; i < Math.min(12, st.length); i++) {
                System.out.println("    at " + st[i]);
            }
            exit = 1;
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap in use before: %d MB; peak in use (sampled): %d MB; sum of heap pool peaks: %d MB%n",
                baseline >> 20, peak.get() >> 20, poolPeaks >> 20);
        System.exit(exit);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
