package org.verbatim.core.model;

/**
 * Converts UTF-16 char indexes of one text into Unicode code point indexes, for output formats that count
 * code points (the JSON of the command line). Texts without surrogate pairs convert for free.
 */
public final class CodePoints {

    private final int[] before; // before[i] = surrogate pairs wholly before char index i; null when none

    public CodePoints(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = Character.isHighSurrogate(text.charAt(i));
        }
        if (!any) {
            before = null;
            return;
        }
        before = new int[text.length() + 1];
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            before[i] = pairs;
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                pairs++;
            }
        }
        before[text.length()] = pairs;
    }

    /** The code point index of char index {@code charIndex}. */
    public int of(int charIndex) {
        return before == null ? charIndex : charIndex - before[charIndex];
    }
}
