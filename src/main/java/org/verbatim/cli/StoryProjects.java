package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.verbatim.core.Comparison;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.read.ReadResult;
import org.verbatim.corpus.StoryResult;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;

/**
 * {@code corpus --out DIR}: one project file a story ({@code s0001.verbatim}, ...), its reports added through the
 * store as {@code project add} adds them; the window compares a story when it is opened.
 */
final class StoryProjects {

    private final Path folder;
    private final Pipeline pipeline;
    private int digits = 4;

    StoryProjects(Path folder, Pipeline pipeline) {
        this.folder = folder;
        this.pipeline = pipeline;
    }

    /** Enough digits for {@code stories} stories (at least four), so the files sort in story order. */
    void numbering(int stories) {
        digits = Math.max(4, String.valueOf(stories).length());
    }

    /** Writes the story's project; returns its file name, relative to the folder. */
    String write(StoryResult r) {
        String name = String.format(Locale.ROOT, "s%0" + digits + "d.verbatim", Integer.parseInt(r.story().id().substring(1)));
        Path file = folder.resolve(name);
        try {
            Files.deleteIfExists(file);
            try (ProjectStore store = ProjectStore.create(file, pipeline)) {
                Comparison c = r.comparison();
                for (Comparison.ReportResult rr : c.reports()) {
                    Report report = rr.report();
                    ReadResult read = new ReadResult(report.text(), report.format(), report.meta(), report.hidden());
                    store.addReport(report.path(), fileName(report.path()), report.text().getBytes(StandardCharsets.UTF_8), read);
                }
            }
            return name;
        } catch (ProjectException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
        }
    }

    private static String fileName(String source) {
        String s = source.replaceAll("[/\\\\]+$", "");
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }
}
