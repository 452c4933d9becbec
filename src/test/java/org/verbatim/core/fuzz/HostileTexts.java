package org.verbatim.core.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated report texts of the kinds that have broken readers and engines: every style of quotation mark,
 * unbalanced and nested, words of a few stock quotes (so that reports share quotations to group and compare),
 * surrogate pairs and emoji, right-to-left text and combining marks, NULs and control characters, CR-only and
 * CRLF line ends, byte-order marks, very long lines. The one place generators live: a new bug adds a line here.
 */
public final class HostileTexts {

    private HostileTexts() {}

    private static final List<String> MARKS = List.of("\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB",
            "\u00BB", "\u201E", "\u201A", "\u2039", "\u203A", "\u300C", "\u300D", "``", "''", "\u00AB\u00A0",
            "\u00A0\u00BB");

    private static final List<String> ODD = List.of("\u0000", "\u0007", "\r", "\r\n", "\n\n", "\uFEFF", "\u200B",
            "\u00AD", "\u202E", "\u200F", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
            "e\u0301\u0301\u0301", "\uD83D\uDE00", "\uD83C\uDDEB\uD83C\uDDF7", "\uD800", "\uDC00", "\t", "\u2028",
            "\\_", "**", "[", "](", "`", "#", "> ", "(sic)", "[...]", "\u2026", "...", " \u2014 ", "--");

    private static final List<String> WORDS = List.of("we", "will", "rebuild", "the", "harbour", "wall", "before",
            "winter", "storms", "arrive", "said", "mayor", "Kowalczyk", "told", "reporters", "he", "she", "added",
            "not", "never", "12", "twelve", "Monday", "President", "Putin", "to", "forward", "look", "I", "it's",
            "don't", "safe", "safely", "organise", "organize", "and", "but", "according", "Peskov", "BBC");

    /** A word, a mark, an odd character, a space: the pieces texts are made of. */
    static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(MARKS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ODD)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(" ", " ", ", ", ". ", "? ", ": ", "\n")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(6)));
    }

    /** One report's text, up to a few hundred pieces. */
    public static Arbitrary<String> report() {
        return piece().list().ofMaxSize(300).map(l -> String.join("", l));
    }

    /** A report that quotes a stock sentence, with noise around it: material for groups and places. */
    public static Arbitrary<String> quotingReport() {
        Arbitrary<String> quote = Arbitraries.of(WORDS).list().ofMinSize(4).ofMaxSize(16).map(l -> String.join(" ", l));
        return Combinators.combine(report(), Arbitraries.of(MARKS), quote, Arbitraries.of(MARKS), report())
                .as((a, open, q, close, b) -> a + " " + open + q + close + " " + b);
    }

    /** One very long line, of the size that made tokenizers and scanners slow. */
    public static Arbitrary<String> longLine() {
        return Arbitraries.of(WORDS).list().ofMinSize(2000).ofMaxSize(4000).map(l -> String.join(" ", l));
    }
}
