package org.verbatim.core.clutter;

import java.util.List;
import org.verbatim.core.model.Span;

/** Finds the parts of a report that are not the story. */
@FunctionalInterface
public interface ClutterDetector {

    /**
     * @param text       the report's original text
     * @param paragraphs its paragraphs, in order
     * @return the excluded spans, sorted and non-overlapping
     */
    List<Excluded> detect(String text, List<Span> paragraphs);

    /** The default: line rules for web furniture plus the appeal block that closes many pages. */
    static ClutterDetector rules() {
        return new RuleBasedClutterDetector();
    }

    /** True when one line of text is page furniture ("Read more", "Support X!", a bare URL) by the default rules. */
    static boolean isFurniture(String line) {
        return RuleBasedClutterDetector.isFurniture(line.strip());
    }

    /** Marks nothing. */
    static ClutterDetector none() {
        return (text, paragraphs) -> List.of();
    }
}
