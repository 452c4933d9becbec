package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.anchor.Anchor;
import org.verbatim.core.anchor.Anchoring;
import org.verbatim.core.anchor.Located;
import org.verbatim.core.anchor.TextPositionSelector;
import org.verbatim.core.anchor.TextQuoteSelector;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.store.StoredCorrection.Kind;

/**
 * The user's corrections of quotes, speakers and groups: kept anchored to their words (like annotations), placed
 * in the reports as they are at each comparison and handed to the engine as its input. Every change is one
 * undoable edit that affects the engine's input; a correction whose words are gone stays, listed as orphaned.
 */
final class CorrectionRecords {

    /** A row as stored; {@code id} null before it is first inserted. */
    private record Row(Long id, Kind kind, String reportId, Anchor anchor, String otherReportId, Anchor other,
                       String speaker, String author, String createdAt) {
        Row withId(long newId) {
            return new Row(newId, kind, reportId, anchor, otherReportId, other, speaker, author, createdAt);
        }
    }

    private static final String COLUMNS = "id, kind, report_id, exact, prefix, suffix, start, end, other_report_id, "
            + "other_exact, other_prefix, other_suffix, other_start, other_end, speaker, author, created_at";

    private final Database db;
    private final Anchoring anchoring;

    CorrectionRecords(Database db, Anchoring anchoring) {
        this.db = db;
        this.anchoring = anchoring;
    }

    /** Every correction, oldest first, placed in {@code texts} (each report's text now, by report id). */
    List<StoredCorrection> all(Map<String, String> texts) throws ProjectException {
        List<StoredCorrection> out = new ArrayList<>();
        for (Row r : db.read(c -> rows(c, null))) {
            Span placed = place(texts.get(r.reportId()), r.anchor());
            Span other = r.other() == null ? null : place(texts.get(r.otherReportId()), r.other());
            out.add(new StoredCorrection(r.id(), r.kind(), r.reportId(), r.anchor(), r.otherReportId(), r.other(),
                    r.speaker(), r.author(), r.createdAt(), placed, other));
        }
        return out;
    }

    private Span place(String text, Anchor anchor) {
        if (text == null) {
            return null;
        }
        Optional<Located> found = anchoring.locate(text, anchor);
        return found.isEmpty() || found.get().span().isEmpty() ? null : found.get().span();
    }

    /** What the engine takes: every correction that found its words, at their place now. */
    static Corrections engineInput(List<StoredCorrection> all) {
        List<Corrections.QuoteAt> added = new ArrayList<>();
        List<Corrections.QuoteAt> removed = new ArrayList<>();
        List<Corrections.QuoteAt> terms = new ArrayList<>();
        List<Corrections.SpeakerOverride> speakers = new ArrayList<>();
        List<Corrections.QuoteAt> alone = new ArrayList<>();
        List<Corrections.Link> links = new ArrayList<>();
        for (StoredCorrection s : all) {
            if (s.orphaned()) {
                continue;
            }
            Corrections.QuoteAt at = new Corrections.QuoteAt(s.reportId(), s.placed());
            switch (s.kind()) {
                case QUOTE -> added.add(at);
                case NOT_QUOTE -> removed.add(at);
                case TERM -> terms.add(at);
                case SPEAKER -> speakers.add(new Corrections.SpeakerOverride(at, s.speaker()));
                case ALONE -> alone.add(at);
                case LINK -> links.add(new Corrections.Link(at,
                        new Corrections.QuoteAt(s.otherReportId(), s.otherPlaced())));
            }
        }
        return new Corrections(added, removed, terms, speakers, alone, links);
    }

    /**
     * Keeps where each correction was found in the comparison just made (inside its transaction): one whose words
     * moved or changed gets them anew, so the next edit of the report starts from there.
     */
    static void writePlacements(Connection c, List<StoredCorrection> all, Map<String, String> texts)
            throws SQLException {
        for (StoredCorrection s : all) {
            Anchor now = moved(s.anchor(), s.placed(), texts.get(s.reportId()));
            Anchor otherNow = s.otherAnchor() == null ? null
                    : moved(s.otherAnchor(), s.otherPlaced(), texts.get(s.otherReportId()));
            if (now == null && otherNow == null) {
                continue;
            }
            if (now != null) {
                setAnchor(c, s.id(), "", now);
            }
            if (otherNow != null) {
                setAnchor(c, s.id(), "other_", otherNow);
            }
        }
    }

    private static Anchor moved(Anchor before, Span placed, String text) {
        if (placed == null || text == null) {
            return null;
        }
        Anchor now = Anchor.describe(text, placed);
        return now.equals(before) ? null : now;
    }

    // ------------------------------------------------------------------------------------------------ edits

