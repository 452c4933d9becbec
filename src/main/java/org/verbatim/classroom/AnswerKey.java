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
     * One difference to find: a variant place, given by two of its versions (a pair, as the student marks
     * it) and, in keys made since places have more than two readings, by every version that prints it.
     *
     * @param fingerprint the engine's fingerprint of it
     * @param reportA     the reference version's report id, with the words' offsets and text
     * @param reportB     another version's report id; its words are empty when they are missing there
     * @param kind        the engine's kind label ("word-deleted")
     * @param explanation why it matters, in the teacher's words
     * @param versions    every version's words at the place, each with its reading's number (versions with the
     *                    same number read alike); empty in older keys, which name the pair alone
     */
    public record Item(String fingerprint, String reportA, int startA, int endA, String textA, String reportB,
                       int startB, int endB, String textB, String kind, String explanation,
                       List<Version> versions) {
        public Item {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }

        /** An item of a pair alone, as keys were before places. */
        public Item(String fingerprint, String reportA, int startA, int endA, String textA, String reportB,
                    int startB, int endB, String textB, String kind, String explanation) {
            this(fingerprint, reportA, startA, endA, textA, reportB, startB, endB, textB, kind, explanation,
                    List.of());
        }
    }

    /**
     * One version's words at a key item's place.
     *
     * @param report  the report's id
     * @param start   the words' offsets in its text (equal where it lacks them)
     * @param end     end offset
     * @param text    the words ("" where it lacks them)
     * @param reading which reading it prints, 0 for the reference version's
     */
    public record Version(String report, int start, int end, String text, int reading) {}

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
