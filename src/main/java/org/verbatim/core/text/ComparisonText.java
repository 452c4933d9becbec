package org.verbatim.core.text;

import java.util.List;
import org.verbatim.core.model.Span;

/**
 * The text a comparison sees: the original with hidden markup left out and typography folded
 * (curly quotes and apostrophes to straight ones, every dash to a hyphen, "…" to "...", odd spaces to
 * a plain space, the backslash of a markdown escape dropped). Never shown to anyone; every char keeps
 * the index of the original char it came from, so tokens map back to the original text.
 */
public final class ComparisonText {

    private final String text;
    private final int[] origin;
    private final int originalLength;

    private ComparisonText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    /** Index in the original text of the char at {@code index} of the folded text. */
    public int originStart(int index) {
        return index < origin.length ? origin[index] : originalLength;
    }

    /** One past the original char that produced the folded char at {@code index - 1}. */
    public int originEnd(int index) {
        if (index <= 0) {
            return originStart(0);
        }
        return origin[index - 1] + 1;
    }

    /** Folds {@code original}, leaving out the {@code hidden} spans (sorted, non-overlapping). */
    public static ComparisonText of(String original, List<Span> hidden) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 16];
        int n = 0;
        int h = 0;
        for (int i = 0; i < original.length(); i++) {
            while (h < hidden.size() && hidden.get(h).end() <= i) {
                h++;
            }
            if (h < hidden.size() && hidden.get(h).contains(i)) {
                continue;
            }
            char c = original.charAt(i);
            if (c == '\\' && i + 1 < original.length() && isMarkdownEscapable(original.charAt(i + 1))) {
                continue; // the backslash of a markdown escape: "\_" compares as "_"
            }
            String folded = fold(c);
            for (int k = 0; k < folded.length(); k++) {
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                out.append(folded.charAt(k));
                map[n++] = i;
            }
        }
        return new ComparisonText(out.toString(), java.util.Arrays.copyOf(map, n), original.length());
    }

    /** The comparison form of one char: quotes, dashes, ellipses and spaces folded. */
    public static String fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
            case '\u0060': case '\u00B4':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB':
            case '\u00BB': case '\uFF02': case '\u301D': case '\u301E':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '\u2026':
                return "...";
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
            case '\u2003': case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u205F':
            case '\u3000': case '\t':
                return " ";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
                return ""; // soft hyphen and zero-width characters
            default:
                return String.valueOf(c);
        }
    }

    /** ASCII punctuation that CommonMark allows after a backslash. */
    static boolean isMarkdownEscapable(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
