package org.verbatim.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns the bytes of a text file into a {@link String}, or says in plain words why they are not text.
 *
 * <p>The candidates, in order:
 * <ol>
 *   <li>a byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE (the mark is not part of the text);</li>
 *   <li>an encoding the user named ({@link ReadOptions#encoding()}), which must decode the bytes;</li>
 *   <li>without a mark, strict UTF-8 when the bytes are valid UTF-8;</li>
 *   <li>else the encodings ICU4J's {@code CharsetDetector} finds likely (Windows-1251, KOI8-R, ISO-8859-x,
 *       Shift_JIS, EUC-JP, EUC-KR, GB18030, Big5, ...), best first, the first that decodes the bytes; a
 *       Western guess (ISO-8859-1) is read as its superset Windows-1252;</li>
 *   <li>else Windows-1252, the usual encoding of old Western "ANSI" files (curly quotes at 0x93/0x94).</li>
 * </ol>
 * A guess of the detector below {@value #SURE} of 100 is said to be uncertain ({@link Decoded#note()}).
 * Every candidate is decoded strictly ({@link CodingErrorAction#REPORT}); nothing is replaced by U+FFFD.
 * Line endings are kept exactly as they are ({@code \r\n} stays {@code \r\n}).
 *
 * <p>Rejected with a {@link ReadException}: no bytes or only whitespace ({@value #EMPTY}); NUL bytes in
 * anything but UTF-16, or a high share of control characters ({@value #BINARY}); bytes that no candidate
 * decodes ({@value #UNDECODABLE}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextDecoder {

    /** Reason given for an empty or whitespace-only source. */
    public static final String EMPTY = "empty file";
    /** Reason given for a source that looks like binary data. */
    public static final String BINARY = "binary data, not text";
    /** Reason given for bytes that none of the candidate encodings decodes. */
    public static final String UNDECODABLE = "cannot decode the text: no encoding reads these bytes as text";

    /** The detector's confidence (of 100) from which a guess is not called uncertain. */
    public static final int SURE = 50;

    /** The fallback for bytes that are not UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Above this share of control characters the data is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * The decoded text and the encoding it was decoded from.
     *
     * @param text    the text, without byte-order mark, line endings as in the source
     * @param charset the encoding that decoded it
     * @param bom     whether the bytes started with a byte-order mark
     * @param guess   the detector's confidence (0 to 100) when the encoding was guessed; -1 when a
     *                byte-order mark, the user or valid UTF-8 settled it
     */
    public record Decoded(String text, Charset charset, boolean bom, int guess) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }

        /** Settled, not guessed. */
        public Decoded(String text, Charset charset, boolean bom) {
            this(text, charset, bom, -1);
        }

        /** Whether the encoding is a guess the detector was not sure of. */
        public boolean uncertain() {
            return guess >= 0 && guess < SURE;
        }

        /** What to tell the user about an uncertain guess, or null. */
        public String note() {
            return uncertain() ? "the encoding " + charset.name() + " is a guess (confidence " + guess
                    + " of 100); if the text looks wrong, name the encoding" : null;
        }
    }

    /** Creates a decoder; it holds no state. */
    public TextDecoder() {
        // nothing to configure
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param name  the source's name, for the message of a {@link ReadException}
     * @param bytes the raw bytes
     * @return the text and the encoding it was read in
     * @throws ReadException when the bytes are empty, binary or not decodable
     */
    public Decoded decode(String name, byte[] bytes) throws ReadException {
        return decode(name, bytes, ReadOptions.DEFAULTS);
    }

    /**
     * Decodes {@code bytes}, with the encoding the user chose when {@code options} names one.
     *
     * @throws ReadException when the bytes are empty, binary or not decodable (in the chosen encoding:
     *                       "cannot decode the text as KOI8-R")
     */
    public Decoded decode(String name, byte[] bytes, ReadOptions options) throws ReadException {
        rejectEmptyOrBinary(name, bytes);
        Charset bomCharset = bomCharset(bytes);
        boolean utf16 = bomCharset != null && !bomCharset.equals(StandardCharsets.UTF_8);
        Decoded decoded;
        if (bomCharset != null) {
            int skip = bomLength(bomCharset);
            String text = decodeStrictly(bomCharset, bytes, skip);
            if (text == null) {
                throw new ReadException(name, UNDECODABLE);
            }
            decoded = new Decoded(text, bomCharset, true);
        } else if (options.encoding() != null) {
            String text = decodeStrictly(options.encoding(), bytes, 0);
            if (text == null) {
                throw new ReadException(name, "cannot decode the text as " + options.encoding().name());
            }
            decoded = new Decoded(text, options.encoding(), false);
        } else {
            String text = decodeStrictly(StandardCharsets.UTF_8, bytes, 0);
            decoded = text != null ? new Decoded(text, StandardCharsets.UTF_8, false) : EncodingDetector.decode(bytes);
            if (decoded == null) {
                throw new ReadException(name, UNDECODABLE);
            }
        }
        if (utf16 && looksBinary(decoded.text())) {
            throw new ReadException(name, BINARY);
        }
        if (isBlank(decoded.text())) {
            throw new ReadException(name, EMPTY);
        }
        return decoded;
    }

    /**
     * Rejects what is plainly not text, without decoding: no bytes at all, or binary data (NUL bytes or many
     * control bytes, unless a UTF-16 byte-order mark explains them). For readers, such as the HTML one, that
     * decode with their own rules.
     *
     * @throws ReadException with {@value #EMPTY} or {@value #BINARY}
     */
    public void rejectEmptyOrBinary(String name, byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(name, EMPTY);
        }
        Charset bomCharset = bomCharset(bytes);
        boolean utf16 = bomCharset != null && !bomCharset.equals(StandardCharsets.UTF_8);
        if (!utf16 && looksBinary(bytes)) {
            throw new ReadException(name, BINARY);
        }
    }

    /** Whether {@code bytes}, without a byte-order mark, are valid UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        return decodeStrictly(StandardCharsets.UTF_8, bytes, 0) != null;
    }

    /**
     * The encoding announced by a byte-order mark at the start of {@code bytes}, or null when there is none.
     */
    public static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Whether {@code text} holds nothing a reader could see: only whitespace, no-break spaces and
     * zero-width characters.
     */
    static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static int bomLength(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** The text, or null when {@code charset} reports malformed or unmappable input. */
    static String decodeStrictly(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Byte-level test for an ASCII-compatible encoding: any NUL byte, or too many C0 control bytes other
     * than tab, line feed, vertical tab, form feed, carriage return and escape.
     */
    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControl(b & 0xFF)) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * bytes.length;
    }

    /** The same test on decoded UTF-16 text: a NUL character, or too many control characters. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c) || (c >= 0x80 && c <= 0x9F)) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * text.length();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
    }
}
