package org.verbatim.core;

import java.util.List;
import java.util.Map;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Span;

/**
 * What the user chose for a comparison.
 *
 * @param ignoreCase     compare words without regard to case
 * @param minSeverity    leave out discrepancies below this severity
 * @param userExcluded   per report id, spans the user excluded from the comparison by hand
 * @param userIncluded   per report id, spans the user put back although the clutter rules excluded them
 * @param corrections    the user's corrections of quotes, speakers and groups
 */
public record ComparisonSettings(boolean ignoreCase, Severity minSeverity, Map<String, List<Span>> userExcluded,
                                 Map<String, List<Span>> userIncluded, Corrections corrections) {

    public static final ComparisonSettings DEFAULTS =
            new ComparisonSettings(false, Severity.COSMETIC, Map.of(), Map.of(), Corrections.NONE);

    public ComparisonSettings {
        userExcluded = Map.copyOf(userExcluded);
        userIncluded = Map.copyOf(userIncluded);
        corrections = corrections == null ? Corrections.NONE : corrections;
    }

    public ComparisonSettings(boolean ignoreCase, Severity minSeverity, Map<String, List<Span>> userExcluded,
                              Map<String, List<Span>> userIncluded) {
        this(ignoreCase, minSeverity, userExcluded, userIncluded, Corrections.NONE);
    }

    public ComparisonSettings withIgnoreCase(boolean value) {
        return new ComparisonSettings(value, minSeverity, userExcluded, userIncluded, corrections);
    }

    public ComparisonSettings withMinSeverity(Severity value) {
        return new ComparisonSettings(ignoreCase, value, userExcluded, userIncluded, corrections);
    }

    public ComparisonSettings withCorrections(Corrections value) {
        return new ComparisonSettings(ignoreCase, minSeverity, userExcluded, userIncluded, value);
    }
}
