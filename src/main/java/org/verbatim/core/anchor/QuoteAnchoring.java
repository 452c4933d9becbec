package org.verbatim.core.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.anchor.Located.Method;
import org.verbatim.core.model.Span;

/**
 * The standard {@link Anchoring}, in the manner of Hypothesis (its {@code match-quote} module over
 * {@code approx-string-match}). It tries, in order:
 * <ol>
 *   <li>the stored position, if it still holds the exact text ({@link Method#POSITION_EXACT});</li>
 *   <li>every exact occurrence of the exact text, the best by {@linkplain #score score}
 *       ({@link Method#EXACT_WITH_CONTEXT} or {@link Method#EXACT});</li>
 *   <li>every approximate occurrence, with up to a quarter of the exact text's length in edits
 *       ({@link ApproximateSearch}), the best by score, if that is at least {@value #MIN_FUZZY_SCORE}
 *       ({@link Method#FUZZY}).</li>
 * </ol>
 * A place is only taken when it is <em>trusted</em>: its prefix or suffix matches the stored one, or the exact text is
 * at least {@value #SELF_EVIDENT_LENGTH} chars long, long enough to stand for itself. So a short quote ("to", a name)
 * is placed by its context, never on whichever occurrence is nearest.
 */
final class QuoteAnchoring implements Anchoring {

    static final QuoteAnchoring STANDARD = new QuoteAnchoring();

    /** Weights of the score's parts, as in Hypothesis: the quote counts most, the position only breaks ties. */
    static final double QUOTE_WEIGHT = 50;
    static final double PREFIX_WEIGHT = 20;
    static final double SUFFIX_WEIGHT = 20;
    static final double POSITION_WEIGHT = 2;

    /** Edits allowed in an approximate match, per char of the exact text. */
    static final double MAX_ERROR_RATE = 0.25;

    /**
     * The lowest score an approximate match may have. The text beside an unrelated place is about 0.2 similar to a
     * stored context (median; 0.38 for 99 places in 100, measured on the test stories), so: a quote with a tenth of
     * its chars changed scores about 0.78 with one side of its context intact, and is taken; a merely similar
     * sentence (a fifth of its chars different) in a foreign context scores about 0.55, and is not.
     */
    static final double MIN_FUZZY_SCORE = 0.7;

    /** A prefix or suffix matches when its similarity is at least this: about one edit in five chars. */
    static final double CONTEXT_MATCH = 0.8;

    /** An exact text this long is trusted without its context. */
    static final int SELF_EVIDENT_LENGTH = 20;

    private QuoteAnchoring() {
    }

    @Override
    public Optional<Located> locate(String text, Anchor anchor) {
        String exact = anchor.quote().exact();
        TextPositionSelector position = anchor.position();
        if (position.end() <= text.length() && text.startsWith(exact, position.start())) {
            Candidate stored = score(text, anchor, position.start(), position.end(), 0);
            if (stored.trusted) {
                return Optional.of(stored.located(Method.POSITION_EXACT));
            }
        }

        List<Candidate> exactOccurrences = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            exactOccurrences.add(score(text, anchor, at, at + exact.length(), 0));
        }
        Optional<Candidate> bestExact = best(exactOccurrences);
        if (bestExact.isPresent() && bestExact.get().trusted) {
            Candidate found = bestExact.get();
            return Optional.of(found.located(found.contextMatched ? Method.EXACT_WITH_CONTEXT : Method.EXACT));
        }

        int maxErrors = (int) (exact.length() * MAX_ERROR_RATE);
        List<Candidate> approximate = new ArrayList<>();
        for (ApproximateSearch.Match match : ApproximateSearch.search(text, exact, maxErrors)) {
            Span span = wholeCodePoints(text, match.start(), match.end());
            approximate.add(score(text, anchor, span.start(), span.end(), match.errors()));
        }
        return best(approximate)
                .filter(candidate -> candidate.trusted && candidate.score >= MIN_FUZZY_SCORE)
                .map(candidate -> candidate.located(Method.FUZZY));
    }

    /** A place the anchor might belong, scored. */
    private record Candidate(Span span, double score, int distance, boolean contextMatched, boolean trusted) {

        Located located(Method method) {
            return new Located(span, method, score);
        }
    }

    /** The highest score; on a tie, the nearest to the stored position, then the first. */
    private static Optional<Candidate> best(List<Candidate> candidates) {
        return candidates.stream().max(Comparator.comparingDouble(Candidate::score)
                .thenComparing(Comparator.comparingInt(Candidate::distance).reversed())
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.span().start()).reversed()));
    }

    /**
     * Hypothesis's score of a place {@code [start, end)} that is {@code errors} edits from the exact text: the
     * weighted mean of the quote's similarity ({@code 1 - errors / length}), the similarities of the text before and
     * after it to the stored prefix and suffix, and its closeness to the stored position
     * ({@code 1 - distance / text length}).
     */
    private static Candidate score(String text, Anchor anchor, int start, int end, int errors) {
        TextQuoteSelector quote = anchor.quote();
        double quoteSimilarity = Math.max(0, 1 - (double) errors / quote.exact().length());
        String before = text.substring(Math.max(0, start - 2 * quote.prefix().length()), start);
        String after = text.substring(end, Math.min(text.length(), end + 2 * quote.suffix().length()));
        double prefixSimilarity = contextSimilarity(reversed(quote.prefix()), reversed(before));
        double suffixSimilarity = contextSimilarity(quote.suffix(), after);
        int distance = Math.abs(start - anchor.position().start());
        double closeness = text.isEmpty() ? 1 : Math.max(0, 1 - (double) distance / text.length());
        double score = (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefixSimilarity
                + SUFFIX_WEIGHT * suffixSimilarity + POSITION_WEIGHT * closeness)
                / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
        boolean contextMatched = matches(quote.prefix(), before, prefixSimilarity)
                || matches(quote.suffix(), after, suffixSimilarity);
        boolean trusted = contextMatched || quote.exact().length() >= SELF_EVIDENT_LENGTH;
        return new Candidate(new Span(start, end), score, distance, contextMatched, trusted);
    }

    /**
     * How much of the stored context ({@code expected}) is found right next to the match ({@code actual}, read from the
     * match outwards): {@code 1 - edits / length}. An empty stored context (the quote was at the start or end of the
     * text) says nothing either way and scores 1, as in Hypothesis.
     */
    private static double contextSimilarity(String expected, String actual) {
        if (expected.isEmpty()) {
            return 1;
        }
        return 1 - (double) ApproximateSearch.distanceToBeginning(expected, actual) / expected.length();
    }

    /** A side's context matches when it is similar enough, or when both old and new text end there. */
    private static boolean matches(String expected, String actual, double similarity) {
        return expected.isEmpty() ? actual.isEmpty() : similarity >= CONTEXT_MATCH;
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /** Widens {@code [start, end)} so that it does not cut a surrogate pair in two. */
    private static Span wholeCodePoints(String text, int start, int end) {
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new Span(start, end);
    }
}
