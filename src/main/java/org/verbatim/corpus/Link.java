package org.verbatim.corpus;

import java.util.List;

/**
 * One utterance quoted in several stories: the quote groups of each that render it.
 *
 * @param id      "l1", "l2", ... in order of the first story
 * @param text    the fullest version's words
 * @param speaker who it is attributed to, where any version says
 * @param groups  the quote groups, in story order
 */
public record Link(String id, String text, String speaker, List<Group> groups) {

    public Link {
        groups = List.copyOf(groups);
    }

    /**
     * A quote group of one story.
     *
     * @param story     the story's id
     * @param cluster   the cluster's id within the story's comparison
     * @param reports   how many of the story's reports print it
     * @param firstDate the earliest date of a report printing it; null when none is dated
     */
    public record Group(String story, String cluster, int reports, String firstDate) {}
}
