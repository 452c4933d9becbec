package org.verbatim.core.diff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.TokenType;

/** What a run of differing words is about: numbers, dates, names, spelling variants. */
final class WordClasses {

    private WordClasses() {}

    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("thousand", 1000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("dozen", 12L), Map.entry("half", -2L),
            Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L));

    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
            "month", "year", "decade", "century", "am", "pm", "a.m", "p.m", "noon", "midnight", "hour", "hours",
            "minute", "minutes", "day", "days", "weeks", "months", "years", "last", "next", "ago");

    private static final Pattern YEAR_OR_TIME = Pattern.compile("(1[5-9]|20)\\d\\d|\\d{1,2}[:.]\\d\\d(am|pm)?|\\d{1,2}(am|pm)");

    /** British and American spelling pairs, as (pattern, replacement) applied to reach one canonical form. */
    private static final List<String[]> SPELLING = List.of(
            new String[] {"isation", "ization"}, new String[] {"ise$", "ize"}, new String[] {"ised$", "ized"},
            new String[] {"ises$", "izes"}, new String[] {"ising$", "izing"}, new String[] {"yse", "yze"},
            new String[] {"our$", "or"}, new String[] {"ours$", "ors"}, new String[] {"our(ed|ing|ful|ite|able)", "or$1"},
            new String[] {"tre$", "ter"}, new String[] {"tres$", "ters"}, new String[] {"ence$", "ense"},
            new String[] {"ogue$", "og"}, new String[] {"lled$", "led"}, new String[] {"lling$", "ling"},
            new String[] {"ller$", "ler"}, new String[] {"ae", "e"}, new String[] {"oe", "e"},
            new String[] {"mme$", "m"}, new String[] {"gement$", "gment"}, new String[] {"eable$", "able"});

    static boolean allPunctuation(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.type() == TokenType.PUNCT);
    }

    static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.norm());
        }
        return b.toString();
    }

    /** The words without hyphens, spaces or case: "Thank-you" and "thank you" are the same. */
    static String compact(List<Token> tokens) {
        return join(tokens).replaceAll("[\\s\\-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean hasNumber(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.type() == TokenType.NUMBER || NUMBER_WORDS.containsKey(t.norm().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The numeric value of a run such as "12", "twelve", "2,000"; null when it is not just a number. */
    static Long value(List<Token> tokens) {
        long total = 0;
        boolean any = false;
        for (Token t : tokens) {
            if (t.type() == TokenType.PUNCT) {
                continue;
            }
            String w = t.norm().toLowerCase(Locale.ROOT);
            if (t.type() == TokenType.NUMBER) {
                try {
                    total += Long.parseLong(w.replace(",", ""));
                    any = true;
                    continue;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            Long v = NUMBER_WORDS.get(w);
            if (v == null || v < 0) {
                return null;
            }
            total = v >= 100 && total > 0 ? total * v : total + v;
            any = true;
        }
        return any ? total : null;
    }

    static boolean hasDate(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.norm().toLowerCase(Locale.ROOT);
            if (DATE_WORDS.contains(w) || YEAR_OR_TIME.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that is not at a sentence start. */
    static boolean hasName(List<Token> tokens, List<Token> context, int firstIndex) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type() != TokenType.WORD || !Character.isUpperCase(t.surface().charAt(0))) {
                continue;
            }
            int at = firstIndex + k;
            boolean sentenceStart = at == 0 || context.get(at - 1).type() == TokenType.PUNCT
                    && ".!?:".contains(context.get(at - 1).norm());
            if (!sentenceStart && !t.surface().equals("I")) {
                return true;
            }
        }
        return false;
    }

    static boolean spellingVariants(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) {
            return false;
        }
        boolean differ = false;
        for (int k = 0; k < a.size(); k++) {
            String x = a.get(k).norm().toLowerCase(Locale.ROOT);
            String y = b.get(k).norm().toLowerCase(Locale.ROOT);
            if (x.equals(y)) {
                continue;
            }
            if (!canonicalSpelling(x).equals(canonicalSpelling(y))) {
                return false;
            }
            differ = true;
        }
        return differ;
    }

    static String canonicalSpelling(String w) {
        String s = w;
        for (String[] rule : SPELLING) {
            s = s.replaceAll(rule[0], rule[1]);
        }
        return s;
    }
}
