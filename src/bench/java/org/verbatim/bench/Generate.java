package org.verbatim.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.Report;

/**
 * Writes the generated reports to files for inspection or for the CLI:
 * {@code Generate REPORTS WORDS DIR [SEED]} writes DIR/001.txt ... (seed default {@link PipelineBench#SEED}).
 */
public final class Generate {

    private Generate() {}

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[0]);
        int words = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : PipelineBench.SEED;
        Files.createDirectories(dir);
        List<Report> out = new NewsGenerator(seed, words).reports(reports);
        long total = 0;
        for (int i = 0; i < out.size(); i++) {
            Files.writeString(dir.resolve(String.format("%03d.txt", i + 1)), out.get(i).text(), StandardCharsets.UTF_8);
            total += NewsGenerator.wordCount(out.get(i).text());
        }
        System.out.printf("%d reports, %d words in all (%d on average) -> %s%n", out.size(), total,
                total / out.size(), dir);
    }
}
