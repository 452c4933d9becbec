package org.verbatim.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads a JSON-lines file ({@code .jsonl}, {@code .ndjson}) of one article a line, as text-reuse tools such
 * as passim read them: an object with {@code text} and, where known, {@code id}, {@code url}, {@code date},
 * {@code outlet} (or passim's {@code series}), {@code title} and {@code author}. Each line is one report,
 * named {@code file.jsonl#id} (the line number when it has no id); its text is the {@code text} field exactly
 * as given, so offsets index that string; its bytes, for the project's SHA-256, are the line's.
 *
 * <p>The file is decoded as text first ({@link TextDecoder}: UTF-8 as JSON requires, or what the user named).
 * Blank lines are skipped. A line that is not a JSON object, has no text, or repeats an earlier id is a
 * failure naming the file and the line ({@code wire.jsonl line 7: not valid JSON (...)}); the other lines are
 * still read. A file without any line that reads is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLinesReader implements SourceReader {

    /** Reason for a line without a {@code text} string. */
    public static final String NO_TEXT = "no \"text\" in the article";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextDecoder decoder;

    /** A reader with the standard {@link TextDecoder}. */
    public JsonLinesReader() {
        this(new TextDecoder());
    }

    public JsonLinesReader(TextDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public Reading read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        TextDecoder.Decoded decoded = decoder.decode(name, bytes, options);
        String all = decoded.text();
        List<ReadReport> reports = new ArrayList<>();
        List<ReadException> failures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lineNumber = 0;
        int at = 0;
        while (at < all.length()) {
            int newline = all.indexOf('\n', at);
            int end = newline < 0 ? all.length() : newline;
            String line = all.substring(at, end);
            at = end + 1;
            lineNumber++;
            if (TextDecoder.isBlank(line)) {
                continue;
            }
            String where = name + " line " + lineNumber;
            try {
                ReadReport report = article(name, where, lineNumber, line.strip(), decoded, seen);
                reports.add(report);
            } catch (ReadException e) {
                failures.add(e);
            }
        }
        if (reports.isEmpty()) {
            throw new ReadException(name, failures.isEmpty() ? TextDecoder.EMPTY
                    : "no line holds an article (" + failures.get(0).getMessage() + ")");
        }
        return new Reading(name, reports, failures);
    }

    private static ReadReport article(String name, String where, int lineNumber, String line,
                                      TextDecoder.Decoded decoded, Map<String, Integer> seen) throws ReadException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ReadException(where, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new ReadException(where, "not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || TextDecoder.isBlank(text.asText())) {
            throw new ReadException(where, NO_TEXT);
        }
        String id = string(node, "id");
        if (id != null) {
            Integer earlier = seen.putIfAbsent(id, lineNumber);
            if (earlier != null) {
                throw new ReadException(where, "the id \u201C" + id + "\u201D is already used on line " + earlier);
            }
        }
        String outlet = string(node, "outlet");
        ReportMeta meta = new ReportMeta(string(node, "title"), outlet != null ? outlet : string(node, "series"),
                string(node, "date"), string(node, "url"), string(node, "author"), decoded.charset().name());
        ReadResult result = new ReadResult(text.asText(), SourceFormat.JSON_LINES, meta, List.of());
        if (decoded.note() != null) {
            result = result.withNote(decoded.note());
        }
        String reportName = name + "#" + (id != null ? id : String.valueOf(lineNumber));
        return new ReadReport(reportName, line.getBytes(StandardCharsets.UTF_8), result);
    }

    /** A field's text when it is a non-blank string or a number; else null. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
