package org.verbatim.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a computation away from the UI thread and hands its outcome back on the UI thread.
 *
 * <p>Exactly one of {@code onSuccess} and {@code onFailure} is called, on the UI thread, unless the
 * runner has been shut down. View models depend on this interface only, so tests can use
 * {@link SynchronousTaskRunner} and need no display.
 */
public interface TaskRunner {

    /**
     * @param name      a short description, for thread names and logs
     * @param work      the computation; runs off the UI thread and must not touch the scene graph
     * @param onSuccess receives the result, on the UI thread
     * @param onFailure receives what {@code work} threw, on the UI thread
     */
    <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /**
     * Runs {@code step} on the UI thread soon: how work in progress shows a first result before it is done
     * (a project's texts before their comparison). Callable from any thread. The default runs it at once,
     * which suits runners that deliver outcomes on the calling thread, as the synchronous one does.
     */
    default void onUiThread(Runnable step) {
        step.run();
    }

    /** A new {@link Lane}: one thread of its own, for one open project. */
    Lane newLane(String name);
}
