package org.verbatim.ui.viewmodel;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import org.verbatim.classroom.Exercises;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Tokenizers;
import org.verbatim.ui.settings.SettingsFile;

/**
 * What the window's view models work with, built once in the composition root ({@code VerbatimApp}) and passed
 * down; no view model makes any of these itself.
 *
 * @param pipeline        the engine
 * @param readers         makes the readers, on first use and off the UI thread (making them loads the HTML and
 *                        Markdown libraries, a few hundred milliseconds the window need not wait for)
 * @param tokenizers      the words of the reports, as the engine splits them, for the inspector
 * @param exercises       classroom mode, on the same engine
 * @param temporaryFolder where temporary projects (the sample) are made
 * @param settings        the remembered window settings; null to remember nothing
 */
public record Services(Pipeline pipeline, Supplier<Readers> readers, Tokenizers tokenizers, Exercises exercises,
                       Path temporaryFolder, SettingsFile settings) {

    public Services {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(tokenizers, "tokenizers");
        Objects.requireNonNull(exercises, "exercises");
        Objects.requireNonNull(temporaryFolder, "temporaryFolder");
    }
}
