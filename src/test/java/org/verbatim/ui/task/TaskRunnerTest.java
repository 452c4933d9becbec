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

    @Test
    void aLaneRunsItsJobsOneAtATimeInOrderOnOneThreadOfItsOwn() throws Exception {
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(20);
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newFixedThreadPool(2), Runnable::run)) {
            Lane lane = runner.newLane("project");
            for (int i = 0; i < 20; i++) {
                int n = i;
                lane.run("job " + n, () -> {
                    threads.add(Thread.currentThread().getName().replaceFirst(" \\(.*", ""));
                    Thread.sleep(n % 3);
                    ran.add("job " + n);
                    return null;
                }, ok -> done.countDown(), failed -> done.countDown());
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lane.isOwnThread()).isFalse();
        }
        assertThat(ran).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(n -> "job " + n)
                .toList());
        assertThat(threads).hasSize(1).allSatisfy(t -> assertThat(t).startsWith("verbatim-project-"));
    }

    @Test
    void aJobHandedToAClosedLaneFailsOnTheUiThreadInsteadOfThrowingAtTheCaller() throws Exception {
        List<Object> seen = new ArrayList<>();
        try (FxTaskRunner runner = new FxTaskRunner(Executors.newSingleThreadExecutor(), Runnable::run)) {
            Lane lane = runner.newLane("project");
            lane.close();
            lane.run("late", () -> 1, seen::add, seen::add);
        }
        assertThat(seen).singleElement().isInstanceOf(IllegalStateException.class);
    }
}
