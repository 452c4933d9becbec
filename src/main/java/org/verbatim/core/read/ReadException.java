package org.verbatim.core.read;

/**
 * A source could not be read. {@link #getMessage()} reads "{source}: {reason}", fit for one line on stderr
 * or a dialog.
 */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public ReadException(String source, String reason) {
        this(source, reason, null);
    }

    public ReadException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
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
