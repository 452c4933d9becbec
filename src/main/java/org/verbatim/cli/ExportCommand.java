package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.verbatim.export.ExportFormat;
import org.verbatim.export.ExportInput;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export P.verbatim --format html|md|csv|json|w3c|tei -o OUT}: a project written out for people or
 * programs. The project is opened read-only; the output is written to a temporary file beside OUT and moved into
 * place, so a failed export leaves no half-written file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a project as an HTML report, Markdown, CSV, JSON, W3C Web Annotations or TEI.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path project;
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "html, md, csv, json, w3c or tei. Default: from the extension of OUT.")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The file to write (default: standard output).")
    Path output;
    @Option(names = "--title", paramLabel = "TEXT",
            description = "The story's title. Default: the project's file name.")
    String title;

    private final ProjectCommand.Services services;

    ExportCommand(ProjectCommand.Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = format();
        } catch (IllegalArgumentException e) {
            return ProjectCommand.fail(spec, e.getMessage());
        }
        if (output != null && sameFile(project, output)) {
            return ProjectCommand.fail(spec, output + ": is the project itself; choose another output file");
        }
        if (output != null && output.toAbsolutePath().getParent() != null
                && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            return ProjectCommand.fail(spec, output + ": the folder does not exist");
        }
        ExportInput in;
        try (ProjectStore store = ProjectCommand.store(spec, services, project, ProjectCommand.Opening.READ_ONLY)) {
            in = ExportInput.of(store.review(), title != null ? title : defaultTitle(project), services.tokenizers());
        } catch (ProjectException e) {
            return ProjectCommand.fail(spec, e.getMessage());
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                f.exporter().write(in, out);
            } catch (IOException e) {
                return ProjectCommand.fail(spec, "cannot write the export: " + e.getMessage());
            }
            out.flush();
            return 0;
        }
        try {
            f.writeFile(in, output.toAbsolutePath());
        } catch (IOException e) {
            return ProjectCommand.fail(spec, output + ": cannot write the export: " + e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + f.label() + ")");
        return 0;
    }

    private ExportFormat format() {
        if (format != null) {
            try {
                return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + format + "' (one of: " + formats()
                        + ")");
            }
        }
        if (output != null) {
            return ExportFormat.ofFileName(output.getFileName().toString()).orElseThrow(() ->
                    new IllegalArgumentException(output + ": cannot tell the format from the file name; "
                            + "say --format " + formats().replace(", ", "|")));
        }
        throw new IllegalArgumentException("say which format: --format " + formats().replace(", ", "|"));
    }

    private static String formats() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** "elton" for elton.verbatim. */
    static String defaultTitle(Path project) {
        String name = project.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
