package org.verbatim.core.read;

/** A library's exception in a few words, for the end of a one-line reason. */
final class Failure {

    private Failure() {
    }

    /** The first line of the message, else the exception's simple name; at most 160 characters. */
    static String summary(Throwable e) {
        String message = e.getMessage();
        String s = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
        return s.length() > 160 ? s.substring(0, 160) + "\u2026" : s;
    }
}
