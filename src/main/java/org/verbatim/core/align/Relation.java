package org.verbatim.core.align;

/** How two renderings of one utterance relate. */
public enum Relation {
    /** The same words, or one a fragment or truncation of the other. */
    VERBATIM,
    /** The same words with edits here and there. */
    EDITED,
    /** The same content in other words: another translation, or a paraphrase. */
    REWORDED
}
