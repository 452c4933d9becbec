package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/**
 * A process that writes annotations is killed with SIGKILL at a random moment, again and again. Each time the
 * file opens, passes {@code PRAGMA integrity_check}, and holds every annotation whose write had returned.
 */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void killedWhileWritingAnnotationsFiftyTimesAndNothingThatReturnedIsLost() throws Exception {
        Path file = dir.resolve("crash.verbatim");
        try (ProjectStore store = ProjectStore.create(file, Pipeline.standard())) {
            ProjectStoreTest.addFile(store, ProjectStoreTest.SAMPLE.resolve(ProjectStoreTest.FILES.get(0)));
        }
        Random random = new Random(20151915);
        Set<String> returned = new HashSet<>();
        int next = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString(),
                    String.valueOf(next)).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("child started").isEqualTo("ready");
            // kill after this round's first writes have returned, then a random moment later (mid-write, as
            // likely as not): every round kills a writer at work, however slowly a loaded machine starts it
            java.util.concurrent.CountDownLatch writes = new java.util.concurrent.CountDownLatch(1 + random.nextInt(4));
            int after = random.nextInt(60);
            Thread reader = new Thread(() -> {
                try {
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        if (l.startsWith("written ")) {
                            synchronized (returned) {
                                returned.add("write " + l.substring(8));
                            }
                            writes.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the child was killed
                }
            });
            reader.start();
            assertThat(writes.await(2, TimeUnit.MINUTES)).as("the writer wrote in round " + (kill + 1)).isTrue();
            Thread.sleep(after);
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor();
            reader.join();
            try (ProjectStore store = ProjectStore.open(file, Pipeline.standard())) {
                assertThat(store.integrityCheck()).isEqualTo("ok");
                Set<String> present = new HashSet<>();
                store.annotations().forEach(a -> present.add(a.note()));
                synchronized (returned) {
                    assertThat(present).as("after kill " + (kill + 1)).containsAll(returned);
                }
                next = present.size() + returned.size() + 1000 * (kill + 1);
            }
        }
        assertThat(returned).as("each round returned at least one write").hasSizeGreaterThanOrEqualTo(KILLS);
    }
}
