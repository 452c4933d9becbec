package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.read.Readers;
import org.verbatim.corpus.CorpusEngine;
import org.verbatim.corpus.Inputs;
import org.verbatim.corpus.Link;
import org.verbatim.corpus.StoryResult;
import org.verbatim.testkit.CorpusGenerator;

/** The Spark job in local[2] on a small generated corpus finds what the embedded engine finds. */
class CorpusJobTest {

    @TempDir
    static Path dir;
    static Path corpus;
    static SparkSession spark;
    static CorpusJob.Result job;
    static List<StoryResult> embedded = new ArrayList<>();
    static CorpusEngine.Run embeddedRun;

    @BeforeAll
    static void runBoth() throws IOException {
        corpus = dir.resolve("wire.jsonl");
        new CorpusGenerator(21, 70, 250, 8, 16).writeJsonLines(corpus);
        spark = SparkSession.builder().master("local[2]").appName("verbatim corpus test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        job = CorpusJob.run(spark, corpus.toString(), dir.resolve("out").toString(),
                org.verbatim.corpus.GroupingSettings.DEFAULTS);
        embeddedRun = CorpusEngine.standard(Pipeline.standard(), 2)
                .run(new Inputs(Readers.defaults(), List.of(corpus)), embedded::add);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String jsonId(String articleId) {
        return articleId.substring(articleId.lastIndexOf('#') + 1);
    }

    @Test
    void theJobFindsTheStoriesTheEmbeddedEngineFinds() {
        assertThat(job.articles()).isEqualTo(70);
        assertThat(job.stories()).hasSizeGreaterThan(2);
        assertThat(job.stories()).extracting(s -> s.id() + " " + s.articleIds().stream().map(CorpusJobTest::jsonId).toList())
                .containsExactlyElementsOf(embedded.stream()
                        .map(r -> r.story().id() + " " + r.articleIds().stream().map(CorpusJobTest::jsonId).toList()).toList());
    }

    @Test
    void eachStoryHasTheQuoteGroupsTheEmbeddedEngineFinds() {
        for (int i = 0; i < embedded.size(); i++) {
            List<List<String>> groups = embedded.get(i).comparison().clusters().stream().map(Cluster::quoteIds).toList();
            assertThat(job.stories().get(i).clusters()).as(embedded.get(i).story().id()).isEqualTo(groups);
            assertThat(job.stories().get(i).discrepancies()).isEqualTo(embedded.get(i).comparison().discrepancies().size());
        }
    }

    @Test
    void theLinksAreTheEmbeddedEnginesLinks() {
        assertThat(job.links()).extracting(Link::groups).isEqualTo(embeddedRun.links().stream().map(Link::groups).toList());
    }

    @Test
    void theJobWritesStoriesLinksAndArticlesAsJsonLinesAndParquet() throws IOException {
        Path out = dir.resolve("out");
        for (String part : List.of("stories.jsonl", "stories.parquet", "articles.parquet", "links.jsonl", "links.parquet")) {
            assertThat(out.resolve(part).resolve("_SUCCESS")).as(part).exists();
        }
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out.resolve("stories.jsonl"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        assertThat(lines).hasSize(job.stories().size());
        assertThat(lines.get(0)).startsWith("{\"id\":\"s1\",\"title\":").contains("\"clusters\":", "\"discrepancies\":");
        assertThat(spark.read().parquet(out.resolve("articles.parquet").toString()).count()).isEqualTo(70);
    }
}
