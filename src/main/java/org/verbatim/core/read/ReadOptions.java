package org.verbatim.core.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * What the user chose about reading, beyond the file itself.
 *
 * @param encoding the character encoding to decode text with instead of detecting it ({@code --encoding NAME},
 *                 or the window's report details); null to detect. A byte-order mark still wins. Formats that
 *                 carry their own encoding (Word, PDF) ignore it.
 */
public record ReadOptions(Charset encoding) {

    /** Detect everything. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null);

    /** Decode text with {@code charset}. */
    public static ReadOptions encoding(Charset charset) {
        return new ReadOptions(charset);
    }

    /**
     * The charset a person named ("windows-1251", "koi8-r", "Shift_JIS"), or an exception whose message says
     * the name is not known.
     */
    public static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding \u201C" + name + "\u201D (try UTF-8, windows-1251, "
                    + "KOI8-R, ISO-8859-2, Shift_JIS, EUC-KR, GB18030, Big5)", e);
        }
    }
}
