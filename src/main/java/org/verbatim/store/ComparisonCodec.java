package org.verbatim.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.verbatim.core.Comparison;

/**
 * The engine's results as the project file caches them: the {@link Comparison} records as JSON, field by
 * field. Only a cache: a project whose cache cannot be read simply compares again.
 */
final class ComparisonCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String write(Comparison c) {
        try {
            return mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the comparison cannot be written as JSON", e);
        }
    }

    /** The cached comparison, or null when it cannot be read (written by another engine version, damaged). */
    Comparison read(String json) {
        try {
            return mapper.readValue(json, Comparison.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
