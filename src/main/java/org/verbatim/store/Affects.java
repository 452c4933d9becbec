package org.verbatim.store;

/**
 * What an edit of a project changes, said by the edit itself (never guessed from its label): whether the
 * engine must compare the reports again, only rejoin their details, or nothing the engine sees.
 */
public enum Affects {
    /** What the engine compares: a report's text or its place, a report added or removed, exclusions, settings,
     * the user's corrections of quotes, speakers and groups. */
    ENGINE_INPUT,
    /** A report's title, outlet, date or address: the comparison stands, with the new details. */
    REPORT_DETAILS,
    /** Only the review: annotations, a student's marks, the classroom details. */
    REVIEW
}
