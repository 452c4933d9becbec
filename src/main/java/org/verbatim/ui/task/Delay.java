package org.verbatim.ui.task;

import java.time.Duration;

/**
 * Runs something on the UI thread after a while, unless cancelled first: how a note typed and left is saved after
 * a pause. The window uses the toolkit's timer; tests use a clock they move by hand, and never sleep.
 */
@FunctionalInterface
public interface Delay {

    /** Runs {@code action} on the UI thread after {@code wait}; the returned handle cancels it. */
    Cancel after(Duration wait, Runnable action);

    /** Cancels a delayed action that has not run yet; nothing once it has. */
    @FunctionalInterface
    interface Cancel {
        void cancel();
    }

    /** Never runs anything: for views of a project that nothing types in. */
    Delay NEVER = (wait, action) -> () -> { };
}
