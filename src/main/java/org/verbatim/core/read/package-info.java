/**
 * The read stage: turns a file, bytes with a name, or a web address into a
 * {@link org.verbatim.core.read.ReadResult} (text, format, metadata, hidden spans).
 *
 * <p>{@link org.verbatim.core.read.Readers} is the entry point for the rest of the application; it picks
 * {@link org.verbatim.core.read.PlainTextReader}, {@link org.verbatim.core.read.MarkdownReader} or
 * {@link org.verbatim.core.read.HtmlReader} by extension or content, and
 * {@link org.verbatim.core.read.UrlReader} for http(s) addresses. Bytes become text through
 * {@link org.verbatim.core.read.TextDecoder}. Failures are {@link org.verbatim.core.read.ReadException}s whose
 * message reads "{source}: {reason}" in plain words.
 *
 * <p>Everything here is immutable and holds no global state.
 */
package org.verbatim.core.read;
