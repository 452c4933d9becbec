package org.verbatim.ui.highlight;

import java.util.List;

/**
 * Computes the highlights of a set of reports. Called off the UI thread, once per load, with every
 * report's text in display order.
 */
@FunctionalInterface
public interface HighlightProvider {

    /** A provider that highlights nothing. */
    HighlightProvider NONE = texts -> texts.stream().map(t -> List.<Highlight>of()).toList();

    /**
     * @param texts the reports' texts, in display order
     * @return one list of highlights per text, in the same order (an empty list for a text with none);
     *         offsets index the corresponding text
     */
    List<List<Highlight>> highlightsFor(List<String> texts) throws Exception;
}
