package org.verbatim.core.collate;

import org.verbatim.core.model.Span;

/**
 * What one witness has in one column of a group's alignment.
 *
 * @param state   a token, a gap (the witness prints the words around this column but not this one), or absent
 *                (the witness does not print this part of the utterance at all)
 * @param quoteId the quotation the token is in; null unless {@code state} is {@link State#TOKEN}
 * @param span    the token's place in its report's original text; null unless a token
 */
public record Cell(State state, String quoteId, Span span) {

    /** The three things a cell can hold. */
    public enum State {
        TOKEN, GAP, ABSENT
    }

    public static final Cell GAP = new Cell(State.GAP, null, null);
    public static final Cell ABSENT = new Cell(State.ABSENT, null, null);

    public static Cell token(String quoteId, Span span) {
        return new Cell(State.TOKEN, quoteId, span);
    }

    public boolean isToken() {
        return state == State.TOKEN;
    }

    /** A token or a gap: the witness prints this stretch of the utterance. */
    public boolean covers() {
        return state != State.ABSENT;
    }
}
