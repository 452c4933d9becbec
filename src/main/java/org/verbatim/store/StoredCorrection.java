package org.verbatim.store;

import java.util.Locale;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.model.Span;

/**
 * A correction the user made of the engine's quotes, speakers or groups, as the project keeps it: anchored to its
 * words like an annotation, and placed in the reports as they are now.
 *
 * @param id            its row id (stable across undo and redo)
 * @param kind          what the user said
 * @param reportId      the report of the quotation it names
 * @param anchor        the quotation's words with their context and position, as stored
 * @param otherReportId for a link, the report of the second quotation; else null
 * @param otherAnchor   for a link, the second quotation's words; else null
 * @param speaker       for a speaker correction, the speaker (null: nobody is named); else null
 * @param author        who made it
 * @param createdAt     ISO-8601 instant
 * @param placed        where its words are in the report now; null when they are gone (the correction is orphaned)
 * @param otherPlaced   for a link, where the second quotation's words are now; null when gone or not a link
 */
public record StoredCorrection(long id, Kind kind, String reportId, Anchor anchor, String otherReportId,
                               Anchor otherAnchor, String speaker, String author, String createdAt, Span placed,
                               Span otherPlaced) {

    /** What a correction says, with the key the project file stores. */
    public enum Kind {
        /** The words are a quotation the engine missed. */
        QUOTE("quote", "marked as a quote"),
        /** A found quotation is not one. */
        NOT_QUOTE("not-quote", "not a quote"),
        /** A found quotation is a quoted term, nobody's words. */
        TERM("term", "a term, not a quote"),
        /** The quotation's speaker is the given one (or nobody named). */
        SPEAKER("speaker", "speaker"),
        /** The quotation is taken out of its group. */
        ALONE("alone", "kept alone"),
        /** The quotation and the other one are in one group. */
        LINK("link", "in one group with");

        private final String key;
        private final String plain;

        Kind(String key, String plain) {
            this.key = key;
            this.plain = plain;
        }

        public String key() {
            return key;
        }

        /** In plain words, for lists ("not a quote"). */
        public String plain() {
            return plain;
        }

        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("not a kind of correction: " + key);
        }
    }

    /** Whether its words (or, for a link, either quotation's words) are gone from the reports as they are now. */
    public boolean orphaned() {
        return placed == null || (kind == Kind.LINK && otherPlaced == null);
    }

    /** The quotation's words as the user corrected them. */
    public String words() {
        return anchor.quote().exact();
    }

    /** One line: {@code r2 «words»: not a quote}, {@code r1 «words»: speaker Ann Lee}. */
    public String describe() {
        String what = switch (kind) {
            case SPEAKER -> speaker == null ? "nobody named as speaker" : "speaker " + speaker;
            case LINK -> kind.plain() + " " + otherReportId + " «" + excerpt(otherAnchor.quote().exact()) + "»";
            default -> kind.plain();
        };
        return reportId + " «" + excerpt(words()) + "»: " + what;
    }

    /** At most 60 chars of the words, whitespace collapsed. */
    private static String excerpt(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        return w.length() <= 60 ? w : w.substring(0, 59) + "…";
    }
}
