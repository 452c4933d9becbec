package org.verbatim.core.text;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words that carry meaning, as stems: what alignment compares when the wording differs
 * (a translation says "offended" where another says "offend"). Not thread-safe (the stemmer keeps state):
 * one instance per pipeline run.
 */
public final class ContentWords {

    /** English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. */
    public static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on", "at", "by",
            "with", "from", "into", "onto", "about", "as", "than", "then", "that", "this", "these", "those",
            "there", "here", "it", "its", "it's", "i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "yours", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "have", "has",
            "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "if", "when", "while", "which", "who", "whom", "whose", "what", "where", "why", "how",
            "all", "any", "some", "each", "every", "both", "either", "neither", "such", "very", "just",
            "also", "too", "only", "even", "up", "down", "out", "over", "off", "again", "once", "s", "t",
            "i'm", "i've", "i'd", "i'll", "we're", "we've", "you're", "he's", "she's", "they're", "that's",
            "there's", "said", "says", "say", "one", "because", "though", "although", "however", "whether",
            "which", "more", "most", "much", "many", "own", "same", "other", "another", "through", "after",
            "before", "under", "between", "against", "during", "without", "within", "upon", "via", "per"));

    private static final java.util.Map<String, String> NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"),
            java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"), java.util.Map.entry("seven", "7"),
            java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"), java.util.Map.entry("ten", "10"),
            java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"), java.util.Map.entry("twenty", "20"),
            java.util.Map.entry("thirty", "30"), java.util.Map.entry("forty", "40"), java.util.Map.entry("fifty", "50"),
            java.util.Map.entry("hundred", "100"), java.util.Map.entry("thousand", "1000"),
            java.util.Map.entry("million", "1000000"), java.util.Map.entry("billion", "1000000000"));

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

    /** Stems of the content words among {@code tokens}, in order, duplicates kept. */
    public List<String> stems(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String s = stemOf(t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The stem of a content word, or null for punctuation, symbols and function words. */
    public String stemOf(Token t) {
        if (!t.isWordLike()) {
            return null;
        }
        String lower = UCharacter.foldCase(t.norm(), true);
        if (t.type() == TokenType.NUMBER) {
            return lower;
        }
        if (STOPWORDS.contains(lower) || lower.length() < 2 && !Character.isDigit(lower.charAt(0))) {
            return null;
        }
        String digits = NUMBERS.get(lower);
        if (digits != null) {
            return digits; // "two" and "2" are one word to alignment
        }
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("n't")) {
            return "not";
        }
        return stemmer.stem(lower).toString();
    }
}
