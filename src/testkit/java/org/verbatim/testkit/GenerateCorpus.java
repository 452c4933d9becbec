package org.verbatim.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus for the command line and the Spark job:
 * {@code GenerateCorpus ARTICLES DIR [SEED]} writes DIR/articles/*.txt, DIR/articles.jsonl and DIR/truth.tsv.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {}

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(dir);
        CorpusGenerator g = new CorpusGenerator(seed, articles, 600);
        g.writeFolder(dir.resolve("articles"));
        g.writeJsonLines(dir.resolve("articles.jsonl"));
        g.writeTruth(dir.resolve("truth.tsv"));
        long words = g.items().stream().mapToLong(i -> CorpusGenerator.wordCount(i.text())).sum();
        System.out.printf("%d articles in %d stories, %d words on average -> %s%n", g.items().size(), g.stories(),
                words / g.items().size(), dir);
    }
}
