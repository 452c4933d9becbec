package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.text.ContentWords;
import org.verbatim.core.text.Token;

/**
 * One run's view of the story, as the grouping and passage stages read it: every report with what the earlier
 * stages found in it, the story's narrative sentences, and the word weights over them.
 *
 * @param reports    each report as analysed, in the order given
 * @param sentences  every sentence outside clutter, as alignment units
 * @param similarity content-word weights over those sentences
 * @param words      the content-word stemmer of this run (not thread-safe: one per run)
 * @param corrections the user's corrections: quotes taken out of the grouping, quotes put together
 */
public record Story(List<Analysed> reports, List<Unit> sentences, Similarity similarity, ContentWords words,
                    Corrections corrections) {

    /**
     * One report as the stages before grouping left it.
     *
     * @param identity the SHA-256 of its text: its identity wherever an order must not follow the reports' order
     */
    public record Analysed(Report report, List<Span> paragraphs, List<Excluded> excluded, List<Token> tokens,
                           List<Quote> quotes, String identity) {}

    public Story {
        reports = List.copyOf(reports);
        sentences = List.copyOf(sentences);
    }

    public Map<String, Analysed> byReport() {
        Map<String, Analysed> out = new HashMap<>();
        reports.forEach(a -> out.put(a.report().id(), a));
        return out;
    }

    /** The tokens of a quotation's own words (nested quotations left out). */
    public static List<Token> ownTokens(List<Token> tokens, Quote q) {
        if (q.ownSpans().size() == 1) {
            return tokensIn(tokens, q.ownSpans().get(0));
        }
        List<Token> out = new ArrayList<>();
        for (Span s : q.ownSpans()) {
            out.addAll(tokensIn(tokens, s));
        }
        return out;
    }

    /** Tokens wholly inside {@code span}; tokens are sorted by start. */
    public static List<Token> tokensIn(List<Token> tokens, Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    /** A quotation as an alignment unit. */
    public Unit unit(Quote q, Analysed a) {
        return Unit.of(q.id(), a.report().id(), q.span(), ownTokens(a.tokens(), q), words, q.speaker(), null,
                named(q, a.report().text()));
    }

    /** The speaker is named beside the quote, or by the quote it goes on from: not a pronoun or a guess. */
    private static boolean named(Quote q, String text) {
        org.verbatim.core.quote.Attribution at = q.attribution();
        if (q.speaker() == null) {
            return false;
        }
        if (at.speakerSpan() == null) {
            return at.how() == org.verbatim.core.quote.Attribution.How.INHERITED && at.verb() != null;
        }
        String printed = at.speakerSpan().of(text);
        return !printed.isEmpty() && Character.isUpperCase(printed.codePointAt(0))
                && !printed.matches("(?i)he|she|they|him|her|them|the\\b.*|a\\b.*|an\\b.*");
    }
}
