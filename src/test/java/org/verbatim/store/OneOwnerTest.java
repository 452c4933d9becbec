package org.verbatim.store;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/** A store belongs to the thread that opened it; a call from another thread is refused, naming both. */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OneOwnerTest {

    @TempDir
    Path dir;

    @Test
    void aCallFromAnotherThreadIsRefusedAndNamesBothThreads() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "some other thread"));
        try (ProjectStore store = ProjectStore.create(dir.resolve("mine.verbatim"), Pipeline.standard())) {
            Throwable refused = catchCause(CompletableFuture.runAsync(() -> {
                try {
                    store.settings();
                } catch (ProjectException e) {
                    throw new IllegalStateException("not this", e);
                }
            }, other));

            assertThat(refused).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Thread.currentThread().getName()).hasMessageContaining("some other thread");
            assertThat(store.settings()).isNotNull();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void whatNeverChangesCanBeReadFromAnywhere() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("mine.verbatim"), Pipeline.standard())) {
            Path path = CompletableFuture.supplyAsync(store::path).get();
            assertThat(path).isEqualTo(store.path());
        }
    }

    private static Throwable catchCause(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
