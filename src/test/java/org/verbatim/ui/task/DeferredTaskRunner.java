package org.verbatim.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A test runner that holds each task until the test completes it, so in-between states can be checked. Its
 * lanes hold their jobs in the same queue.
 */
public final class DeferredTaskRunner implements TaskRunner {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        pending.add(() -> new SynchronousTaskRunner().run(name, work, onSuccess, onFailure));
    }

    @Override
    public Lane newLane(String name) {
        DeferredTaskRunner self = this;
        return new Lane() {
            @Override
            public <T> void run(String job, Callable<? extends T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                self.run(job, work, onSuccess, onFailure);
            }

            @Override
            public boolean isOwnThread() {
                return true;
            }

            @Override
            public void close() {
                // its jobs stay queued until the test completes them
            }
        };
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the oldest pending task and delivers its outcome. */
    public void completeOldest() {
        pending.removeFirst().run();
    }

    /** Runs the newest pending task and delivers its outcome. */
    public void completeNewest() {
        pending.removeLast().run();
    }
}
