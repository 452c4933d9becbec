package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.read.Readers;
import org.verbatim.corpus.CorpusEngine;
import org.verbatim.corpus.GroupingSettings;
import org.verbatim.corpus.Inputs;
import org.verbatim.corpus.Link;
import org.verbatim.corpus.Progress;
import org.verbatim.corpus.Skipped;
import org.verbatim.corpus.Story;
import org.verbatim.corpus.StoryResult;
import org.verbatim.export.CorpusJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim corpus INPUT... [--format json|text] [--out DIR] [--threads N]} */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Groups thousands of articles into stories, compares each story as compare does, and links "
                + "the quotes that appear in several stories.",
                "Progress goes to standard error; Ctrl+C stops cleanly with what is compared written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was read and every story compared",
                "2:some inputs were skipped (named on standard error and in a report file), or none could be read",
                "1:an unexpected error", "130:stopped with Ctrl+C (what was compared is written)"})
final class CorpusCommand implements Callable<Integer> {

    /** Skipped inputs named on standard error; the rest only in the report file. */
    static final int NAMED_ON_STDERR = 5;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders of .txt, .md and .html files (read as compare reads them), JSON-lines files "
                    + "(one article a line: id, url, date, outlet, title, text), or such files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text",
            description = "text (for people) or json (for programs: each story as compare --format json prints it). "
                    + "Default: ${DEFAULT-VALUE}.")
    CompareCommand.Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write one .verbatim project per story into DIR, with index.json listing them.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Stories compared at once. Default: the cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "7",
            description = "The most days apart two dated articles of one story can be. Default: ${DEFAULT-VALUE}.")
    int windowDays;

    private final Readers readers;
    private final Pipeline pipeline;

    CorpusCommand(Readers readers, Pipeline pipeline) {
        this.readers = readers;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("verbatim: --threads must be at least 1");
            return 2;
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("verbatim: " + out + ": cannot make the folder: " + e.getMessage());
                return 2;
            }
        }
        CorpusEngine engine = new CorpusEngine(pipeline, ComparisonSettings.DEFAULTS,
                GroupingSettings.DEFAULTS.withWindowDays(windowDays), threads, null);
        Output output = new Output(stdout, err);
        CountDownLatch written = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            engine.cancel();
            try {
                written.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "verbatim-corpus-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "verbatim-corpus-progress");
            t.setDaemon(true);
            return t;
        });
        long period = System.console() != null ? 1 : 10;
        ticker.scheduleAtFixedRate(() -> output.progress(engine.progress(), false), period, period, TimeUnit.SECONDS);
        try {
            CorpusEngine.Run run = engine.run(new Inputs(readers, inputs), output);
            output.progress(engine.progress(), true);
            output.finish(run);
            if (run.articles() == 0) {
                err.println("verbatim: no article found in " + String.join(", ", inputs.stream().map(Path::toString).toList())
                        + (run.skipped() > 0 ? " that could be read" : "") + "; nothing to group");
                return 2;
            }
            return run.skipped() > 0 ? 2 : 0;
        } catch (UncheckedIOException e) {
            err.println("verbatim: " + e.getMessage());
            return 2;
        } finally {
            ticker.shutdownNow();
            output.close();
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl+C): the hook is running and has been let go
            }
        }
    }

    /** Where results go as they come: standard output, the projects, the index, the skipped report. */
    private final class Output implements CorpusEngine.Listener {
        private final PrintWriter stdout;
        private final PrintWriter err;
        private final CorpusJson json;
        private final CorpusJson index;
        private final Writer indexFile;
        private final StoryProjects projects;
        private Writer skippedReport;
        private Path skippedPath;
        private int skipped;
        private int lastLength;

        Output(PrintWriter stdout, PrintWriter err) throws IOException {
            this.stdout = stdout;
            this.err = err;
            this.json = format == CompareCommand.Format.json ? CorpusJson.full(stdout) : null;
            if (out != null) {
                indexFile = Files.newBufferedWriter(out.resolve("index.json"), StandardCharsets.UTF_8);
                index = CorpusJson.index(indexFile);
                projects = new StoryProjects(out, pipeline);
            } else {
                indexFile = null;
                index = null;
                projects = null;
            }
        }

        @Override
        public void grouped(List<Story> stories) {
            if (projects != null) {
                projects.numbering(stories.size());
            }
        }

        @Override
        public synchronized void skipped(Skipped s) {
            skipped++;
            try {
                if (skippedReport == null) {
                    skippedPath = out != null ? out.resolve("skipped.txt")
                            : Files.createTempFile("verbatim-corpus-skipped-", ".txt");
                    skippedReport = Files.newBufferedWriter(skippedPath, StandardCharsets.UTF_8);
                }
                skippedReport.write(s.source() + "\t" + s.reason() + "\n");
                skippedReport.flush();
            } catch (IOException e) {
                err.println("verbatim: cannot write the list of skipped inputs: " + e.getMessage());
            }
            if (skipped <= NAMED_ON_STDERR) {
                clearProgress();
                err.println("verbatim: skipped " + s);
            }
        }

        @Override
        public void story(StoryResult r) throws IOException {
            String project = projects != null ? projects.write(r) : null;
            if (json != null) {
                json.story(r, null);
            } else {
                stdout.println(textLine(r));
                stdout.flush();
            }
            if (index != null) {
                index.story(r, project);
            }
        }

        void finish(CorpusEngine.Run run) throws IOException {
            if (json != null) {
                json.finish(run);
                stdout.println();
            } else {
                text(run);
            }
            stdout.flush();
            if (index != null) {
                index.finish(run);
            }
            if (skipped > NAMED_ON_STDERR) {
                err.println("verbatim: " + (skipped - NAMED_ON_STDERR) + " more skipped");
            }
            if (skippedPath != null) {
                err.println("verbatim: " + skipped + " skipped in all, each named in " + skippedPath);
            }
            if (run.cancelled()) {
                err.println("verbatim: stopped; " + run.compared() + " of " + run.stories() + " stories compared and written");
            }
        }

        synchronized void progress(Progress p, boolean last) {
            String line = line(p);
            if (System.console() != null) {
                err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + (last ? "\n" : ""));
                lastLength = last ? 0 : line.length();
            } else {
                err.println(line);
            }
            err.flush();
        }

        private void clearProgress() {
            if (lastLength > 0) {
                err.print("\r" + " ".repeat(lastLength) + "\r");
                lastLength = 0;
            }
        }

        void close() throws IOException {
            if (index != null) {
                index.close();
                indexFile.close();
            }
            if (json != null) {
                json.close();
            }
            if (skippedReport != null) {
                skippedReport.close();
            }
        }

        private void text(CorpusEngine.Run run) {
            if (!run.links().isEmpty()) {
                stdout.println();
                stdout.println("Quoted in several stories:");
                for (Link l : run.links()) {
                    stdout.println("  " + l.id() + "  \u00AB" + l.text() + "\u00BB" + (l.speaker() != null ? "  " + l.speaker() : "")
                            + "  \u00B7  " + String.join(", ", l.groups().stream()
                            .map(g -> g.story() + " (" + g.cluster() + ", " + g.reports() + " reports)").toList()));
                }
            }
            stdout.println();
            stdout.println(String.format(Locale.ROOT, "%,d articles, %,d stories (%,d compared), %,d quotes in several "
                    + "stories, %,d skipped; %s", run.articles(), run.stories(), run.compared(), run.links().size(),
                    run.skipped(), duration(run.elapsed())) + (out != null ? "; projects in " + out : ""));
        }
    }

    private static String textLine(StoryResult r) {
        var c = r.comparison();
        long groups = c.clusters().stream().filter(Cluster::isGroup).count();
        List<String> dates = c.reports().stream().map(x -> x.report().meta().date()).filter(d -> d != null).sorted().toList();
        String when = dates.isEmpty() ? "" : dates.get(0).equals(dates.get(dates.size() - 1)) ? ", " + dates.get(0)
                : ", " + dates.get(0) + " to " + dates.get(dates.size() - 1);
        return r.story().id() + "  " + r.title() + "  \u00B7  " + c.reports().size() + (c.reports().size() == 1 ? " report" : " reports")
                + when + ", " + groups + " quote groups, " + c.discrepancies().size() + " discrepancies";
    }

    static String line(Progress p) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "read %,d articles", p.articlesRead()));
        if (p.skipped() > 0) {
            b.append(String.format(Locale.ROOT, " (%,d skipped)", p.skipped()));
        }
        switch (p.phase()) {
            case READING -> b.append(" \u00B7 reading");
            case GROUPING -> b.append(" \u00B7 grouping into stories");
            default -> {
                b.append(String.format(Locale.ROOT, " \u00B7 %,d stories \u00B7 compared %,d (%,d articles)",
                        p.storiesFound(), p.storiesCompared(), p.articlesCompared()));
                if (p.rate() > 0) {
                    b.append(String.format(Locale.ROOT, " \u00B7 %.1f articles/s", p.rate()));
                }
                Duration left = p.timeLeft();
                if (left != null) {
                    b.append(" \u00B7 about ").append(duration(left)).append(" left");
                }
            }
        }
        return b.append(" \u00B7 ").append(duration(p.elapsed())).toString();
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
