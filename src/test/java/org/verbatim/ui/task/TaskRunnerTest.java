package org.verbatim.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    @Test
    void synchronousRunnerDeliversTheResultBeforeReturning() {
        List<Object> seen = new ArrayList<>();
        new SynchronousTaskRunner().run("sum", () -> 1 + 2, seen::add, seen::add);
        assertThat(seen).containsExactly(3);
    }

    @Test
    void synchronousRunnerDeliversFailures() {
        List<Object> seen = new ArrayList<>();
        IOException boom = new IOException("boom");
        new SynchronousTaskRunner().run("fail", () -> { throw boom; }, seen::add, seen::add);
        assertThat(seen).containsExactly(boom);
    }

    @Test
    void fxRunnerWorksOffTheCallingThreadAndDeliversThroughTheUiExecutor() throws Exception {
        BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        AtomicReference<String> workThread = new AtomicReference<>();
        List<Object> seen = new ArrayList<>();
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newSingleThreadExecutor(), uiQueue::add)) {
            runner.run("answer", () -> {
                workThread.set(Thread.currentThread().getName());
                return 42;
            }, seen::add, seen::add);

            Runnable delivery = uiQueue.poll(5, TimeUnit.SECONDS);
            assertThat(delivery).as("outcome handed to the UI executor").isNotNull();
            assertThat(seen).as("nothing delivered until the UI executor runs it").isEmpty();
            delivery.run();
        }
        assertThat(seen).containsExactly(42);
        assertThat(workThread.get()).isNotEqualTo(Thread.currentThread().getName()).contains("(answer)");
    }

    @Test
    void fxRunnerDeliversFailuresThroughTheUiExecutor() throws Exception {
        BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        List<Object> seen = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newSingleThreadExecutor(), uiQueue::add)) {
            runner.run("fail", () -> { throw boom; }, seen::add, seen::add);
            uiQueue.poll(5, TimeUnit.SECONDS).run();
        }
        assertThat(seen).containsExactly(boom);
    }
}
