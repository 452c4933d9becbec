package org.verbatim.core;

import java.util.List;
import java.util.Map;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;

/**
 * What the user chose for a comparison.
 *
 * @param ignoreCase     compare words without regard to case
 * @param minSeverity    leave out discrepancies below this severity
 * @param userExcluded   per report id, spans the user excluded from the comparison by hand
 * @param userIncluded   per report id, spans the user put back although the clutter rules excluded them
 */
public record ComparisonSettings(boolean ignoreCase, Severity minSeverity, Map<String, List<Span>> userExcluded,
                                 Map<String, List<Span>> userIncluded) {

    public static final ComparisonSettings DEFAULTS =
            new ComparisonSettings(false, Severity.COSMETIC, Map.of(), Map.of());

    public ComparisonSettings {
        userExcluded = Map.copyOf(userExcluded);
        userIncluded = Map.copyOf(userIncluded);
    }

    public ComparisonSettings withIgnoreCase(boolean value) {
        return new ComparisonSettings(value, minSeverity, userExcluded, userIncluded);
    }

    public ComparisonSettings withMinSeverity(Severity value) {
        return new ComparisonSettings(ignoreCase, value, userExcluded, userIncluded);
    }
}
