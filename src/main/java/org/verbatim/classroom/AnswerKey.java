package org.verbatim.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The teacher's answer key: the discrepancies the class should find, each with the words on both sides
 * and the teacher's explanation. Stored as JSON, in the clear or sealed by {@link KeyCipher}.
 *
 * @param items the key's discrepancies
 */
public record AnswerKey(List<Item> items) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One discrepancy to find.
     *
     * @param fingerprint the engine's fingerprint of it
     * @param reportA     the first report's id, with the words' offsets and text
     * @param reportB     the other report's id; its words are empty when they are missing there
     * @param kind        the engine's kind label ("word-deleted")
     * @param explanation why it matters, in the teacher's words
     */
    public record Item(String fingerprint, String reportA, int startA, int endA, String textA, String reportB,
                       int startB, int endB, String textB, String kind, String explanation) {}

    public AnswerKey {
        items = List.copyOf(items);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not an answer key */
    public static AnswerKey fromJson(String json) {
        try {
            return JSON.readValue(json, AnswerKey.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an answer key: " + e.getMessage(), e);
        }
    }
}
