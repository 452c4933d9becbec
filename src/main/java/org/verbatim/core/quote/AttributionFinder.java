package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;

/**
 * Finds who a quotation is attributed to from the words around it, in the same sentence: "X said: …",
 * "…, X said.", "…, said X.", "according to X", "X was quoted as saying". A pronoun resolves to the
 * nearest named person before it (the first person named in the nearest sentence that names one).
 */
final class AttributionFinder {

    private static final int MAX_BEFORE = 200;
    private static final int MAX_AFTER = 200;
    private static final int SENTENCES_BACK = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\"\u201D\u2019']|$)");

    private final String text;
    private final Names names;
    private final List<Span> sentences;
    private final List<Span> quoteContents;

    /**
     * @param sentences     every sentence of the report, in order
     * @param quoteContents the contents of every quotation, for telling narrative from quoted words
     */
    AttributionFinder(String text, Names names, List<Span> sentences, List<Span> quoteContents) {
        this.text = text;
        this.names = names;
        this.sentences = sentences;
        this.quoteContents = quoteContents;
    }

    /**
     * Attribution from the text after the quote: {@code after} runs from just past the closing mark to
     * where the quote's sentence or container ends.
     */
    Attribution after(Span after, Span enclosing, String excludeSpeaker) {
        if (after.isEmpty()) {
            return null;
        }
        String s = text.substring(after.start(), Math.min(after.end(), after.start() + MAX_AFTER));
        for (Pattern p : List.of(SpeechVerbs.AFTER_SPEAKER_VERB, SpeechVerbs.AFTER_VERB_SPEAKER,
                SpeechVerbs.AFTER_ACCORDING)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                Span np = new Span(after.start() + m.start("np"), after.start() + m.end("np"));
                Span verb = new Span(after.start() + m.start("verb"), after.start() + m.end("verb"));
                if (crossesSentence(s, m.start("np"))) {
                    continue;
                }
                String speaker = speakerOf(np, enclosing, excludeSpeaker, true);
                if (speaker == null && !isPronoun(np.of(text))) {
                    continue;
                }
                Attribution.How how = p == SpeechVerbs.AFTER_ACCORDING ? Attribution.How.ACCORDING_TO
                        : Attribution.How.AFTER;
                return new Attribution(speaker, np, verb.of(text), verb, how);
            }
        }
        return null;
    }

    /**
     * Attribution from the text before the quote: {@code before} runs from where the quote's sentence may
     * start (paragraph start, previous quote, enclosing quote) to the opening mark.
     */
    Attribution before(Span before, Span enclosing, String excludeSpeaker) {
        if (before.isEmpty()) {
            return null;
        }
        int from = Math.max(before.start(), before.end() - MAX_BEFORE);
        String pre = text.substring(from, before.end());
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(pre);
        while (end.find()) {
            if (end.end() < pre.strip().length()) {
                sentenceStart = end.end();
            }
        }
        String sentence = pre.substring(sentenceStart);
        int base = from + sentenceStart;
        String trimmed = sentence.stripTrailing();
        if (trimmed.isEmpty() || trimmed.matches("(?s).*[.!?][\"\u201D\u2019']?$")) {
            return null; // '…," she said. "…': the sentence before ended; it introduces nothing
        }
        boolean introduces = trimmed.endsWith(":") || trimmed.endsWith(",");

        Matcher acc = SpeechVerbs.BEFORE_ACCORDING.matcher(sentence);
        if (acc.find()) {
            Span np = new Span(base + acc.start("np"), base + acc.end("np"));
            String speaker = speakerOf(np, enclosing, excludeSpeaker, true);
            if (speaker != null) {
                return new Attribution(speaker, np, "according to", null, Attribution.How.ACCORDING_TO);
            }
        }
        Matcher v = SpeechVerbs.VERB.matcher(sentence);
        int vs = -1;
        int ve = -1;
        while (v.find()) {
            vs = v.start("verb");
            ve = v.end("verb");
        }
        if (vs < 0) {
            return null;
        }
        String tail = sentence.substring(ve).strip();
        int tailWords = tail.isEmpty() ? 0 : tail.split("\\s+").length;
        if (!(introduces && tailWords <= 10 || tailWords <= 4)) {
            return null;
        }
        Span verb = new Span(base + vs, base + ve);
        Span subjectRange = new Span(base, base + vs);
        Span np = subject(subjectRange);
        if (np == null) {
            return null;
        }
        String speaker = speakerOf(np, enclosing, excludeSpeaker, true);
        if (speaker == null && !isPronoun(np.of(text))) {
            return null;
        }
        return new Attribution(speaker, np, verb.of(text), verb, Attribution.How.BEFORE);
    }

    /** The subject of a clause: its first pronoun or (non-possessive) person name, else a described noun phrase. */
    private Span subject(Span range) {
        String s = range.of(text);
        Span best = null;
        Matcher pron = Pattern.compile("\\b(?i:he|she|they|we|I)\\b").matcher(s);
        if (pron.find()) {
            best = new Span(range.start() + pron.start(), range.start() + pron.end());
        }
        for (Span run : Names.capitalisedRuns(text, range)) {
            Names.Mention m = names.toMention(text, run.start(), run.end(), true);
            if (m == null || m.possessive()) {
                continue;
            }
            // a name set off just before the verb is the speaker: "A spokeswoman for Skyline Air, Maria Lopez, said"
            if (text.substring(m.span().end(), range.end()).matches("\\s*,\\s*")
                    && text.substring(range.start(), m.span().start()).matches("(?s).*,\\s*")) {
                return m.span();
            }
            if (best == null || m.span().start() < best.start()) {
                best = m.span();
            }
        }
        if (best != null) {
            return best;
        }
        Matcher desc = Pattern.compile(
                "(?i)\\b(?:the|a|an|his|her|their|its|one|another)\\s+[\\w'\u2019-]+(?:\\s+[\\w'\u2019-]+){0,3}?(?=\\s*,?\\s*$)")
                .matcher(s);
        if (desc.find()) {
            return new Span(range.start() + desc.start(), range.start() + desc.end());
        }
        return null;
    }

    /**
     * The speaker named by a noun phrase: a person's full name, a resolved pronoun, or the description itself
     * ("the pranksters").
     */
    String speakerOf(Span np, Span enclosing, String exclude, boolean speaking) {
        String phrase = np.of(text).strip();
        if (phrase.isEmpty()) {
            return null;
        }
        if (isPronoun(phrase)) {
            return resolvePronoun(phrase, np.start(), enclosing, exclude);
        }
        for (Span run : Names.capitalisedRuns(text, np)) {
            Names.Mention m = names.toMention(text, run.start(), run.end(), speaking);
            if (m != null && !m.possessive()) {
                return names.complete(m.name());
            }
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.matches("(the|a|an|his|her|their|its|one|another|two|three|several|some|many|both|our)\\s.+")) {
            return lower.replaceAll("[,;:]+$", "");
        }
        if (Character.isUpperCase(phrase.charAt(0)) && !Names.NOT_NAMES.contains(lower)) {
            return names.complete(phrase.replaceAll("[,;:]+$", ""));
        }
        return null;
    }

    /**
     * The person a pronoun at {@code at} refers to. Outside quotations, names inside quoted words do not count;
     * inside a quotation ({@code enclosing} non-null) they do, and its own speaker is skipped.
     */
    String resolvePronoun(String pronoun, int at, Span enclosing, String exclude) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("i") || p.equals("we") || p.equals("it")) {
            return null;
        }
        boolean plural = p.equals("they") || p.equals("them");
        int idx = sentenceIndexAt(at);
        for (int k = idx, seen = 0; k >= 0 && seen < SENTENCES_BACK; k--, seen++) {
            Span sentence = sentences.get(k);
            Span part = k == idx ? new Span(sentence.start(), Math.max(sentence.start(), Math.min(at, sentence.end())))
                    : sentence;
            if (plural) {
                Matcher m = SpeechVerbs.PLURAL_SUBJECT.matcher(part.of(text));
                if (m.find()) {
                    return m.group().toLowerCase(Locale.ROOT);
                }
                continue;
            }
            for (Names.Mention m : names.mentionsIn(part)) {
                if (m.possessive()) {
                    continue;
                }
                if (enclosing == null && insideQuote(m.span())) {
                    continue;
                }
                String name = names.complete(m.name());
                if (exclude != null && sameName(name, exclude)) {
                    continue;
                }
                return name;
            }
        }
        return null;
    }

    /** Whether {@code s} lies inside a quotation; contents are sorted by start and nest at most a few deep. */
    private boolean insideQuote(Span s) {
        int lo = 0;
        int hi = quoteContents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteContents.get(mid).start() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
            if (quoteContents.get(k).contains(s)) {
                return true;
            }
        }
        return false;
    }

    private int sentenceIndexAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= at) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** True when there is a sentence end before {@code upTo} in {@code s}. */
    private static boolean crossesSentence(String s, int upTo) {
        String head = s.substring(0, upTo);
        return head.matches("(?s).*[.!?]\\s+\\S.*") || head.contains("\n");
    }

    static boolean isPronoun(String s) {
        return SpeechVerbs.PRONOUN.matcher(s.strip()).matches();
    }

    /** Two names of one person: equal, or one is a part of the other ("Peskov", "Dmitry Peskov"). */
    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        List<String> xs = new ArrayList<>(List.of(x.split("\\s+")));
        List<String> ys = new ArrayList<>(List.of(y.split("\\s+")));
        return xs.containsAll(ys) || ys.containsAll(xs);
    }
}
