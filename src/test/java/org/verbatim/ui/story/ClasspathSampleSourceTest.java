package org.verbatim.ui.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Report;

class ClasspathSampleSourceTest {

    static final Path SAMPLE_DIR = Path.of("assets/samples/putin-elton-john");

    static String sampleFile(String name) throws IOException {
        return Files.readString(SAMPLE_DIR.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheBuiltInSampleInGoldOrder() throws IOException {
        Story story = new ClasspathSampleSource().load();

        assertThat(story.title()).isEqualTo("Putin and Elton John phone call (Sept 2015), three reports");
        assertThat(story.reports()).extracting(Report::path).containsExactly(
                "putin-offers-to-meet-elton-john.txt",
                "putin-calls-elton-john-for-real.txt",
                "kremlin-rejects-claim-putin-phoned.txt");
        assertThat(story.reports()).extracting(Report::id).containsExactly("r1", "r2", "r3");
        for (Report report : story.reports()) {
            assertThat(report.text()).as(report.path()).isEqualTo(sampleFile(report.path()));
        }
    }

    @Test
    void guessesTitlesAndSplitsTheDateOffTheOutlet() throws IOException {
        Story story = new ClasspathSampleSource().load();

        assertThat(story.reports()).extracting(r -> r.meta().title()).containsExactly(
                "Vladimir Putin offers to meet Elton John",
                "Russia's Putin Calls Elton John, For Real This Time, Offers Meeting",
                "Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(story.reports()).extracting(r -> r.meta().outlet()).containsExactly(
                "unknown entertainment outlet", "The Moscow Times", "The Moscow Times");
        assertThat(story.reports()).extracting(r -> r.meta().date()).containsExactly(
                null, null, "2015-09-15");
    }

    @Test
    void titleGuessSkipsBlankLinesHeadingMarksAndBoilerplate() {
        assertThat(ClasspathSampleSource.guessTitle("\n \n## Headline \nbody", Set.of())).isEqualTo("Headline");
        assertThat(ClasspathSampleSource.guessTitle("Subscribe!\nHeadline", Set.of("Subscribe!"))).isEqualTo("Headline");
        assertThat(ClasspathSampleSource.guessTitle(" \n#\n", Set.of())).isNull();
        assertThat(ClasspathSampleSource.guessTitle("x".repeat(500), Set.of())).hasSize(200).endsWith("…");
    }

    @Test
    void aMissingSampleIsAnIOException() {
        assertThatThrownBy(() -> new ClasspathSampleSource("/samples/no-such-story", org.verbatim.core.read.Readers.defaults()).load())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/samples/no-such-story/gold.json");
    }
}
