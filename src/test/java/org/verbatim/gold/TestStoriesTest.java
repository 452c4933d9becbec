package org.verbatim.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realistic test stories under src/test/resources/stories, each with its gold: floors that keep the
 * engine from sliding back. Figures at the time of writing are in docs/benchmarks.md.
 */
class TestStoriesTest {

    static Stream<Path> stories() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/stories"))) {
            return s.filter(p -> Files.exists(p.resolve("gold.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void quotesAreFoundAndGroupedWithoutNearMissesJoined(Path story) throws Exception {
        Gold gold = new Gold(story);
        Gold.Score s = gold.score(gold.compare());
        assertThat(s.quoteRecall()).as(s.toString()).isGreaterThanOrEqualTo(0.94);
        assertThat(s.precision()).as(s.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(s.distractorHits()).as(s.toString()).isZero();
    }
}
