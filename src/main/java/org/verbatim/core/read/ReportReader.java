package org.verbatim.core.read;

/**
 * Turns the bytes of one source into text plus metadata. Implementations are stateless.
 */
@FunctionalInterface
public interface ReportReader {

    /**
     * @param name    the source's name as the user gave it (file name, path or URL), used in messages
     *                and as a fallback title
     * @param bytes   the raw bytes
     * @param options what the user chose (an encoding to use instead of detecting one)
     * @throws ReadException with a reason a person understands ("empty file", "binary data, not text", ...)
     */
    ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException;

    /** {@link #read(String, byte[], ReadOptions)} with {@link ReadOptions#DEFAULTS}. */
    default ReadResult read(String name, byte[] bytes) throws ReadException {
        return read(name, bytes, ReadOptions.DEFAULTS);
    }
}
