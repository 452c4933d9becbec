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

    /** SHA-256 of some bytes, in hex (the project keeps it for every imported file). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
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

    /**
     * The fingerprint of a variant place: the layer that found it ("words", "surface", ...), what each reading
     * prints, and the words just before it. Not its kind (a better engine may name it better), and nothing about
     * which reports print which reading, nor their order: the same place found again, with a report more or in
     * another order, keeps its annotations.
     */
    public static String ofPlace(String layer, java.util.Collection<String> readings, String context) {
        List<String> sorted = new java.util.ArrayList<>(readings);
        sorted.sort(null);
        return hex(sha256(layer + "\n" + context + "\n" + String.join("\n", sorted))).substring(0, 16);
    }

    /**
     * A fingerprint not yet in {@code used}: {@code fingerprint} itself, or, for the n-th repeat of an identical
     * discrepancy (the same quote printed twice in one report), a hash of it with n. Adds the result to used.
     */
    public static String unique(String fingerprint, java.util.Set<String> used) {
        String fp = fingerprint;
        for (int n = 2; !used.add(fp); n++) {
            fp = hex(sha256(fingerprint + "#" + n)).substring(0, 16);
        }
        return fp;
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
        StringBuilder whole = new StringBuilder();
        for (Token t : tokens) {
            whole.append(t.norm().toLowerCase(Locale.ROOT)).append(' ');
        }
        // the whole quotation too: one report can print the same utterance twice, differently
        return hex(sha256(whole.toString())).substring(0, 12) + "|" + before + "[" + inside + "]";
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
