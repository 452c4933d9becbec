package org.verbatim.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.Passage;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.collate.Alignment;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/**
 * The engine's results as the project file caches them: what the engine found, as JSON field by field, with a
 * CRC-32C of the JSON in front so that a flipped bit is noticed before anything is read from it. The reports
 * themselves are not in the cache (the {@code report} table holds them): reading joins the reports as they are
 * stored now, so a renamed report shows its new title.
 */
final class ComparisonCodec {

    /** The cache's shape; a row of another shape is simply computed again. */
    static final String FORMAT = "cache-3";

    private static final String CHECK = "crc32c:";

    /** What the engine found, without the reports it found it in. */
    record Found(Map<String, List<Excluded>> excluded, List<Quote> quotes, List<Cluster> clusters,
                 List<Passage> passages, List<Discrepancy> discrepancies, List<Alignment> alignments) {}

    /** The cached results cannot be used: they do not decode, or do not fit the reports. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String reason) {
            super(reason);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String write(Comparison c) {
        Map<String, List<Excluded>> excluded = new LinkedHashMap<>();
        c.reports().forEach(r -> excluded.put(r.report().id(), r.excluded()));
        try {
            String json = mapper.writeValueAsString(new Found(excluded, c.quotes(), c.clusters(), c.passages(),
                    c.discrepancies(), c.alignments()));
            return CHECK + crc(json) + "\n" + json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the comparison cannot be written as JSON", e);
        }
    }

    /**
     * The cached comparison of {@code reports} (in the project's order, as stored now).
     *
     * @throws Damaged when the text is not what {@link #write} wrote (its check does not match), does not
     *                 decode, or does not fit the reports ({@link CacheCheck})
     */
    Comparison read(String stored, List<Report> reports) throws Damaged {
        int nl = stored == null ? -1 : stored.indexOf('\n');
        if (nl < 0 || !stored.startsWith(CHECK)) {
            throw new Damaged("it has no check");
        }
        String json = stored.substring(nl + 1);
        if (!stored.substring(CHECK.length(), nl).equals(crc(json))) {
            throw new Damaged("its check does not match");
        }
        Found found;
        try {
            found = mapper.readValue(json, Found.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new Damaged("it does not decode: " + Reports.firstLine(e));
        }
        CacheCheck.check(found, reports);
        List<Comparison.ReportResult> results = new ArrayList<>();
        for (Report r : reports) {
            results.add(new Comparison.ReportResult(r, found.excluded().get(r.id())));
        }
        return new Comparison(results, found.quotes(), found.clusters(), found.passages(), found.discrepancies(),
                found.alignments());
    }

    private static String crc(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
