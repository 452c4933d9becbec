package org.verbatim.ui.task;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * Runs work on a small pool of daemon threads, and each {@link Lane} on a daemon thread of its own, and
 * delivers outcomes on the JavaFX application thread through {@link Platform#runLater}. Close it when the
 * application stops.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService workers;
    private final Executor uiThread;
    private final List<FxLane> lanes = new CopyOnWriteArrayList<>();
    private final AtomicInteger laneCount = new AtomicInteger();

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
        workers.execute(() -> call(name, work, onSuccess, onFailure));
    }

    private <T> void call(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
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
    }

    @Override
    public void onUiThread(Runnable step) {
        uiThread.execute(step);
    }

    @Override
    public Lane newLane(String name) {
        FxLane lane = new FxLane("verbatim-" + name + "-" + laneCount.incrementAndGet());
        lanes.removeIf(done -> done.thread.isTerminated());
        lanes.add(lane);
        return lane;
    }

    /**
     * Stops accepting work and interrupts what the pool is running (outcomes still queued may be dropped); each
     * lane finishes the jobs it was handed (a project's last writes and its closing), waiting a few seconds.
     */
    @Override
    public void close() {
        workers.shutdownNow();
        List<FxLane> open = List.copyOf(lanes);
        open.forEach(FxLane::close);
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
            for (FxLane lane : open) {
                lane.thread.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A lane: a single daemon thread; closing lets it finish what it was handed. */
    private final class FxLane implements Lane {
        private final ExecutorService thread;
        private volatile Thread own;

        FxLane(String name) {
            this.thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread t = new Thread(runnable, name);
                t.setDaemon(true);
                own = t;
                return t;
            });
        }

        @Override
        public <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure) {
            try {
                thread.execute(() -> call(name, work, onSuccess, onFailure));
            } catch (RejectedExecutionException closed) {
                uiThread.execute(() -> onFailure.accept(new IllegalStateException("the project was closed before "
                        + name, closed)));
            }
        }

        @Override
        public boolean isOwnThread() {
            return Thread.currentThread() == own;
        }

        /** Stops taking jobs; the runner's {@link FxTaskRunner#close} still waits for the ones handed over. */
        @Override
        public void close() {
            thread.shutdown();
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
