package org.verbatim.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One thread of its own that runs what is handed to it one job at a time, in the order handed, and gives each
 * outcome to the UI thread: how an open project is owned (its store belongs to its lane's thread, and no call
 * on it ever runs on the UI thread or beside another).
 */
public interface Lane {

    /**
     * Runs {@code work} on this lane's thread after everything handed to it before.
     *
     * @param name      a short description, for thread names and logs
     * @param work      the job; runs on the lane's thread and must not touch the scene graph
     * @param onSuccess receives the result, on the UI thread
     * @param onFailure receives what {@code work} threw, on the UI thread
     */
    <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /** Whether the calling thread is this lane's own (the jobs of a synchronous lane run on their caller's). */
    boolean isOwnThread();

    /** Lets the jobs already handed over finish, then ends the lane; a later job fails (on the UI thread). */
    void close();
}
