package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadOptions;
import org.verbatim.core.read.ReadReport;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;
import org.verbatim.core.read.Reading;
import org.verbatim.export.ComparisonJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim compare FILE... [--format text|json] [--ignore-case] [--min-severity cosmetic|substantive]
 * [--encoding NAME]}. A source that cannot be read, or a report a stage of the engine fails on, is named on one
 * line of stderr with the reason; the others are still compared and the exit code is 2. Never a stack trace.
 *
 * <p>{@code compare --each DIR...} compares every story folder on its own, in one process: the reports of a
 * folder are its files of a format the readers know (name order; hidden files and {@code README.*} left out),
 * and each story is printed as it is done: in JSON one line per story ({@code {"story": DIR, "reports": ...}},
 * JSON lines), in text each report under a {@code Story DIR} line. A folder that cannot be compared is named on
 * stderr and the next one goes on; the exit code is then 2.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Finds the quotes in each report, groups the same utterance across reports and lists "
                + "every difference between the versions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report was read and compared", "2:a report could not be read or compared (the "
                + "others were still compared), or none could be", "1:an unexpected error"})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports: .txt, .md, .html, .docx, .pdf, .xml "
            + "(NITF, NewsML-G2), .jsonl (one article a line) files or http(s) URLs; with --each, story folders.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--each", description = "Each argument is a story folder: compare each on its own, one after "
            + "the other in this process (with --format json, one JSON document a line).")
    boolean each;

    @Option(names = "--format", defaultValue = "text", description = "text (for people) or json (for programs). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--ignore-case", description = "Compare words without regard to case.")
    boolean ignoreCase;

    @Option(names = "--min-severity", defaultValue = "cosmetic", paramLabel = "SEVERITY",
            description = "cosmetic (everything) or substantive (hide typography, punctuation, case, spelling).")
    Severity minSeverity;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour in the text format: auto, always or never. Default: ${DEFAULT-VALUE}.")
    TextReport.ColorMode color;

    @Option(names = "--encoding", paramLabel = "NAME", converter = EncodingConverter.class,
            description = "Decode text files in this encoding (windows-1251, KOI8-R, Shift_JIS, ...) instead of "
                    + "detecting it.")
    Charset encoding;

    /** Turns an encoding's name into a charset, or says the name is unknown. */
    static final class EncodingConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return ReadOptions.charsetNamed(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private final Readers readers;
    private final Pipeline pipeline;

    CompareCommand(Readers readers, Pipeline pipeline) {
        this.readers = readers;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!each) {
            return compare(sources, null, out, err);
        }
        int exit = 0;
        for (String folder : sources) {
            List<String> files = storyFiles(folder, err);
            int one = files == null ? 2 : compare(files, folder, out, err);
            exit = Math.max(exit, one);
        }
        return exit;
    }

    /** Reads and compares {@code sources} as one story and prints it; {@code story} names it in --each mode. */
    private int compare(List<String> sources, String story, PrintWriter out, PrintWriter err) throws IOException {
        ReadOptions options = new ReadOptions(encoding);
        List<Report> reports = new ArrayList<>();
        boolean failed = false;
        for (String source : sources) {
            try {
                Reading reading = readers.readAll(source, options);
                for (ReadReport one : reading.reports()) {
                    ReadResult r = one.result();
                    ReportMeta meta = r.meta().title() != null ? r.meta() : r.meta().withTitle(baseName(one.name()));
                    reports.add(new Report("r" + (reports.size() + 1), one.name(), r.text(), r.format(), meta, r.hidden()));
                    r.notes().forEach(note -> err.println("verbatim: " + one.name() + ": " + note));
                }
                for (ReadException e : reading.failures()) {
                    err.println("verbatim: " + e.getMessage());
                    failed = true;
                }
            } catch (ReadException e) {
                err.println("verbatim: " + e.getMessage());
                failed = true;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                err.println("verbatim: " + source + ": " + Failures.reason("could not be read", e));
                failed = true;
            }
        }
        if (reports.isEmpty()) {
            err.println("verbatim: " + (story == null ? "" : story + ": ") + "no report could be read; nothing to compare");
            return 2;
        }
        ComparisonSettings settings = ComparisonSettings.DEFAULTS.withIgnoreCase(ignoreCase).withMinSeverity(minSeverity);
        Failures.Compared compared = Failures.compare(pipeline, reports, settings);
        compared.problems().forEach(p -> err.println("verbatim: " + p));
        if (compared.comparison() == null) {
            return 2;
        }
        Comparison comparison = compared.comparison();
        if (format == Format.json && story == null) {
            new ComparisonJson().write(comparison, out);
            out.println();
        } else if (format == Format.json) {
            JsonLine.write(comparison, story, out);
        } else {
            if (story != null) {
                out.println("Story " + story);
            }
            new TextReport(color.enabled()).write(comparison, out);
            if (story != null) {
                out.println();
            }
        }
        out.flush();
        return failed || !compared.problems().isEmpty() ? 2 : 0;
    }

    /**
     * The report files of a story folder: its files of a format the readers know, in name order, hidden files
     * and a {@code README} left out; null (and the reason on stderr) when the folder cannot be listed or holds none.
     */
    private List<String> storyFiles(String folder, PrintWriter err) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            err.println("verbatim: " + folder + ": " + (Files.exists(dir) ? "is not a folder (--each takes story folders)"
                    : Readers.FILE_NOT_FOUND));
            return null;
        }
        Set<String> extensions = Set.copyOf(readers.extensions());
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(file -> {
                String name = baseName(file);
                int dot = name.lastIndexOf('.');
                String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
                if (!name.startsWith(".") && !name.toLowerCase(Locale.ROOT).startsWith("readme.")
                        && extensions.contains(extension)) {
                    files.add(file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            err.println("verbatim: " + folder + ": cannot read the folder");
            return null;
        }
        if (files.isEmpty()) {
            err.println("verbatim: " + folder + ": no report in the folder (" + String.join(", ", readers.extensions()) + ")");
            return null;
        }
        return files;
    }

    /** One story of --each on one line; a class of its own so that the text format loads no Jackson class. */
    private static final class JsonLine {
        static void write(Comparison comparison, String story, PrintWriter out) throws IOException {
            ComparisonJson.compact().write(comparison, out, g -> g.writeStringField("story", story), g -> { });
            out.println();
        }
    }

    private static String baseName(String source) {
        String s = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }
}
