package org.verbatim.core.quote;

import org.verbatim.core.model.Span;

/**
 * Who a quotation is attributed to, and how the text says it.
 *
 * @param speaker     the speaker as named, with titles dropped ("Dmitry Peskov", "the pranksters"),
 *                    after pronoun resolution; null when unknown
 * @param speakerSpan where the text names the speaker (the pronoun, when it was resolved); null when
 *                    inherited from another part of the same utterance
 * @param verb        the speech verb as printed ("said", "told reporters", "was quoted as saying"); may be null
 * @param verbSpan    where the verb is; may be null
 * @param how         how it was found
 * @param relayedBy   who passed the words on, when the text says so ("Peskov said Putin told him: …" is Putin's,
 *                    relayed by Peskov); null otherwise
 */
public record Attribution(String speaker, Span speakerSpan, String verb, Span verbSpan, How how, String relayedBy) {

    public Attribution(String speaker, Span speakerSpan, String verb, Span verbSpan, How how) {
        this(speaker, speakerSpan, verb, verbSpan, how, null);
    }

    public Attribution relayedBy(String relayer) {
        return new Attribution(speaker, speakerSpan, verb, verbSpan, how, relayer);
    }

    /** How an attribution was found. */
    public enum How {
        /** "X said: ..." before the quote. */
        BEFORE,
        /** "..., X said." after the quote. */
        AFTER,
        /** "according to X". */
        ACCORDING_TO,
        /** The embed line of a pasted post ("A photo posted by X"). */
        EMBED,
        /** From another paragraph or part of the same utterance. */
        INHERITED,
        /** Set by the user. */
        USER
    }

    public static final Attribution NONE = new Attribution(null, null, null, null, How.INHERITED);

    public boolean isKnown() {
        return speaker != null;
    }

    public Attribution inherited() {
        return new Attribution(speaker, null, verb, null, How.INHERITED, relayedBy);
    }
}
