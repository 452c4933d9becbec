package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
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
            + "(NITF, NewsML-G2), .jsonl (one article a line) files or http(s) URLs.")
    List<String> sources = new ArrayList<>();

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
            err.println("verbatim: no report could be read; nothing to compare");
            return 2;
        }
        ComparisonSettings settings = ComparisonSettings.DEFAULTS.withIgnoreCase(ignoreCase).withMinSeverity(minSeverity);
        Failures.Compared compared = Failures.compare(pipeline, reports, settings);
        compared.problems().forEach(p -> err.println("verbatim: " + p));
        if (compared.comparison() == null) {
            return 2;
        }
        Comparison comparison = compared.comparison();
        if (format == Format.json) {
            new ComparisonJson().write(comparison, out);
            out.println();
        } else {
            new TextReport(color.enabled()).write(comparison, out);
        }
        out.flush();
        return failed || !compared.problems().isEmpty() ? 2 : 0;
    }

    private static String baseName(String source) {
        String s = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }
}
