package org.verbatim.core.read;

import java.util.Objects;

/**
 * One report that a source yielded.
 *
 * @param name   what to call it: the source as the user gave it, or for one of several reports in one file
 *               the file and the report's id ({@code wire.jsonl#ap-0042})
 * @param bytes  the bytes it was read from (the whole file, or its line of a JSON-lines file; for a web
 *               address, the body as downloaded), for the SHA-256 a project keeps
 * @param result the text, format, metadata and hidden spans
 */
public record ReadReport(String name, byte[] bytes, ReadResult result) {
    public ReadReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(result, "result");
    }
}
