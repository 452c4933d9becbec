package org.verbatim.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadOptions;
import org.verbatim.core.read.ReadReport;
import org.verbatim.core.read.Readers;
import org.verbatim.core.read.Reading;

/**
 * Jazzer's target over the read stage: bytes under every name the registry reads (and none), through
 * {@link Readers#readAll(String, byte[], ReadOptions)}. A {@link ReadException} is the promised answer to bad
 * input; anything else thrown is a finding, and so is a result that breaks the readers' promises (every
 * hidden span inside its text, sorted, not overlapping; no text over the limit). Run with
 * {@code ./mvnw -Pfuzz verify} (see docs/fuzzing.md); never part of the ordinary build.
 */
public final class ReadersFuzzer {

    private static final Readers READERS = Readers.defaults();
    private static final List<String> NAMES = names();

    private ReadersFuzzer() {
    }

    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add("report");
        READERS.extensions().forEach(e -> names.add("report." + e));
        return List.copyOf(names);
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String name = NAMES.get(data.consumeInt(0, NAMES.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        Reading reading;
        try {
            reading = READERS.readAll(name, bytes, ReadOptions.DEFAULTS);
        } catch (ReadException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("a reason of more than one line: " + expected.getMessage());
            }
            return;
        }
        for (ReadReport r : reading.reports()) {
            String text = r.result().text();
            if (text.length() > Readers.MAX_TEXT_CHARS) {
                throw new IllegalStateException("a text over the limit: " + text.length());
            }
            int end = 0;
            for (Span s : r.result().hidden()) {
                if (s.start() < end || s.end() < s.start() || s.end() > text.length()) {
                    throw new IllegalStateException("a hidden span " + s + " out of place in a text of " + text.length());
                }
                end = s.end();
            }
        }
    }
}
