package org.verbatim.core.anchor;

import java.util.Objects;

/**
 * The W3C Web Annotation {@code TextQuoteSelector}: the selected text itself, with a little of the text just before
 * and just after it to tell repeated occurrences apart.
 *
 * @param exact  the selected text; never empty
 * @param prefix the text immediately before {@code exact} (empty at the start of the text)
 * @param suffix the text immediately after {@code exact} (empty at the end of the text)
 * @see <a href="https://www.w3.org/TR/annotation-model/#text-quote-selector">W3C Web Annotation Data Model, 4.2.4</a>
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a quote selector needs some exact text");
        }
    }
}
