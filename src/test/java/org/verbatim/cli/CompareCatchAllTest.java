package org.verbatim.cli;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.PlainTextReader;
import org.verbatim.core.read.Readers;
import org.verbatim.core.read.SourceReader;

/**
 * The compare command's catch-all: a reader or a stage that fails on one report names that report and the
 * reason on one line, the others are still compared, exit 2, never a stack trace.
 */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompareCatchAllTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aStageThatFailsOnOneReportCostsThatReportOnly() throws Exception {
        Path good = file("good.txt", "\"We stay,\" the mayor said.");
        Path other = file("other.txt", "\"We stay,\" said the mayor.");
        Path poison = file("poison.txt", "\"POISON,\" the mayor said.");
        Pipeline failing = Pipeline.builder().clutter((text, paragraphs) -> {
            if (text.contains("POISON")) {
                throw new IllegalStateException("a stage broke");
            }
            return List.of();
        }).build();
        CliRun r = CliRun.with(Readers.defaults(), failing, "compare", "--format", "json",
                good.toString(), poison.toString(), other.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("verbatim: " + poison
                + ": could not be compared (an internal error, IllegalStateException: a stage broke)");
        assertThat(new ObjectMapper().readTree(r.out()).path("reports")).hasSize(2);
    }

    @Test
    void aReaderThatOverflowsTheStackOnOneFileCostsThatFileOnly() throws Exception {
        Path good = file("good.txt", "\"We stay,\" the mayor said.");
        Path deep = file("deep.deep", "anything");
        Readers readers = Readers.builder()
                .add(new Readers.Format("Plain text", List.of("txt"), true), null,
                        () -> SourceReader.of(new PlainTextReader()))
                .add(new Readers.Format("Deep", List.of("deep"), true), null, () -> (name, bytes, options) -> {
                    throw new StackOverflowError();
                })
                .build();
        CliRun r = CliRun.with(readers, Pipeline.standard(), "compare", "--format", "json", good.toString(), deep.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("verbatim: " + deep + ": could not be read (it nests too deeply to analyse)");
        assertThat(new ObjectMapper().readTree(r.out()).path("reports")).hasSize(1);
    }

    @Test
    void aTwentyMegabyteTextIsRefusedUpFrontWithTheLimit() throws Exception {
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, "The mayor spoke. ".repeat(20 * 1024 * 1024 / 17).getBytes());
        Path good = file("good.txt", "\"We stay,\" the mayor said.");
        CliRun r = CliRun.of("compare", "--format", "json", huge.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("verbatim: " + huge + ": the file is larger than 5 MB, the most one report may be");
    }
}
