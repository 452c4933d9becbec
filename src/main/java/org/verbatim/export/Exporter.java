package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;

/** Writes a project in one format. Exporters keep no state between calls. */
@FunctionalInterface
public interface Exporter {

    /**
     * Writes the whole export to {@code out}, which the caller opens as UTF-8 and closes. The exporter flushes it.
     */
    void write(ExportInput in, Writer out) throws IOException;
}
