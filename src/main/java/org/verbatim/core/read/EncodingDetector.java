package org.verbatim.core.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Guesses the legacy encoding of bytes that are not UTF-8, with ICU4J's {@link CharsetDetector}: the
 * detector's matches, best first, down to a floor; the first that Java knows and that decodes the bytes
 * strictly wins. A Western guess (ISO-8859-1) becomes Windows-1252, its superset, which also reads curly
 * quotes. When no match decodes, Windows-1252 itself is tried. Its own class so that ICU's detector loads
 * only for such bytes. Stateless.
 */
final class EncodingDetector {

    /** Below this confidence (of 100) a match is not tried. */
    private static final int FLOOR = 10;

    private EncodingDetector() {
    }

    /** The bytes decoded in the likeliest encoding that reads them, or null when none does. */
    static TextDecoder.Decoded decode(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Map<Charset, Integer> candidates = new LinkedHashMap<>();
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < FLOOR) {
                break;
            }
            Charset charset = javaCharset(match.getName());
            if (charset != null) {
                candidates.putIfAbsent(charset, match.getConfidence());
            }
        }
        candidates.putIfAbsent(TextDecoder.WINDOWS_1252, 0);
        for (Map.Entry<Charset, Integer> c : candidates.entrySet()) {
            String text = TextDecoder.decodeStrictly(c.getKey(), bytes, 0);
            if (text != null) {
                return new TextDecoder.Decoded(text, c.getKey(), false, c.getValue());
            }
        }
        return null;
    }

    /** The Java charset for an ICU name, Windows-1252 for ISO-8859-1; null for one Java lacks or UTF-8/16/32. */
    private static Charset javaCharset(String icuName) {
        if (icuName.equalsIgnoreCase("ISO-8859-1")) {
            return TextDecoder.WINDOWS_1252;
        }
        if (icuName.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-")) {
            return null; // UTF-8 already failed; UTF-16 and UTF-32 without a mark are taken for binary
        }
        try {
            Charset charset = Charset.forName(icuName);
            return charset.equals(StandardCharsets.UTF_8) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
