package org.verbatim.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** The project as JSON for programs: {@link ProjectJson}'s shape (the engine's results plus the annotations). */
public final class JsonExport implements Exporter {

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        // Jackson closes the writer it wrote to; the caller owns this one
        new ProjectJson().write(in.comparison(), in.annotations(), new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
        out.flush();
    }
}
