package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether two speaker names name the same person ("Peskov", "Dmitry Peskov", "Mr Peskov"). */
public final class Speakers {

    private Speakers() {}

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y);
        }
        // one name inside the other, titles aside: "Peskov" and "Dmitry Peskov", "Cllr Feeney" and "Martin Feeney"
        return x.containsAll(y) || y.containsAll(x);
    }

    /** How far two quotations' speakers disagree. */
    public enum Agreement {
        /** The same speaker, or at least one unknown. */
        SAME_OR_UNKNOWN,
        /** Known on both sides and sharing no word ("the science minister", "the university's vice-principal"). */
        WEAKLY_DIFFERENT,
        /** Two different named people ("Tomasz Kowalczyk", "Claire Dunmore"). */
        CLEARLY_DIFFERENT
    }

    public static Agreement agreement(String a, String b) {
        if (clearlyDiffer(a, b)) {
            return Agreement.CLEARLY_DIFFERENT;
        }
        if (a == null || b == null || same(a, b)) {
            return Agreement.SAME_OR_UNKNOWN;
        }
        Set<String> x = new HashSet<>(words(a));
        x.retainAll(words(b));
        return x.isEmpty() ? Agreement.WEAKLY_DIFFERENT : Agreement.SAME_OR_UNKNOWN;
    }

    /**
     * True when both are named people and they are not the same person. Descriptions ("the minister") and
     * single words ("Green", "Switzerland") are too weak to keep two quotations apart.
     */
    public static boolean clearlyDiffer(String a, String b) {
        return isPersonName(a) && isPersonName(b) && !same(a, b) && !spellingVariants(a, b);
    }

    /**
     * The same name spelled differently ("Tomasz Kowalczyk" / "Tomasz Kowalczik", "Sjoberg" / "Sjöberg"):
     * as many words, each within two letters of the other once accents are dropped. That is a name changed
     * in print, a discrepancy to show, not a second person.
     */
    static boolean spellingVariants(String a, String b) {
        List<String> x = words(plain(latin(a)));
        List<String> y = words(plain(latin(b)));
        if (x.size() != y.size() || x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (editDistance(x.get(i), y.get(i)) > 2) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(\\s+(\\p{Ll}{1,4}\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*)+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NOT_NAME_WORDS = Set.of("", "the", "a", "an", "mr", "mrs", "ms", "dr", "sir",
            "his", "her", "their", "its", "s", "cllr", "councillor", "councilor", "prof", "professor", "president",
            "minister", "senator", "mayor");

    private static String plain(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    /** Levenshtein distance of two short words (names). */
    private static int editDistance(String s, String t) {
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[t.length()];
    }

    /**
     * A name in Latin letters: "Дмитрий Песков" is "Dmitrij Peskov", so that one person in two scripts is one
     * person. ICU's transliterator, made only for a name that needs it.
     */
    static String latin(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x24F && Character.isLetter(name.charAt(i))) {
                return com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(name);
            }
        }
        return name;
    }

    /**
     * One name printed in two scripts ("Dmitry Peskov", "Дмитрий Песков"): the same person, not a name changed
     * in print.
     */
    public static boolean sameAcrossScripts(String a, String b) {
        return a != null && b != null && !latin(a).equals(a) != !latin(b).equals(b)
                && (same(a, b) || spellingVariants(a, b));
    }

    /** Two or more capitalised words: "Dmitry Peskov". */
    public static boolean isPersonName(String name) {
        return name != null && PERSON.matcher(name).matches();
    }

    /** The words of a name, lower-cased, in Latin letters, titles and articles left out, in order. */
    private static List<String> words(String name) {
        String lower = latin(name).toLowerCase(Locale.ROOT);
        lower = NOT_LETTERS.matcher(POSSESSIVE.matcher(lower).replaceAll("")).replaceAll("");
        List<String> out = new ArrayList<>(Arrays.asList(SPACES.split(lower)));
        out.removeAll(NOT_NAME_WORDS);
        return out;
    }
}
