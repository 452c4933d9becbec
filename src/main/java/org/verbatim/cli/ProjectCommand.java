package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.core.Comparison;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.Readers;
import org.verbatim.export.ProjectJson;
import org.verbatim.review.Tokenizers;
import org.verbatim.review.Annotation;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ProjectSummary;
import org.verbatim.store.ReportImport;
import org.verbatim.store.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verbatim project new|add|show|export}: the project file from the command line. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Create a project file, add reports to it, show it, export it.",
        subcommands = {ProjectCommand.New.class, ProjectCommand.Add.class, ProjectCommand.Show.class,
                ProjectCommand.Export.class, CorrectCommand.class})
final class ProjectCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The services every project command needs, handed over by {@link VerbatimCli}'s factory. */
    record Services(Readers readers, Pipeline pipeline, Tokenizers tokenizers) {}

    /** How a command opens its project. */
    enum Opening { CREATE, OPEN, READ_ONLY }

    /**
     * The project for a command, with what the store has to say (a damaged cache it computed again, settings that
     * did not parse) printed on the error stream, one line each.
     */
    static ProjectStore store(CommandSpec spec, Services services, Path project, Opening how) throws ProjectException {
        ProjectStore store = switch (how) {
            case CREATE -> ProjectStore.create(project, services.pipeline());
            case OPEN -> ProjectStore.open(project, services.pipeline());
            case READ_ONLY -> ProjectStore.openReadOnly(project, services.pipeline());
        };
        PrintWriter err = spec.commandLine().getErr();
        store.sayNoticesTo(notice -> err.println("verbatim: " + notice));
        return store;
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Create an empty project file.")
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT", description = "The new file, e.g. story.verbatim.")
        Path project;
        private final Services services;

        New(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = store(spec, services, project, Opening.CREATE)) {
                spec.commandLine().getOut().println("created " + store.path());
                return 0;
            } catch (ProjectException e) {
                return fail(spec, e.getMessage());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add reports (files or URLs) and compare.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
        List<String> sources = new ArrayList<>();
        private final Services services;

        Add(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            boolean failed = false;
            try (ProjectStore store = store(spec, services, project, Opening.OPEN)) {
                for (String source : sources) {
                    try {
                        org.verbatim.store.ReportImport.Imports imports = org.verbatim.store.ReportImport.allOf(
                                services.readers(), source, org.verbatim.core.read.ReadOptions.DEFAULTS);
                        for (org.verbatim.store.ReportImport one : imports.reports()) {
                            String id = one.addTo(store);
                            out.println("added " + id + "  " + store.report(id).report().meta().title());
                        }
                        for (ReadException e : imports.failures()) {
                            spec.commandLine().getErr().println("verbatim: " + e.getMessage());
                            failed = true;
                        }
                    } catch (ReadException e) {
                        spec.commandLine().getErr().println("verbatim: " + e.getMessage());
                        failed = true;
                    }
                }
                ProjectSummary s = store.summary();
                out.println(s.reports() + " reports, " + s.groups() + " quote groups, " + s.discrepancies()
                        + " discrepancies");
                return failed ? 2 : 0;
            } catch (ProjectException e) {
                return fail(spec, e.getMessage());
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Reports, groups and discrepancies, each discrepancy with its id, fingerprint and annotation.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        CompareCommand.Format format;
        private final Services services;

        Show(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws IOException {
            try (ProjectStore store = store(spec, services, project, Opening.OPEN)) {
                PrintWriter out = spec.commandLine().getOut();
                if (store.isReadOnly()) {
                    spec.commandLine().getErr().println("verbatim: " + project + ": opened read-only");
                }
                if (format == CompareCommand.Format.json) {
                    json(store, out);
                    out.println();
                } else {
                    text(store, out);
                }
                out.flush();
                return 0;
            } catch (ProjectException e) {
                return fail(spec, e.getMessage());
            }
        }

        private static void text(ProjectStore store, PrintWriter out) throws ProjectException {
            Comparison c = store.comparison();
            ProjectSummary s = store.summary();
            out.println(store.path() + ": " + s.reports() + " reports, " + s.groups() + " quote groups, "
                    + s.discrepancies() + " discrepancies, " + s.reviewed() + " reviewed"
                    + (s.orphaned() > 0 ? ", " + s.orphaned() + " orphaned annotations" : ""));
            for (StoredReport r : store.reports()) {
                org.verbatim.core.model.ReportMeta m = r.report().meta();
                out.println("  " + r.id() + "  " + m.title() + (r.fileName() != null ? "  (" + r.fileName() + ")" : "")
                        + (m.author() != null ? "  by " + m.author() : "")
                        + (m.encoding() != null ? "  read as " + m.encoding() : ""));
            }
            Map<String, Quote> quotes = c.quotesById();
            Map<String, Annotation> byFingerprint = new HashMap<>();
            for (Annotation a : store.annotations()) {
                if (a.fingerprint() != null) {
                    byFingerprint.put(a.fingerprint(), a);
                }
            }
            for (Cluster cl : c.clusters()) {
                if (!cl.isGroup()) {
                    continue;
                }
                Quote first = quotes.get(cl.quoteIds().get(0));
                out.println();
                out.println("Group " + cl.id() + " · " + (first.speaker() != null ? first.speaker() : "speaker unknown")
                        + " · " + cl.quoteIds().size() + " versions");
                for (String id : cl.quoteIds()) {
                    out.println("  " + CorrectCommand.quoteLine(quotes.get(id)));
                }
                for (Discrepancy d : c.discrepancies()) {
                    if (!d.clusterId().equals(cl.id())) {
                        continue;
                    }
                    Annotation a = byFingerprint.get(d.fingerprint());
                    List<String> readings = new ArrayList<>();
                    for (Discrepancy.Reading r : d.readings()) {
                        readings.add((r.isEmpty() ? "(nothing)" : "«" + r.text() + "»") + " " + r.whoPrints());
                    }
                    out.println("  " + d.id() + "  " + d.fingerprint() + "  " + d.kind().label() + " (" + d.severity().label()
                            + ")  " + String.join(" · ", readings) + "  [" + (a == null ? "unreviewed" : a.status().key()
                            + (a.note().isEmpty() ? "" : ": " + a.note())) + "]");
                }
            }
            List<Quote> alone = c.quotes().stream().filter(q -> c.clusters().stream()
                    .noneMatch(cl -> cl.isGroup() && cl.quoteIds().contains(q.id()))).toList();
            if (!alone.isEmpty()) {
                out.println();
                out.println("Quotes in no group:");
                alone.forEach(q -> out.println("  " + CorrectCommand.quoteLine(q)));
            }
            CorrectCommand.list(store.corrections(), out);
            List<Annotation> orphans = store.orphans();
            if (!orphans.isEmpty()) {
                out.println();
                out.println("Orphaned annotations (their text is gone; kept, never dropped):");
                for (Annotation a : orphans) {
                    out.println("  #" + a.id() + "  [" + a.status().key() + "] «" + a.anchor().quote().exact() + "» "
                            + a.note());
                }
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the project out.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Option(names = "--format", defaultValue = "json", description = "json. Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write (default: standard output).")
        Path output;
        private final Services services;

        Export(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws IOException {
            if (!format.equals("json")) {
                return fail(spec, "unknown export format '" + format + "' (this version writes json)");
            }
            try (ProjectStore store = store(spec, services, project, Opening.OPEN)) {
                if (output == null) {
                    PrintWriter out = spec.commandLine().getOut();
                    json(store, out);
                    out.println();
                    out.flush();
                } else {
                    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        json(store, w);
                    }
                    spec.commandLine().getOut().println("wrote " + output);
                }
                return 0;
            } catch (ProjectException e) {
                return fail(spec, e.getMessage());
            }
        }
    }

    /** The project as JSON: the comparison, the annotations and the user's corrections. */
    static void json(ProjectStore store, Writer out) throws ProjectException, IOException {
        List<org.verbatim.store.StoredCorrection> corrections = store.corrections();
        new ProjectJson().write(store.comparison(), store.annotations(), out, g -> CorrectCommand.json(corrections, g));
    }

    static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("verbatim: " + message);
        return 2;
    }
}
