package org.verbatim.export;

import java.util.List;
import java.util.Objects;
import org.verbatim.core.Comparison;
import org.verbatim.review.Annotation;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;

/**
 * What every export writes: the engine's results, the user's annotations on them, and the story's title.
 *
 * @param title       the story's title, as the reader of the export sees it (the project's name by default)
 * @param comparison  the engine's results for the project's reports
 * @param annotations every annotation of the project, orphaned ones included
 */
public record ExportInput(String title, Comparison comparison, List<Annotation> annotations) {

    public ExportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparison, "comparison");
        annotations = List.copyOf(annotations);
    }

    /** The project as it is now. */
    public static ExportInput of(ProjectStore store, String title) throws ProjectException {
        return new ExportInput(title, store.comparison(), store.annotations());
    }
}
