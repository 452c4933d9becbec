package org.verbatim.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work at once on the calling thread and delivers the outcome before {@code run} returns; its lanes
 * do the same. For tests, and anywhere the caller already is where the outcome should land.
 */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String name, Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public Lane newLane(String name) {
        SynchronousTaskRunner self = this;
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
                // nothing runs later
            }
        };
    }
}