    /** Makes what {@code request} asks for, as one undoable edit; returns the new corrections' ids. */
    List<Long> correct(CorrectionRequest request, Comparison comparison, List<StoredCorrection> now, String author)
            throws ProjectException {
        String at = Instant.now().toString();
        List<Row> add = new ArrayList<>();
        List<Long> drop = new ArrayList<>();
        String label;
        if (request instanceof CorrectionRequest.MarkQuote m) {
            String text = textOf(comparison, m.reportId());
            if (m.span().isEmpty() || m.span().end() > text.length() || m.span().of(text).isBlank()) {
                throw new ProjectException(db.name(), "cannot mark " + m.span() + " of " + m.reportId()
                        + " as a quote: it holds no words of the report");
            }
            Anchor a = Anchor.describe(text, m.span());
            add.add(new Row(null, Kind.QUOTE, m.reportId(), a, null, null, null, author, at));
            label = "mark " + shortly(a) + " as a quote";
        } else if (request instanceof CorrectionRequest.NotAQuote n) {
            Quote q = quote(comparison, n.quoteId());
            add.add(row(Kind.NOT_QUOTE, comparison, q, null, author, at));
            label = "mark " + shortly(q) + " as not a quote";
        } else if (request instanceof CorrectionRequest.Term t) {
            Quote q = quote(comparison, t.quoteId());
            add.add(row(Kind.TERM, comparison, q, null, author, at));
            label = "mark " + shortly(q) + " as a term";
        } else if (request instanceof CorrectionRequest.Speaker s) {
            Quote q = quote(comparison, s.quoteId());
            String name = s.speaker() == null || s.speaker().isBlank() ? null : s.speaker().strip();
            drop.addAll(naming(now, q, Kind.SPEAKER));
            add.add(row(Kind.SPEAKER, comparison, q, name, author, at));
            label = (name == null ? "clear the speaker of " : "set the speaker of ") + shortly(q);
        } else if (request instanceof CorrectionRequest.Alone a) {
            Quote q = quote(comparison, a.quoteId());
            drop.addAll(earlierMove(now, q));
            add.add(row(Kind.ALONE, comparison, q, null, author, at));
            label = "keep " + shortly(q) + " alone";
        } else if (request instanceof CorrectionRequest.Move m) {
            Quote q = quote(comparison, m.quoteId());
            Cluster target = cluster(comparison, m.clusterId());
            if (target.quoteIds().contains(q.id())) {
                throw new ProjectException(db.name(), q.id() + " is in group " + target.id() + " already");
            }
            Quote member = comparison.quotesById().get(target.quoteIds().get(0));
            drop.addAll(earlierMove(now, q));
            add.add(row(Kind.ALONE, comparison, q, null, author, at));
            add.add(link(comparison, q, member, author, at));
            label = "move " + shortly(q) + " to group " + target.id();
        } else {
            CorrectionRequest.Merge m = (CorrectionRequest.Merge) request;
            Cluster a = cluster(comparison, m.clusterId());
            Cluster b = cluster(comparison, m.otherClusterId());
            if (a.id().equals(b.id())) {
                throw new ProjectException(db.name(), "cannot merge group " + a.id() + " with itself");
            }
            Map<String, Quote> quotes = comparison.quotesById();
            add.add(link(comparison, quotes.get(a.quoteIds().get(0)), quotes.get(b.quoteIds().get(0)), author, at));
            label = "merge groups " + a.id() + " and " + b.id();
        }
        return change(label, add, drop);
    }

    /** Takes a correction back, undoably; false when there is none with that id. */
    boolean withdraw(long id) throws ProjectException {
        if (db.read(c -> rows(c, id)).isEmpty()) {
            return false;
        }
        change("take back correction " + id, List.of(), List.of(id));
        return true;
    }

    private List<Long> change(String label, List<Row> add, List<Long> drop) throws ProjectException {
        List<Row> dropped = new ArrayList<>();
        for (long id : drop) {
            dropped.addAll(db.read(c -> rows(c, id)));
        }
        List<Row> added = new ArrayList<>(add);
        db.edit(label, Affects.ENGINE_INPUT, c -> {
            delete(c, dropped);
            for (int i = 0; i < added.size(); i++) {
                added.set(i, insert(c, added.get(i)));
            }
        }, c -> {
            delete(c, added);
            for (Row r : dropped) {
                insert(c, r);
            }
        }, c -> {
            delete(c, dropped);
            for (Row r : added) {
                insert(c, r);
            }
        });
        return added.stream().map(Row::id).toList();
    }

    /** The corrections of {@code kind} that name {@code q} (their words are its words, or half of them). */
    private static List<Long> naming(List<StoredCorrection> now, Quote q, Kind kind) {
        return now.stream().filter(s -> s.kind() == kind && names(s.reportId(), s.placed(), q))
                .map(StoredCorrection::id).toList();
    }

