package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testkit.CorpusGenerator;

/** Ctrl+C (a SIGINT, or the SIGTERM a test can send) stops a corpus run with what it compared written. */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CorpusStopTest {

    @TempDir
    Path dir;

    @Test
    void stoppedAfterTheFirstStoryTheJsonAndTheIndexAreCompleteAndSayTheRunWasStopped() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        new CorpusGenerator(8, 240, 400, 30, 50).writeJsonLines(corpus);
        Path out = dir.resolve("out");
        Path json = dir.resolve("stories.json");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.verbatim.Main", "corpus",
                corpus.toString(), "--format", "json", "--threads", "1", "--out", out.toString())
                .redirectOutput(json.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        // the index lists a story as soon as it is compared
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(out.resolve("s0001.verbatim")) && Files.size(out.resolve("index.json")) > 100)
                && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
        }
        child.destroy(); // SIGTERM: the JVM runs its shutdown hooks as on Ctrl+C
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String messages = Files.readString(dir.resolve("stderr.txt"));

        ObjectMapper mapper = new ObjectMapper();
        JsonNode stdout = mapper.readTree(json.toFile());
        JsonNode index = mapper.readTree(out.resolve("index.json").toFile());
        assertThat(stdout.get("summary").get("complete").asBoolean()).isFalse();
        assertThat(stdout.get("stories").size()).isPositive().isLessThan(stdout.get("summary").get("stories").asInt());
        assertThat(index.get("stories").size()).isEqualTo(stdout.get("stories").size());
        assertThat(messages).contains("stopped;");
    }
}
