package org.verbatim.export;

import java.io.StringWriter;
import java.nio.file.Path;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.Tokenizers;
import org.verbatim.store.ProjectStore;

/** The sample project and the hostile one, read once per test class, and exports of them as strings. */
final class Exports {

    static final String TITLE = "Putin and Elton John";

    /** The sample's input and its "to" discrepancy. */
    record Sample(ExportInput input, Discrepancy to) {}

    private Exports() {}

    static Sample sample(Path dir) throws Exception {
        try (ProjectStore store = Projects.sample(dir)) {
            return new Sample(ExportInput.of(store.review(), TITLE, Tokenizers.icu()), Projects.theToDifference(store));
        }
    }

    static ExportInput hostile(Path dir) throws Exception {
        try (ProjectStore store = Projects.hostile(dir)) {
            return ExportInput.of(store.review(), "Bridge " + Projects.SCRIPT, Tokenizers.icu());
        }
    }

    /** A JSON export of the sample, read back with Jackson: the set-up the JSON and W3C tests share. */
    static com.fasterxml.jackson.databind.JsonNode json(Exporter exporter, Sample sample) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(write(exporter, sample.input()));
    }

    static String write(Exporter exporter, ExportInput in) throws Exception {
        StringWriter out = new StringWriter();
        exporter.write(in, out);
        return out.toString();
    }
}
