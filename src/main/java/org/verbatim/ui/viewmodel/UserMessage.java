package org.verbatim.ui.viewmodel;

import java.util.Objects;

/**
 * Something the window must tell the user in a dialog: a failed import, a project that would not open.
 *
 * @param title  a few words for the dialog's title ("Could not import notes.bin")
 * @param detail the reason, naming the file ("notes.bin: this is a binary file, not text")
 * @param error  true for a failure, false for information
 */
public record UserMessage(String title, String detail, boolean error) {

    public UserMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    public static UserMessage error(String title, String detail) {
        return new UserMessage(title, detail, true);
    }

    public static UserMessage info(String title, String detail) {
        return new UserMessage(title, detail, false);
    }
}
