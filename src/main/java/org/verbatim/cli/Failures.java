package org.verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

/**
 * The command line's catch-all: a reader or a stage of the engine that fails on one report costs that report,
 * named on one line with the reason, never the run and never a stack trace.
 */
final class Failures {

    private Failures() {
    }

    /**
     * The comparison of the reports the engine can compare, and one line for each report it could not.
     *
     * @param comparison null when no report could be compared
     */
    record Compared(Comparison comparison, List<String> problems) {}

    /**
     * Compares {@code reports}; when the engine fails, each report is tried alone, those that fail alone are
     * named and left out, and the rest are compared again.
     */
    static Compared compare(Pipeline pipeline, List<Report> reports, ComparisonSettings settings) {
        try {
            return new Compared(pipeline.compare(reports, settings), List.of());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError first) {
            List<String> problems = new ArrayList<>();
            List<Report> fine = new ArrayList<>();
            for (Report r : reports) {
                try {
                    pipeline.compare(List.of(r), settings);
                    fine.add(r);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    problems.add(r.path() + ": " + reason("could not be compared", e));
                }
            }
            if (fine.isEmpty() || fine.size() == reports.size()) {
                if (problems.isEmpty()) {
                    problems.add(reason("the reports could not be compared", first));
                }
                return new Compared(null, problems);
            }
            try {
                return new Compared(pipeline.compare(fine, settings), problems);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problems.add(reason("the reports could not be compared", e));
                return new Compared(null, problems);
            }
        }
    }

    /** "{what} (the text nests too deeply to analyse)", in plain words for the failure. */
    static String reason(String what, Throwable e) {
        if (e instanceof StackOverflowError) {
            return what + " (it nests too deeply to analyse)";
        }
        if (e instanceof OutOfMemoryError) {
            return what + " (not enough memory: it is too large, or give Java more with -Xmx)";
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + firstLine(e.getMessage());
        return what + " (an internal error, " + e.getClass().getSimpleName() + message + ")";
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }
}
