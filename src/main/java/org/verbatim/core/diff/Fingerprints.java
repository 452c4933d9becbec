package org.verbatim.core.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Token;

/**
 * Fingerprints of discrepancies: a hash of what differs and where, in terms that survive a re-run of the same
 * reports (report content, the differing words and the words just before them), not of ids or positions.
 * The two sides are sorted, so comparing the reports in another order gives the same fingerprint.
 */
public final class Fingerprints {

    private static final int CONTEXT = 3;

    private Fingerprints() {}

    /** SHA-256 of a report's text, in hex: the report's identity in fingerprints. */
    public static String ofText(String text) {
        return hex(sha256(text));
    }

    /**
     * @param kind     the discrepancy's kind
     * @param reportA  identity of side a's report ({@link #ofText})
     * @param tokensA  side a's quote tokens
     * @param spanA    side a's span
     */
    public static String of(DiffKind kind, String reportA, List<Token> tokensA, Span spanA, String reportB,
                            List<Token> tokensB, Span spanB) {
        String a = reportA + "|" + side(tokensA, spanA);
        String b = reportB + "|" + side(tokensB, spanB);
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = first == a ? b : a;
        return hex(sha256(symmetric(kind) + "\n" + first + "\n" + second)).substring(0, 16);
    }

    /** Inserted and deleted are one change seen from either side. */
    private static String symmetric(DiffKind kind) {
        return kind == DiffKind.WORD_INSERTED || kind == DiffKind.WORD_DELETED ? "word-indel" : kind.label();
    }

    private static String side(List<Token> tokens, Span span) {
        StringBuilder before = new StringBuilder();
        StringBuilder inside = new StringBuilder();
        int firstInside = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() >= span.start() && t.end() <= span.end() && !span.isEmpty()) {
                inside.append(t.norm().toLowerCase(Locale.ROOT)).append(' ');
                firstInside = Math.min(firstInside, k);
            } else if (t.end() <= span.start()) {
                firstInside = k + 1;
            }
        }
        for (int k = Math.max(0, firstInside - CONTEXT); k < Math.min(firstInside, tokens.size()); k++) {
            before.append(tokens.get(k).norm().toLowerCase(Locale.ROOT)).append(' ');
        }
        return before + "[" + inside + "]";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
