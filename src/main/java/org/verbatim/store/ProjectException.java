package org.verbatim.store;

/** A project file could not be created, opened or changed. The message names the file and the reason. */
public final class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public ProjectException(String file, String reason) {
        this(file, reason, null);
    }

    public ProjectException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
