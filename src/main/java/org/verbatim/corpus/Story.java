package org.verbatim.corpus;

import java.io.Serializable;
import java.util.List;

/**
 * Articles that report one story.
 *
 * @param id       "s1", "s2", ... in order of the story's earliest article (dated before undated, then input order)
 * @param articles the articles' input indexes, earliest first (by date, then input order); report {@code r1} of the
 *                 story's comparison is the first
 */
public record Story(String id, List<Integer> articles) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Story {
        articles = List.copyOf(articles);
    }

    public int size() {
        return articles.size();
    }
}
