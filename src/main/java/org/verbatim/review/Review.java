package org.verbatim.review;

import java.util.List;
import java.util.Objects;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;

/**
 * A project's review as plain data, as the project file hands it out: the engine's results for its reports,
 * every annotation on them (orphaned ones included), and the settings they were compared with. What exports,
 * print and the command line render; none of them needs the file itself.
 *
 * @param comparison  the engine's results for the reports as they are now, with their current details
 * @param annotations every annotation of the project
 * @param settings    the comparison settings (ignore case, lowest severity)
 */
public record Review(Comparison comparison, List<Annotation> annotations, ComparisonSettings settings) {

    public Review {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(settings, "settings");
        annotations = List.copyOf(annotations);
    }
}
