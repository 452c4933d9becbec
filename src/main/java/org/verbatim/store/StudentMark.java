package org.verbatim.store;

import org.verbatim.core.model.Span;

/**
 * A student's mark: words of one report, their counterpart in another report (or none: "missing there"),
 * the kind of difference they see, and why it matters.
 *
 * @param id       the mark's id in the file
 * @param reportA  the report the words were selected in ("r1")
 * @param spanA    the selected words
 * @param textA    their text
 * @param reportB  the report compared with
 * @param spanB    the counterpart's words, or null when they are missing there
 * @param textB    their text, "" when missing
 * @param kind     the kind's label, from the engine's list ("word-deleted")
 * @param why      the student's reason
 */
public record StudentMark(long id, String reportA, Span spanA, String textA, String reportB, Span spanB,
                          String textB, String kind, String why) {

    /** Whether the counterpart is "missing there". */
    public boolean missingThere() {
        return spanB == null;
    }
}
