package org.verbatim.store;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/**
 * Two writers start on one project at the same moment (two {@code project add}, say): the second waits for
 * the first for a few seconds, then goes on or says the file is busy. Never both refused.
 */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TwoWritersTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void aSecondWriterWaitsForTheFirstToFinishAndThenWrites() throws Exception {
        Path p = dir.resolve("wait.verbatim");
        ProjectStore.create(p, Pipeline.standard()).close();
        java.util.concurrent.CountDownLatch firstIsIn = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> {
            try (ProjectStore store = ProjectStore.open(p, Pipeline.standard())) {
                store.setSettings(store.settings().withIgnoreCase(true));
                firstIsIn.countDown();
                Thread.sleep(700);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        firstIsIn.await();

        try (ProjectStore second = ProjectStore.open(p, Pipeline.standard())) {
            second.setSettings(second.settings().withIgnoreCase(false));
        }

        first.join();
        try (ProjectStore again = ProjectStore.open(p, Pipeline.standard())) {
            assertThat(again.settings().ignoreCase()).isFalse();
        }
    }

    @Test
    void ofTwoWritersStartedTogetherAtLeastOneSucceedsAndTheOtherSucceedsOrSaysTheFileIsBusy() throws Exception {
        Path p = dir.resolve("busy.verbatim");
        ProjectStore.create(p, Pipeline.standard()).close();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    outcomes.add(two.submit(() -> {
                        together.await();
                        try (ProjectStore store = ProjectStore.open(p, Pipeline.standard())) {
                            store.setSettings(store.settings());
                            return "written";
                        } catch (ProjectException e) {
                            return e.reason();
                        }
                    }));
                }
                List<String> said = List.of(outcomes.get(0).get(), outcomes.get(1).get());
                assertThat(said).as("round " + round).contains("written");
                assertThat(said).as("round " + round).allSatisfy(s -> assertThat(s)
                        .satisfiesAnyOf(w -> assertThat(w).isEqualTo("written"),
                                busy -> assertThat(busy).contains("already open")));
            }
        } finally {
            two.shutdownNow();
        }
    }
}
