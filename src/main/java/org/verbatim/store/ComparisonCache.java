package org.verbatim.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.anchor.Reanchoring;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Report;
import org.verbatim.review.Annotation;

/**
 * The engine's results for the reports as they are now: kept in memory while nothing the engine compares has
 * changed (each edit says what it {@linkplain Affects affects}), else read from the file's cache when its input
 * hash still fits, else compared again, cached, and every annotation re-anchored.
 *
 * <p>The cache is keyed by a hash of what the engine compares (the engine version, each report's text and hidden
 * markup, the exclusions, the settings and the user's corrections as placed in the texts), never of the reports' details; those are joined as stored now. A
 * cache that is damaged or does not fit is dropped and computed again, and the store says so once.
 */
final class ComparisonCache {

    /** Changes the engine's results: bump when the pipeline's output changes for the same input. */
    static final String ENGINE_VERSION = "engine-1";

    /** What the engine writes as the reason of the user's own exclusions (not stored as the engine's). */
    private static final String USER_REASON = "excluded by the user";

    private final Database db;
    private final Reports reports;
    private final Annotations annotations;
    private final CorrectionRecords corrections;
    private final Pipeline pipeline;
    private final Reanchoring reanchoring;
    private final ComparisonCodec codec = new ComparisonCodec();
    private Comparison memo;
    private boolean detailsChanged;

    ComparisonCache(Database db, Reports reports, Annotations annotations, CorrectionRecords corrections,
                    Pipeline pipeline, Reanchoring reanchoring) {
        this.db = db;
        this.reports = reports;
        this.annotations = annotations;
        this.corrections = corrections;
        this.pipeline = pipeline;
        this.reanchoring = reanchoring;
        db.afterWrite(this::changed);
    }

    private void changed(Affects what) {
        switch (what) {
            case ENGINE_INPUT -> memo = null;
            case REPORT_DETAILS -> detailsChanged = true;
            case REVIEW -> { }
        }
    }

    /** What the engine compares, as stored now (with the user's corrections placed in the texts), and its hash. */
    private record Inputs(List<StoredReport> reports, ComparisonSettings settings, List<StoredCorrection> corrections,
                          Map<String, String> texts, String hash) {
        List<Report> engineReports() {
            return reports.stream().map(StoredReport::report).toList();
        }
    }

    private Inputs inputs() throws ProjectException {
        List<StoredReport> all = reports.all();
        Map<String, String> texts = new HashMap<>();
        all.forEach(r -> texts.put(r.id(), r.report().text()));
        List<StoredCorrection> placed = corrections.all(texts);
        Corrections engineCorrections = CorrectionRecords.engineInput(placed);
        ComparisonSettings settings = reports.withUserSpans(reports.settings()).withCorrections(engineCorrections);
        StringBuilder b = new StringBuilder(ENGINE_VERSION).append('\n');
        for (StoredReport r : all) {
            b.append(r.id()).append(' ').append(Fingerprints.ofText(r.report().text())).append(' ')
                    .append(Reports.spansJson(r.report().hidden())).append('\n');
        }
        b.append(Reports.settingsJson(settings));
        if (!engineCorrections.isEmpty()) {
            b.append('\n').append(engineCorrections); // the corrections as the engine takes them, placed
        }
        return new Inputs(all, settings, placed, texts, Fingerprints.ofText(b.toString()));
    }

    Comparison comparison(String author) throws ProjectException {
        db.checkOwner();
        if (memo != null) {
            if (detailsChanged) {
                memo = withDetailsOf(memo, reports.all());
                detailsChanged = false;
            }
            return memo;
        }
        Inputs in = inputs();
        Comparison cached = cached(in);
        if (cached != null) {
            remember(cached);
            return cached;
        }
        return recompare(in, author);
    }

