package org.verbatim.review;

import java.util.Objects;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.text.Tokenizer;

/**
 * The tokenizers the views of a review use where they set words side by side (the inspector's collation table,
 * the TEI apparatus), chosen by the project's settings as the engine chooses: built once, in the composition
 * root, and passed down.
 *
 * @param keepingCase  for a project compared with case
 * @param ignoringCase for a project compared without regard to case
 */
public record Tokenizers(Tokenizer keepingCase, Tokenizer ignoringCase) {

    public Tokenizers {
        Objects.requireNonNull(keepingCase, "keepingCase");
        Objects.requireNonNull(ignoringCase, "ignoringCase");
    }

    /** ICU word segmentation, as {@code Pipeline.standard()} tokenizes. */
    public static Tokenizers icu() {
        return new Tokenizers(Tokenizer.icu(), Tokenizer.icuIgnoringCase());
    }

    /** The tokenizer for a project compared with {@code settings}. */
    public Tokenizer of(ComparisonSettings settings) {
        return settings.ignoreCase() ? ignoringCase : keepingCase;
    }
}
