package org.verbatim.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test fixtures from {@code src/test/resources/read/} and the built-in sample story. */
final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of {@code read/<path>} on the test classpath. */
    static byte[] bytes(String path) {
        return resource("/read/" + path);
    }

    /** The bytes of one file of the built-in sample story (assets/samples/putin-elton-john). */
    static byte[] sample(String fileName) {
        return resource("/samples/putin-elton-john/" + fileName);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