    /** What an earlier move of {@code q} made (its being alone, and its link to where it went). */
    private static List<Long> earlierMove(List<StoredCorrection> now, Quote q) {
        List<Long> alone = naming(now, q, Kind.ALONE);
        if (alone.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>(alone);
        out.addAll(naming(now, q, Kind.LINK));
        return out;
    }

    private static boolean names(String reportId, Span placed, Quote q) {
        return placed != null && reportId.equals(q.reportId())
                && (placed.equals(q.span()) || placed.overlap(q.span()) * 2 >= Math.max(1, q.span().length()));
    }

    private Row row(Kind kind, Comparison c, Quote q, String speaker, String author, String at) {
        return new Row(null, kind, q.reportId(), Anchor.describe(c.report(q.reportId()).text(), q.span()), null, null,
                speaker, author, at);
    }

    private Row link(Comparison c, Quote q, Quote other, String author, String at) {
        return new Row(null, Kind.LINK, q.reportId(), Anchor.describe(c.report(q.reportId()).text(), q.span()),
                other.reportId(), Anchor.describe(c.report(other.reportId()).text(), other.span()), null, author, at);
    }

    private Quote quote(Comparison c, String quoteId) throws ProjectException {
        Quote q = c.quotesById().get(quoteId);
        if (q == null) {
            throw new ProjectException(db.name(), "no quote '" + quoteId + "' in the comparison");
        }
        return q;
    }

    private Cluster cluster(Comparison c, String clusterId) throws ProjectException {
        for (Cluster cl : c.clusters()) {
            if (cl.id().equals(clusterId)) {
                return cl;
            }
        }
        throw new ProjectException(db.name(), "no quote group '" + clusterId + "' in the comparison");
    }

    private String textOf(Comparison c, String reportId) throws ProjectException {
        for (Comparison.ReportResult r : c.reports()) {
            if (r.report().id().equals(reportId)) {
                return r.report().text();
            }
        }
        throw new ProjectException(db.name(), "no report '" + reportId + "'");
    }

    private static String shortly(Quote q) {
        return shortly(q.text());
    }

    private static String shortly(Anchor a) {
        return shortly(a.quote().exact());
    }

    private static String shortly(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        return "«" + (w.length() > 30 ? w.substring(0, 29) + "…" : w) + "»";
    }

    // ------------------------------------------------------------------------------------------------- rows

    /** The rows, oldest first; only the one with {@code id} when it is given. */
    private static List<Row> rows(Connection c, Long id) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM correction"
                + (id == null ? "" : " WHERE id = ?") + " ORDER BY id")) {
            if (id != null) {
                s.setLong(1, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Anchor a = anchor(r.getString(4), r.getString(5), r.getString(6), r.getInt(7), r.getInt(8));
                    long other = r.getLong(9);
                    boolean link = !r.wasNull();
                    Anchor b = link ? anchor(r.getString(10), r.getString(11), r.getString(12), r.getInt(13),
                            r.getInt(14)) : null;
                    out.add(new Row(r.getLong(1), Kind.of(r.getString(2)), "r" + r.getLong(3), a,
                            link ? "r" + other : null, b, r.getString(15), r.getString(16), r.getString(17)));
                }
            }
        }
        return out;
    }

    private static Anchor anchor(String exact, String prefix, String suffix, int start, int end) {
        return new Anchor(new TextQuoteSelector(exact, prefix, suffix), new TextPositionSelector(start, end));
    }

    private static Row insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO correction (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            if (r.id() == null) {
                s.setNull(1, Types.INTEGER);
            } else {
                s.setLong(1, r.id());
            }
            s.setString(2, r.kind().key());
            s.setLong(3, Database.dbId(r.reportId()));
            Annotations.setAnchor(s, 4, r.anchor());
            if (r.other() == null) {
                for (int i = 9; i <= 14; i++) {
                    s.setNull(i, i == 9 || i >= 13 ? Types.INTEGER : Types.VARCHAR);
                }
            } else {
                s.setLong(9, Database.dbId(r.otherReportId()));
                Annotations.setAnchor(s, 10, r.other());
            }
            s.setString(15, r.speaker());
            s.setString(16, r.author());
            s.setString(17, r.createdAt());
            return r.withId(Database.insert(s));
        }
    }

    private static void delete(Connection c, List<Row> rows) throws SQLException {
        for (Row r : rows) {
            Database.deleteRow(c, "DELETE FROM correction WHERE id = ?", r.id());
        }
    }

    private static void setAnchor(Connection c, long id, String prefix, Anchor a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE correction SET " + prefix + "exact = ?, " + prefix
                + "prefix = ?, " + prefix + "suffix = ?, " + prefix + "start = ?, " + prefix + "end = ? WHERE id = ?")) {
            Annotations.setAnchor(s, 1, a);
            s.setLong(6, id);
            s.executeUpdate();
        }
    }
}
