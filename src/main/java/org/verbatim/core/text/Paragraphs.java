package org.verbatim.core.text;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.Span;

/**
 * Paragraph segmentation. A paragraph is a block between blank lines; inside a block, a line break also
 * ends a paragraph when the text is not hard-wrapped (the line before ends a sentence, or the lines are
 * short). Spans are trimmed of surrounding white space.
 */
public final class Paragraphs {

    private static final int WRAP_WIDTH = 60;

    private Paragraphs() {}

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        List<Span> lines = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            Span line = trim(text, i, eol);
            if (line.isEmpty()) {
                flush(text, lines, out);
            } else {
                lines.add(line);
            }
            if (eol >= n) {
                break;
            }
            i = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
        }
        flush(text, lines, out);
        return out;
    }

    private static void flush(String text, List<Span> lines, List<Span> out) {
        if (lines.isEmpty()) {
            return;
        }
        boolean wrapped = isHardWrapped(lines);
        int start = lines.get(0).start();
        for (int k = 0; k < lines.size(); k++) {
            Span line = lines.get(k);
            boolean last = k == lines.size() - 1;
            if (last || !wrapped || endsSentence(text, line)) {
                out.add(new Span(start, line.end()));
                if (!last) {
                    start = lines.get(k + 1).start();
                }
            }
        }
        lines.clear();
    }

    /** A block whose lines are mostly long and mostly end mid-sentence was wrapped by hand. */
    private static boolean isHardWrapped(List<Span> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int longLines = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            if (lines.get(k).length() >= WRAP_WIDTH) {
                longLines++;
            }
        }
        return longLines * 2 >= lines.size() - 1;
    }

    private static boolean endsSentence(String text, Span line) {
        char last = text.charAt(line.end() - 1);
        return ".!?:\"\u201D\u2019'\u00BB)".indexOf(last) >= 0;
    }

    static Span trim(String text, int from, int to) {
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }
}
