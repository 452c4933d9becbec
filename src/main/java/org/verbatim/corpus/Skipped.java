package org.verbatim.corpus;

/**
 * An input that was left out: an unreadable file, a malformed line.
 *
 * @param source the file (and line) as the user would find it
 * @param reason why, in plain words
 */
public record Skipped(String source, String reason) {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
