package org.verbatim.corpus;

import java.util.List;
import org.verbatim.core.Comparison;

/**
 * One story compared.
 *
 * @param story      its articles
 * @param title      the title most of its articles carry (the earliest one's on a tie)
 * @param articleIds the articles' ids, in report order ({@code r1} first)
 * @param comparison what the engine found, exactly as {@code compare} finds it for these reports
 */
public record StoryResult(Story story, String title, List<String> articleIds, Comparison comparison) {

    public StoryResult {
        articleIds = List.copyOf(articleIds);
    }
}
