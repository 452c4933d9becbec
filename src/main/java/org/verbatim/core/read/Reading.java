package org.verbatim.core.read;

import java.util.List;
import java.util.Objects;

/**
 * What one source yielded: the reports read from it, in order, and the parts of it that could not be read
 * (a bad line of a JSON-lines file), each a {@link ReadException} naming the part and the reason. A source
 * that cannot be read at all is a {@link ReadException} instead.
 *
 * @param source   the source as the user gave it
 * @param reports  the reports, in the source's order; may be empty when every part failed
 * @param failures the parts that failed, in the source's order
 */
public record Reading(String source, List<ReadReport> reports, List<ReadException> failures) {
    public Reading {
        Objects.requireNonNull(source, "source");
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
    }

    /**
     * The one report of a single-report source.
     *
     * @throws ReadException the first failure, or a source holding several reports ("holds 3 reports; ...")
     */
    public ReadReport single() throws ReadException {
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        if (reports.size() != 1) {
            throw new ReadException(source, reports.isEmpty() ? "holds no report"
                    : "holds " + reports.size() + " reports, where one was expected");
        }
        return reports.get(0);
    }
}
