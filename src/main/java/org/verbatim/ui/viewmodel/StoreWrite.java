package org.verbatim.ui.viewmodel;

import org.verbatim.store.ProjectException;

/**
 * A write to the project file from a view model: done at once on the UI thread (one statement, a few
 * milliseconds), then the model re-reads what it shows. What went wrong is handed back as the store's
 * message (which names the file), for the model's problem line.
 */
@FunctionalInterface
public interface StoreWrite {

    void run() throws ProjectException;

    /**
     * Runs {@code write} then {@code refresh}.
     *
     * @return null when both went fine, else why not
     */
    static String attempt(StoreWrite write, StoreWrite refresh) {
        try {
            write.run();
            refresh.run();
            return null;
        } catch (ProjectException e) {
            return e.getMessage();
        }
    }
}
