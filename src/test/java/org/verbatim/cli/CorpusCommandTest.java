package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.store.ProjectStore;
import org.verbatim.testkit.CorpusGenerator;

class CorpusCommandTest {

    @TempDir
    static Path shared;
    static Path articles;

    @TempDir
    Path dir;

    @BeforeAll
    static void corpus() throws IOException {
        articles = shared.resolve("articles");
        new CorpusGenerator(3, 30, 250, 8, 12).writeFolder(articles);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonPrintsEveryStoryInTheShapeCompareJsonPrintsWithItsIdAndTitle() throws IOException {
        CliRun run = CliRun.of("corpus", articles.toString(), "--format", "json", "--threads", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("stories").size()).isGreaterThan(1);
        JsonNode first = out.get("stories").get(0);
        assertThat(first.get("id").asText()).isEqualTo("s1");
        assertThat(first.get("title").asText()).isNotBlank();
        for (String field : List.of("reports", "quotes", "clusters", "passages", "discrepancies", "provenance")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("reports").get(0).get("path").asText()).startsWith(articles.toString());
        int reports = 0;
        for (JsonNode s : out.get("stories")) {
            reports += s.get("reports").size();
        }
        assertThat(reports).isEqualTo(30);
        assertThat(out.get("summary").get("complete").asBoolean()).isTrue();
        assertThat(out.has("links")).isTrue();
    }

    @Test
    void eachLinkedQuoteSaysInWhichStoryItCameFirst() throws IOException {
        CliRun run = CliRun.of("corpus", articles.toString(), "--format", "json", "--threads", "2");

        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("links").size()).isPositive();
        assertThat(out.get("provenance").size()).isEqualTo(out.get("links").size());
        for (JsonNode p : out.get("provenance")) {
            JsonNode order = p.get("order");
            assertThat(order.size()).isGreaterThan(1);
            String earliest = p.get("earliest_date").asText(null);
            for (JsonNode g : order) {
                String d = g.get("first_date").asText(null);
                if (earliest != null && d != null) {
                    assertThat(earliest.compareTo(d)).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void textListsOneLinePerStoryAndTheTotals() {
        CliRun run = CliRun.of("corpus", articles.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^s1  .+ reports, .+ quote groups, \\d+ discrepancies$")
                .contains("30 articles");
        assertThat(run.err()).contains("read 30 articles");
    }

    @Test
    void outWritesOneProjectPerStoryAndAnIndexListingThem() throws Exception {
        Path out = dir.resolve("stories");
        CliRun run = CliRun.of("corpus", articles.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode index = JSON.readTree(out.resolve("index.json").toFile());
        JsonNode first = index.get("stories").get(0);
        assertThat(first.get("project").asText()).isEqualTo("s0001.verbatim");
        try (ProjectStore store = ProjectStore.open(out.resolve("s0001.verbatim"), Pipeline.standard())) {
            assertThat(store.reports()).hasSize(first.get("reports").asInt());
            assertThat(store.comparison().discrepancies()).hasSize(first.get("discrepancies").asInt());
        }
        assertThat(index.get("stories").size()).isEqualTo(index.get("summary").get("stories").asInt());
    }

    @Test
    void unreadableFilesAreNamedSkippedAndListedAndTheRunEndsWithExit2() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<Path> copies = new ArrayList<>();
        try (var files = Files.list(articles)) {
            for (Path p : files.sorted().limit(6).toList()) {
                copies.add(Files.copy(p, in.resolve(p.getFileName())));
            }
        }
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(in.resolve("empty.md"), "");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("corpus", in.toString(), dir.resolve("missing").toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("skipped " + in.resolve("broken.txt")).contains("skipped " + in.resolve("empty.md"))
                .contains("skipped " + dir.resolve("missing")).contains("3 skipped in all");
        assertThat(Files.readAllLines(out.resolve("skipped.txt"))).hasSize(3);
        assertThat(run.out()).contains("6 articles");
    }

    @Test
    void aJsonLinesFileIsOneArticleALineAndAMalformedLineIsNamedAndSkipped() throws IOException {
        Path jsonl = dir.resolve("wire.jsonl");
        new CorpusGenerator(3, 30, 250, 8, 12).writeJsonLines(jsonl);
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        lines.add(4, "{\"id\": \"broken\", \"text\": ");
        Files.write(jsonl, lines);

        CliRun run = CliRun.of("corpus", jsonl.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("skipped " + jsonl + " line 5: not valid JSON");
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("summary").get("articles").asInt()).isEqualTo(30);
        assertThat(out.get("stories").get(0).get("articles").get(0).asText()).startsWith(jsonl + "#a000");
    }

    @Test
    void anEmptyFolderSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));

        CliRun run = CliRun.of("corpus", empty.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no article found in " + empty);
    }
}
