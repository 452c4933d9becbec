package org.verbatim.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.Span;

/**
 * Word segmentation by ICU's rule-based break iterator (UAX #29), run over the {@link ComparisonText}.
 * Words and numbers become one token each; every punctuation or symbol character becomes a token of its
 * own, except "..." which stays one token. Spaces make no tokens.
 */
final class IcuTokenizer implements Tokenizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private final boolean foldCase;

    IcuTokenizer(boolean foldCase) {
        this.foldCase = foldCase;
    }

    @Override
    public List<Token> tokenize(String original, List<Span> hidden) {
        ComparisonText folded = ComparisonText.of(original, hidden);
        String t = folded.text();
        List<Token> out = new ArrayList<>(t.length() / 5 + 4);
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(t);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status >= BreakIterator.WORD_NONE && status < BreakIterator.WORD_NONE_LIMIT) {
                addPunctuation(original, folded, start, end, out);
            } else {
                TokenType type = status < BreakIterator.WORD_NUMBER_LIMIT ? TokenType.NUMBER : TokenType.WORD;
                out.add(token(original, folded, start, end, type));
            }
        }
        return merge(original, out);
    }

    /**
     * Joins what word segmentation leaves in pieces: an ellipsis ("..." arrives as three full stops, "…" as
     * three folded ones on one original char) and a clock time ("9:30" as 9, ":", 30).
     */
    private static List<Token> merge(String original, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.norm().equals(".")) {
                int j = k;
                while (j + 1 < tokens.size() && tokens.get(j + 1).norm().equals(".")
                        && tokens.get(j + 1).start() <= tokens.get(j).end()) {
                    j++;
                }
                if (j > k) {
                    int end = tokens.get(j).end();
                    out.add(new Token(t.start(), end, original.substring(t.start(), end), "...", TokenType.PUNCT));
                    k = j;
                    continue;
                }
            }
            if (t.type() == TokenType.NUMBER && k + 2 < tokens.size() && tokens.get(k + 1).norm().equals(":")
                    && tokens.get(k + 2).type() == TokenType.NUMBER && tokens.get(k + 1).start() == t.end()
                    && tokens.get(k + 2).start() == tokens.get(k + 1).end()) {
                Token m = tokens.get(k + 2);
                out.add(new Token(t.start(), m.end(), original.substring(t.start(), m.end()),
                        t.norm() + ":" + m.norm(), TokenType.NUMBER));
                k += 2;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private void addPunctuation(String original, ComparisonText folded, int start, int end, List<Token> out) {
        String t = folded.text();
        int i = start;
        while (i < end) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i + Character.charCount(t.codePointAt(i));
            if (c == '.' && i + 2 < end && t.charAt(i + 1) == '.' && t.charAt(i + 2) == '.') {
                j = i + 3;
                while (j < end && t.charAt(j) == '.') {
                    j++;
                }
            }
            out.add(token(original, folded, i, j, isPunctuation(t.codePointAt(i)) ? TokenType.PUNCT : TokenType.SYMBOL));
            i = j;
        }
    }

    private Token token(String original, ComparisonText folded, int from, int to, TokenType type) {
        int s = folded.originStart(from);
        int e = folded.originEnd(to);
        String norm = NFKC.normalize(folded.text().substring(from, to));
        if (foldCase) {
            norm = UCharacter.foldCase(norm, true);
        }
        return new Token(s, e, original.substring(s, e), norm, type);
    }

    private static boolean isPunctuation(int cp) {
        if ("@#%&*/\\|~^_+=<>$".indexOf(cp) >= 0) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
