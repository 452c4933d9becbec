package org.verbatim.core.quote;

/**
 * What a character can be as a quotation mark. Straight marks and some curly ones can open or close
 * depending on their neighbours; the scanner decides from context.
 */
final class QuoteMarks {

    enum Family { DOUBLE, SINGLE }

    /** What the glyph does in most typographic traditions. */
    enum Role { OPEN, CLOSE, EITHER }

    record Mark(Family family, Role role) {}

    private QuoteMarks() {}

    static Mark of(char c) {
        switch (c) {
            case '"': case '\uFF02':
                return new Mark(Family.DOUBLE, Role.EITHER);
            case '\u201C': case '\u201F': case '\u201E': case '\u00AB': case '\u300C': case '\u300E': case '\u301D':
                return new Mark(Family.DOUBLE, Role.OPEN);
            case '\u201D': case '\u00BB': case '\u300D': case '\u300F': case '\u301E':
                return new Mark(Family.DOUBLE, Role.CLOSE);
            case '\'':
                return new Mark(Family.SINGLE, Role.EITHER);
            case '\u2018': case '\u201B': case '\u201A': case '\u2039':
                return new Mark(Family.SINGLE, Role.OPEN);
            case '\u2019': case '\u203A':
                return new Mark(Family.SINGLE, Role.CLOSE);
            default:
                return null;
        }
    }

    static boolean isMark(char c) {
        return of(c) != null;
    }

    /** Marks that open in one tradition and close in another (“ closes German „, » opens Danish). */
    static boolean canAlsoClose(char c) {
        return c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u2039';
    }

    static boolean canAlsoOpen(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u203A';
    }
}
