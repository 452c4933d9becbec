package org.verbatim.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * Runs work on a small pool of daemon threads and delivers outcomes on the JavaFX application thread
 * through {@link Platform#runLater}. Close it when the application stops.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService workers;
    private final Executor uiThread;

    /** A pool of up to two worker threads, delivering on the JavaFX application thread. */
    public FxTaskRunner() {
        this(Executors.newFixedThreadPool(2, daemonThreads("verbatim-worker")), Platform::runLater);
    }

    /** For tests or other toolkits: the given pool does the work, {@code uiThread} delivers the outcome. */
    public FxTaskRunner(ExecutorService workers, Executor uiThread) {
        this.workers = workers;
        this.uiThread = uiThread;
    }

    @Override
    public <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        workers.execute(() -> {
            String threadName = Thread.currentThread().getName();
            Thread.currentThread().setName(threadName + " (" + name + ")");
            try {
                T result = work.call();
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                uiThread.execute(() -> onFailure.accept(e));
            } finally {
                Thread.currentThread().setName(threadName);
            }
        });
    }

    @Override
    public void onUiThread(Runnable step) {
        uiThread.execute(step);
    }

    /** Stops accepting work and interrupts what is running; outcomes still queued may be dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
