package org.verbatim.core.read;

/**
 * A source could not be read. {@link #getMessage()} reads "{source}: {reason}", fit for one line on stderr
 * or a dialog: a reason of several lines (a library's message) is joined into one.
 */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public ReadException(String source, String reason) {
        this(source, reason, null);
    }

    public ReadException(String source, String reason, Throwable cause) {
        super(source + ": " + oneLine(reason), cause);
        this.source = source;
        this.reason = oneLine(reason);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The file, URL or label that failed. */
    public String source() {
        return source;
    }

    /** Why, in plain words. */
    public String reason() {
        return reason;
    }
}
