package org.verbatim.core.read;

import java.util.List;

/**
 * Reads one source into the reports it holds: one for most formats, one per line for JSON lines. The
 * registry ({@link Readers}) holds these; a {@link ReportReader} becomes one through {@link #of}.
 */
@FunctionalInterface
public interface SourceReader {

    /**
     * @param name    the source's name as the user gave it, used in messages and in the reports' names
     * @param bytes   the raw bytes
     * @param options what the user chose
     * @return the reports it holds and the parts that could not be read
     * @throws ReadException when the source as a whole cannot be read
     */
    Reading read(String name, byte[] bytes, ReadOptions options) throws ReadException;

    /** A source that is one report. */
    static SourceReader of(ReportReader reader) {
        return (name, bytes, options) ->
                new Reading(name, List.of(new ReadReport(name, bytes, reader.read(name, bytes, options))), List.of());
    }
}
