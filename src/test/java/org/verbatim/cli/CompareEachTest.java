package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim compare --each DIR...}: many stories in one process, one JSON document a line. */
class CompareEachTest {

    private static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");

    @TempDir
    Path dir;

    /** A story folder holding the sample's reports, and what is not a report beside them. */
    private Path storyFolder(String name) throws Exception {
        Path story = Files.createDirectory(dir.resolve(name));
        try (var files = Files.list(SAMPLE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, story.resolve(f.getFileName()));
            }
        }
        Files.writeString(story.resolve("README.md"), "# Where these reports come from\n\"Not a quote,\" said nobody.\n");
        Files.writeString(story.resolve("gold.json"), "{\"quotes\": []}\n");
        Files.writeString(story.resolve(".hidden.txt"), "\"Hidden,\" he said.\n");
        return story;
    }

    private static List<JsonNode> lines(CliRun r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }

    @Test
    void eachStoryFolderIsOneJsonLineNamedByItsFolder() throws Exception {
        Path one = storyFolder("one");
        Path two = storyFolder("two");
        CliRun r = CliRun.of("compare", "--each", "--format", "json", one.toString(), two.toString());
        assertThat(r.exit()).isZero();
        List<JsonNode> stories = lines(r);
        assertThat(stories).extracting(s -> s.path("story").asText()).containsExactly(one.toString(), two.toString());
        assertThat(stories.get(0).fieldNames()).toIterable()
                .containsExactly("story", "reports", "quotes", "clusters", "passages", "discrepancies", "provenance");
    }

    @Test
    void aStoryIsComparedAsCompareComparesItsFiles() throws Exception {
        Path one = storyFolder("one");
        List<String> files = new ArrayList<>();
        try (var list = Files.list(one)) {
            list.map(Path::toString).filter(f -> f.endsWith(".txt") && !f.contains(".hidden")).sorted().forEach(files::add);
        }
        List<String> args = new ArrayList<>(List.of("compare", "--format", "json"));
        args.addAll(files);
        JsonNode alone = new ObjectMapper().readTree(CliRun.of(args.toArray(String[]::new)).out());
        JsonNode inEach = lines(CliRun.of("compare", "--each", "--format", "json", one.toString())).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) inEach).remove("story");
        assertThat(inEach).isEqualTo(alone);
    }

    @Test
    void theReadmeHiddenFilesAndFilesOfNoReadableFormatAreNotReports() throws Exception {
        JsonNode story = lines(CliRun.of("compare", "--each", "--format", "json", storyFolder("one").toString())).get(0);
        assertThat(story.path("reports")).hasSize(3);
        assertThat(story.path("reports").findValuesAsText("path"))
                .allMatch(p -> p.endsWith(".txt") && !p.contains(".hidden"));
    }

    @Test
    void aFolderThatIsMissingIsNamedAndTheNextStoryIsStillCompared() throws Exception {
        Path two = storyFolder("two");
        CliRun r = CliRun.of("compare", "--each", "--format", "json", dir.resolve("missing").toString(), two.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing: file not found");
        assertThat(lines(r)).extracting(s -> s.path("story").asText()).containsExactly(two.toString());
    }

    @Test
    void aFolderWithoutReportsIsNamed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "nothing here\n");
        CliRun r = CliRun.of("compare", "--each", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("empty: no report in the folder");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFileGivenWithEachIsRefusedAsNotAFolder() throws Exception {
        CliRun r = CliRun.of("compare", "--each", SAMPLE.resolve("putin-calls-elton-john-for-real.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not a folder");
    }

    @Test
    void textFormatPutsEachStoryUnderItsFolder() throws Exception {
        Path one = storyFolder("one");
        CliRun r = CliRun.of("compare", "--each", one.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Story " + one + "\nVerbatim: 3 reports");
    }
}
