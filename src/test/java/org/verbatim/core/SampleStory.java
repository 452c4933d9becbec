package org.verbatim.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.Report;

/**
 * The built-in sample story (assets/samples/putin-elton-john): three reports of Putin's call to Elton John.
 * Report A offers to meet, report B calls for real, report C has the Kremlin reject the first claim.
 */
public final class SampleStory {

    public static final Path DIR = Path.of("assets", "samples", "putin-elton-john");
    public static final String A = "putin-offers-to-meet-elton-john.txt";
    public static final String B = "putin-calls-elton-john-for-real.txt";
    public static final String C = "kremlin-rejects-claim-putin-phoned.txt";

    private SampleStory() {}

    public static String text(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A, B and C as r1, r2 and r3. */
    public static List<Report> reports() {
        return List.of(report("r1", A), report("r2", B), report("r3", C));
    }

    public static Report report(String id, String file) {
        return Report.of(id, DIR.resolve(file).toString(), text(file));
    }
}