    /** Whether {@link #comparison} would give the engine's results without running the engine. */
    boolean isCurrent() throws ProjectException {
        db.checkOwner();
        if (memo != null) {
            return true;
        }
        Inputs in = inputs();
        return in.hash().equals(db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT engine, input_hash FROM result WHERE id = 1");
                 ResultSet r = s.executeQuery()) {
                return r.next() && key().equals(r.getString(1)) ? r.getString(2) : null;
            }
        }));
    }

    Comparison recompare(String author) throws ProjectException {
        db.checkOwner();
        return recompare(inputs(), author);
    }

    private static String key() {
        return ENGINE_VERSION + "/" + ComparisonCodec.FORMAT;
    }

    private void remember(Comparison c) {
        memo = c;
        detailsChanged = false;
    }

    private Comparison cached(Inputs in) throws ProjectException {
        String[] row = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT engine, input_hash, json FROM result WHERE id = 1");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? new String[] {r.getString(1), r.getString(2), r.getString(3)} : null;
            }
        });
        if (row == null || !key().equals(row[0]) || !in.hash().equals(row[1])) {
            return null;
        }
        try {
            return codec.read(row[2], in.engineReports());
        } catch (ComparisonCodec.Damaged e) {
            db.notice("the cached comparison was damaged (" + e.getMessage() + "); the reports were compared again");
            return null;
        }
    }

    private Comparison recompare(Inputs in, String author) throws ProjectException {
        Comparison result = pipeline.compare(in.engineReports(), in.settings());
        if (!db.isReadOnly()) {
            db.write("store the comparison", Affects.REVIEW, c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO result (id, engine, input_hash, "
                        + "computed_at, json) VALUES (1, ?, ?, ?, ?)")) {
                    s.setString(1, key());
                    s.setString(2, in.hash());
                    s.setString(3, Instant.now().toString());
                    s.setString(4, codec.write(result));
                    s.executeUpdate();
                }
                Map<String, List<Excluded>> excluded = new LinkedHashMap<>();
                result.reports().forEach(r -> excluded.put(r.report().id(), r.excluded()));
                Reports.putEngineSpans(c, excluded, USER_REASON);
                CorrectionRecords.writePlacements(c, in.corrections(), in.texts());
                List<Annotation> before = readAnnotations();
                Annotations.apply(c, before, reanchoring.place(Annotations.held(before), texts(result),
                        targets(result)), author);
            });
        }
        remember(result);
        return result;
    }

    private List<Annotation> readAnnotations() throws java.sql.SQLException {
        try {
            return annotations.all();
        } catch (ProjectException e) {
            throw new java.sql.SQLException(e.getMessage(), e);
        }
    }

    private static Map<String, String> texts(Comparison c) {
        Map<String, String> out = new HashMap<>();
        c.reports().forEach(r -> out.put(r.report().id(), r.report().text()));
        return out;
    }

    /**
     * What annotations can hang on in a comparison, for re-anchoring: each place's fingerprint with the words of
     * each version there, its home first (where a new annotation is anchored).
     */
    static List<Reanchoring.Target> targets(Comparison c) {
        List<Reanchoring.Target> out = new ArrayList<>();
        for (Discrepancy d : c.discrepancies()) {
            Discrepancy.Location home = d.home();
            out.add(new Reanchoring.Target(d.fingerprint(), home.reportId(), home.span()));
            for (Discrepancy.Location l : d.locations()) {
                if (l != home && !l.span().isEmpty()) {
                    out.add(new Reanchoring.Target(d.fingerprint(), l.reportId(), l.span()));
                }
            }
        }
        return out;
    }

    /** {@code c} with the reports' details as stored now (a rename does not change what the engine found). */
    private static Comparison withDetailsOf(Comparison c, List<StoredReport> now) {
        Map<String, Report> byId = new HashMap<>();
        now.forEach(r -> byId.put(r.id(), r.report()));
        List<Comparison.ReportResult> results = c.reports().stream()
                .map(r -> new Comparison.ReportResult(byId.getOrDefault(r.report().id(), r.report()), r.excluded()))
                .toList();
        return new Comparison(results, c.quotes(), c.clusters(), c.passages(), c.discrepancies(), c.alignments());
    }
}
