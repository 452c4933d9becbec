package org.verbatim.core.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run of differing words is about: numbers, dates, names, spelling variants, contractions. Works on
 * the items' keys (lower-cased words) and surfaces.
 */
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
            Map.entry("billion", 1_000_000_000L), Map.entry("dozen", 12L));

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));

    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
            "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
            "month", "year", "decade", "century", "am", "pm", "a.m", "p.m", "noon", "midnight", "hour", "hours",
            "minute", "minutes", "day", "days", "weeks", "months", "years", "ago");

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

    /** Words that say the same thing in another form: a change of style, not of what was said. */
    private static final Map<String, String> SAME_WORD = Map.ofEntries(
            Map.entry("whilst", "while"), Map.entry("amongst", "among"), Map.entry("towards", "toward"),
            Map.entry("afterwards", "afterward"), Map.entry("learnt", "learned"), Map.entry("spelt", "spelled"),
            Map.entry("burnt", "burned"), Map.entry("dreamt", "dreamed"), Map.entry("okay", "ok"),
            Map.entry("upon", "on"), Map.entry("till", "until"));

    /** Contractions spelt out: "won't" is "will not", "it's" is "it is". */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("won't", "will not"), Map.entry("can't", "can not"), Map.entry("cannot", "can not"),
            Map.entry("shan't", "shall not"), Map.entry("ain't", "is not"), Map.entry("let's", "let us"),
            Map.entry("i'm", "i am"), Map.entry("it's", "it is"), Map.entry("that's", "that is"),
            Map.entry("there's", "there is"), Map.entry("here's", "here is"), Map.entry("what's", "what is"),
            Map.entry("he's", "he is"), Map.entry("she's", "she is"), Map.entry("who's", "who is"));

    static boolean isNumber(String key) {
        return !key.isEmpty() && (Character.isDigit(key.charAt(0)) || NUMBER_WORDS.containsKey(key));
    }

    static boolean hasNumber(List<String> keys) {
        return keys.stream().anyMatch(WordClasses::isNumber);
    }

    /** The value of a run such as "12", "twelve", "2,000", "two thousand"; null when it is not just a number. */
    static Long value(List<String> keys) {
        long total = 0;
        boolean any = false;
        for (String w : keys) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                try {
                    total += Long.parseLong(w.replace(",", ""));
                    any = true;
                    continue;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            Long v = NUMBER_WORDS.get(w);
            if (v == null) {
                return null;
            }
            total = v >= 100 && total > 0 ? total * v : total + v;
            any = true;
        }
        return any ? total : null;
    }

    /** Month names that are also common words ("they may", "a march"): dates only next to a number. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "sun");

    static boolean hasDate(List<String> keys) {
        for (int k = 0; k < keys.size(); k++) {
            String w = keys.get(k);
            if (YEAR_OR_TIME.matcher(w).matches()) {
                return true;
            }
            if (DATE_WORDS.contains(w) && (!AMBIGUOUS_MONTHS.contains(w)
                    || (k > 0 && isNumber(keys.get(k - 1))) || (k + 1 < keys.size() && isNumber(keys.get(k + 1))))) {
                return true;
            }
        }
        return false;
    }

    /** The same date written another way: "Jan. 15" and "15 January" (the same words in another order). */
    static boolean sameDate(List<String> a, List<String> b) {
        return !a.isEmpty() && sortedMonths(a).equals(sortedMonths(b));
    }

    private static List<String> sortedMonths(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(MONTHS.getOrDefault(k, k));
        }
        out.sort(null);
        return out;
    }

    /** The words without hyphens, spaces or case: "Thank-you" and "thank you", "to day" and "today". */
    static String compact(List<String> keys) {
        return String.join("", keys).replaceAll("[\\s\\-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean spellingVariants(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.equals(b)) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).equals(b.get(k)) && !canonicalSpelling(a.get(k)).equals(canonicalSpelling(b.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static String canonicalSpelling(String w) {
        String s = w;
        for (String[] rule : SPELLING) {
            s = s.replaceAll(rule[0], rule[1]);
        }
        return s;
    }

    /** One word for another of the same meaning and register ("whilst" / "while"). */
    static boolean sameWord(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.equals(b)) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            String x = SAME_WORD.getOrDefault(a.get(k), a.get(k));
            String y = SAME_WORD.getOrDefault(b.get(k), b.get(k));
            if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** "it's" and "it is", "won't" and "will not": the same words, contracted or not. */
    static boolean sameContracted(List<String> a, List<String> b) {
        return !a.equals(b) && expand(a).equals(expand(b));
    }

    private static String expand(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String e = CONTRACTIONS.get(k);
            if (e == null && k.endsWith("n't")) {
                e = k.substring(0, k.length() - 3) + " not";
            } else if (e == null && k.endsWith("'re")) {
                e = k.substring(0, k.length() - 3) + " are";
            } else if (e == null && k.endsWith("'ll")) {
                e = k.substring(0, k.length() - 3) + " will";
            } else if (e == null && k.endsWith("'ve")) {
                e = k.substring(0, k.length() - 3) + " have";
            } else if (e == null && k.endsWith("'d")) {
                e = k.substring(0, k.length() - 2) + " would";
            }
            out.add(e != null ? e : k);
        }
        return String.join(" ", out);
    }

    /** A capitalised word that does not open a sentence and is not "I". */
    static boolean hasName(List<Item> items, boolean firstOpensSentence) {
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            if (!it.isWord() || !Character.isUpperCase(it.surface().codePointAt(0)) || it.surface().equals("I")) {
                continue;
            }
            boolean opens = k == 0 ? firstOpensSentence : items.get(k - 1).endsSentence();
            if (!opens && !isAllCapsShort(it.surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCapsShort(String s) {
        return s.length() <= 1;
    }
}
