package org.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.verbatim.core.model.Report;

/** The benchmark inputs that are read rather than generated. */
final class Inputs {

    /** The reference comparison's 30 x ~800-word reports; override with -Dverbatim.bench.syn=DIR. */
    static final String SYN_DIR = System.getProperty("verbatim.bench.syn", "/work/shared/bench/data/syn800x30");

    private static final String SAMPLE = "/samples/putin-elton-john/";

    private Inputs() {}

    /** The built-in sample: the reports listed in gold.json, from the classpath, in that order. */
    static List<Report> sample() {
        try {
            JsonNode gold = new ObjectMapper().readTree(resource("gold.json"));
            List<Report> out = new ArrayList<>();
            for (JsonNode r : gold.get("reports")) {
                String file = r.get("file").asText();
                out.add(Report.of("r" + (out.size() + 1), file, resource(file)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The *.txt files of {@code dir}, sorted by name; an empty list when the folder is absent. */
    static List<Report> folder(String dir) {
        Path d = Path.of(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(d)) {
            List<Report> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Report.of("r" + (out.size() + 1), p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int words(List<Report> reports) {
        return reports.stream().mapToInt(r -> NewsGenerator.wordCount(r.text())).sum();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Inputs.class.getResourceAsStream(SAMPLE + name)) {
            if (in == null) {
                throw new IOException("no resource " + SAMPLE + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
