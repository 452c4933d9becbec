package org.verbatim.export;

import java.util.List;
import java.util.Objects;
import org.verbatim.core.Comparison;
import org.verbatim.core.text.Tokenizer;
import org.verbatim.review.Annotation;
import org.verbatim.review.Review;
import org.verbatim.review.Tokenizers;

/**
 * What every export writes: the engine's results, the user's annotations on them, and the story's title; with
 * the tokenizer that splits the reports into words as the engine did for this project.
 *
 * @param title       the story's title, as the reader of the export sees it (the project's name by default)
 * @param comparison  the engine's results for the project's reports
 * @param annotations every annotation of the project, orphaned ones included
 * @param tokenizer   the words of the reports, as the project's settings compare them (for word tables)
 */
public record ExportInput(String title, Comparison comparison, List<Annotation> annotations, Tokenizer tokenizer) {

    public ExportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(tokenizer, "tokenizer");
        annotations = List.copyOf(annotations);
    }

    /** A project's review, as its file hands it out. */
    public static ExportInput of(Review review, String title, Tokenizers tokenizers) {
        return new ExportInput(title, review.comparison(), review.annotations(), tokenizers.of(review.settings()));
    }
}
