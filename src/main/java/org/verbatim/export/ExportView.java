package org.verbatim.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.CodePoints;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;

/**
 * What the exports share, worked out once from an {@link ExportInput}: reports and quotes by id, the quote groups with
 * their reference version first, each discrepancy's annotation, and each version's text cut into runs of plain and
 * marked words for the reports people read.
 */
final class ExportView {

    /** How a run of a version's text differs from the version it is compared with. */
    enum Mark {
        /** Not part of any difference. */
        PLAIN,
        /** Words of this version that the compared version renders differently. */
        CHANGED,
        /** Words of the reference version that the compared version leaves out. */
        DELETED,
        /** Words only this version has. */
        INSERTED,
        /** An empty run where the other version has words this one lacks. */
        GAP
    }

    /**
     * A piece of a version's visible text.
     *
     * @param text          the words (empty for a gap)
     * @param mark          how it differs
     * @param cosmetic      true when every difference it is part of is cosmetic (punctuation, typography...)
     * @param discrepancies the ids of the discrepancies it is part of, in order
     * @param title         what the difference is, in a few words, for a tooltip or a footnote; empty when plain
     */
    record Run(String text, Mark mark, boolean cosmetic, List<String> discrepancies, String title) {
        Run {
            discrepancies = List.copyOf(discrepancies);
        }
    }

    /**
     * A quote group: the versions of one utterance.
     *
     * @param cluster       the engine's cluster
     * @param versions      the quotations, the reference version first
     * @param discrepancies its discrepancies, in output order
     */
    record Group(Cluster cluster, List<Quote> versions, List<Discrepancy> discrepancies) {
        Quote reference() {
            return versions.get(0);
        }

        String id() {
            return cluster.id();
        }

        /** The speaker as the reference version names it, or "speaker unknown". */
        String speaker() {
            for (Quote q : versions) {
                if (q.speaker() != null) {
                    return q.speaker();
                }
            }
            return "speaker unknown";
        }

        long reportCount() {
            return versions.stream().map(Quote::reportId).distinct().count();
        }
    }

    private final ExportInput input;
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final Map<String, List<Excluded>> excluded = new HashMap<>();
    private final Map<String, CodePoints> codePoints = new HashMap<>();
    private final Map<String, Quote> quotes;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Annotation> byFingerprint = new HashMap<>();

    ExportView(ExportInput input) {
        this.input = input;
        Comparison c = input.comparison();
        for (Comparison.ReportResult r : c.reports()) {
            reports.put(r.report().id(), r.report());
            excluded.put(r.report().id(), r.excluded());
            codePoints.put(r.report().id(), new CodePoints(r.report().text()));
        }
        quotes = c.quotesById();
        Map<String, List<Discrepancy>> byCluster = new HashMap<>();
        for (Discrepancy d : c.discrepancies()) {
            byCluster.computeIfAbsent(d.clusterId(), k -> new ArrayList<>()).add(d);
        }
        for (Cluster cl : c.clusters()) {
            if (cl.isGroup()) {
                List<Discrepancy> ds = byCluster.getOrDefault(cl.id(), List.of());
                groups.add(new Group(cl, referenceFirst(cl, ds), ds));
            }
        }
        for (Annotation a : input.annotations()) {
            if (a.fingerprint() != null) {
                byFingerprint.putIfAbsent(a.fingerprint(), a);
            }
        }
    }

    /** The words of the reports, as this project's settings compare them. */
    org.verbatim.core.text.Tokenizer tokenizer() {
        return input.tokenizer();
    }

    /** The cluster's quotations with the one its places set the others against (their first reading) first. */
    private List<Quote> referenceFirst(Cluster cl, List<Discrepancy> ds) {
        Map<String, Integer> asReference = new HashMap<>();
        ds.forEach(d -> asReference.merge(d.referenceQuoteId(), 1, Integer::sum));
        String ref = cl.quoteIds().get(0);
        int best = 0;
        for (String q : cl.quoteIds()) {
            int n = asReference.getOrDefault(q, 0);
            if (n > best) {
                ref = q;
                best = n;
            }
        }
        List<Quote> out = new ArrayList<>();
        out.add(quotes.get(ref));
        for (String q : cl.quoteIds()) {
            if (!q.equals(ref)) {
                out.add(quotes.get(q));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ lookups

    String title() {
        return input.title();
    }

    List<Report> reports() {
        return List.copyOf(reports.values());
    }

    Report report(String id) {
        return reports.get(id);
    }

    List<Excluded> excluded(String reportId) {
        return excluded.getOrDefault(reportId, List.of());
    }

    CodePoints codePoints(String reportId) {
        return codePoints.get(reportId);
    }

    Quote quote(String id) {
        return quotes.get(id);
    }

    List<Group> groups() {
        return groups;
    }

    List<Discrepancy> discrepancies() {
        return input.comparison().discrepancies();
    }

    /** The annotation on a discrepancy, or null. */
    Annotation annotation(Discrepancy d) {
        return byFingerprint.get(d.fingerprint());
    }

    AnnotationStatus status(Discrepancy d) {
        Annotation a = annotation(d);
        return a == null ? AnnotationStatus.UNREVIEWED : a.status();
    }

    String note(Discrepancy d) {
        Annotation a = annotation(d);
        return a == null || a.note() == null ? "" : a.note();
    }

    List<String> tags(Discrepancy d) {
        Annotation a = annotation(d);
        return a == null ? List.of() : a.tags();
    }

    /** Annotations made on any span of a report rather than on a discrepancy, in place. */
    List<Annotation> spanNotes() {
        return input.annotations().stream().filter(a -> !a.onDiscrepancy() && !a.orphaned()).toList();
    }

    /** Annotations on discrepancies the current comparison no longer has, or that lost their place. */
    List<Annotation> strayNotes() {
        TreeSet<String> live = new TreeSet<>();
        discrepancies().forEach(d -> live.add(d.fingerprint()));
        return input.annotations().stream()
                .filter(a -> a.orphaned() || a.onDiscrepancy() && !live.contains(a.fingerprint())).toList();
    }

    long substantiveCount() {
        return discrepancies().stream().filter(d -> d.severity() == Severity.SUBSTANTIVE).count();
    }

    long reviewedCount() {
        return discrepancies().stream().filter(d -> status(d) != AnnotationStatus.UNREVIEWED).count();
    }

    // ------------------------------------------------------------------------------------------------ labels

    /** A report's title, or where it came from when it states none. */
    static String reportTitle(Report r) {
        String t = r.meta().title();
        return t != null && !t.isBlank() ? t : r.path();
    }

    /** Outlet and date, as far as stated ("The Moscow Times, 2015-09-15"); empty when neither is. */
    static String outletAndDate(Report r) {
        ReportMeta m = r.meta();
        List<String> parts = new ArrayList<>();
        if (m.outlet() != null && !m.outlet().isBlank()) {
            parts.add(m.outlet());
        }
        if (m.date() != null && !m.date().isBlank()) {
            parts.add(m.date());
        }
        return String.join(", ", parts);
    }

    /** "«to» r1 · (nothing) r3 ×2": one place in a line, each reading with the reports that print it. */
    static String describe(Discrepancy d) {
        List<String> parts = new ArrayList<>();
        for (Discrepancy.Reading r : d.readings()) {
            parts.add(readingText(r) + " " + whoPrints(r));
        }
        return String.join(" · ", parts);
    }

    /** "r1 r3 ×2": the reports that print a reading. */
    static String whoPrints(Discrepancy.Reading r) {
        return r.whoPrints();
    }

    /** Tables and notes show this many characters of a side's words; the versions above show them all. */
    static final int SIDE_EXCERPT = 120;

    /** A reading's words between guillemets, whitespace collapsed, long ones cut; "(nothing)" when it has none. */
    static String readingText(Discrepancy.Reading r) {
        return r.isEmpty() ? "(nothing)" : "«" + excerpt(r.text(), SIDE_EXCERPT) + "»";
    }

    /**
     * How a version is set, when not between quotation marks ("embedded post", "block quote", "marked as a quote
     * by the user"), and "speaker set by the user" when the user corrected who said it; empty when none applies.
     */
    static String formLabel(Quote q) {
        String form = switch (q.form()) {
            case EMBEDDED_POST -> "embedded post";
            case BLOCK -> "block quote";
            case USER -> "marked as a quote by the user";
            default -> "";
        };
        if (q.attribution().how() == org.verbatim.core.quote.Attribution.How.USER) {
            form = form.isEmpty() ? "speaker set by the user" : form + ", speaker set by the user";
        }
        return form;
    }

    /** "3 reports · 2 quote groups · 9 differences, 6 substantive · 1 of 9 reviewed". */
    static String summary(ExportView v) {
        int n = v.discrepancies().size();
        return count(v.reports().size(), "report") + " · " + count(v.groups().size(), "quote group") + " · "
                + count(n, "difference") + ", " + v.substantiveCount() + " substantive · " + v.reviewedCount()
                + " of " + n + " reviewed";
    }

    /** "1 report", "3 reports". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Runs of whitespace (newlines too) as one space, trimmed. */
    static String collapse(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** At most {@code max} code points of {@code s}, whitespace collapsed, with "…" when cut. */
    static String excerpt(String s, int max) {
        String c = collapse(s);
        if (c.codePointCount(0, c.length()) <= max) {
            return c;
        }
        return c.substring(0, c.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }

    // ------------------------------------------------------------------------------------------- visible text

    /** The text of {@code span} of a report as a reader sees it: without its hidden markup. */
    String visible(Report r, Span span) {
        StringBuilder out = new StringBuilder();
        int at = span.start();
        for (Span h : sortedHidden(r)) {
            if (h.end() <= at || h.start() >= span.end()) {
                continue;
            }
            if (h.start() > at) {
                out.append(r.text(), at, h.start());
            }
            at = Math.max(at, h.end());
        }
        if (at < span.end()) {
            out.append(r.text(), at, span.end());
        }
        return out.toString();
    }

    private final Map<String, List<Span>> hiddenSorted = new HashMap<>();

    private List<Span> sortedHidden(Report r) {
        return hiddenSorted.computeIfAbsent(r.id(), k -> r.hidden().stream().sorted().toList());
    }

    /** What a version shows: its words with the quotation marks around them, where it has any. */
    static Span shown(Quote q) {
        int start = q.openMark() != null ? Math.min(q.openMark().start(), q.span().start()) : q.span().start();
        int end = q.closeMark() != null ? Math.max(q.closeMark().end(), q.span().end()) : q.span().end();
        return new Span(start, end);
    }

    /** Discrepancies that concern a version as a whole (another translation), not words of it. */
    List<Discrepancy> wholeVersionDifferences(Group g, Quote q) {
        return g.discrepancies().stream()
                .filter(d -> !inline(d) && d.readingOfQuote(q.id()) != null)
                .toList();
    }

    /** Whether a discrepancy is shown on the words (not a translation of the whole, not the speaker). */
    static boolean inline(Discrepancy d) {
        return d.kind() != DiffKind.TRANSLATION && d.kind() != DiffKind.SPEAKER;
    }

    private record Marked(Span span, Mark mark, Discrepancy d) {}

    /**
     * A version's visible text, cut where places start and end. Where places overlap (a typographic change inside
     * a changed phrase) a run carries all of them and the strongest mark: changed, then dropped elsewhere, then
     * added. A gap run stands where other versions have words this one lacks.
     */
    List<Run> runs(Group g, Quote q) {
        Report r = reports.get(q.reportId());
        Span range = shown(q);
        List<Marked> marks = new ArrayList<>();
        for (Discrepancy d : g.discrepancies()) {
            if (!inline(d)) {
                continue;
            }
            Mark mark = switch (d.roleOf(q.id())) {
                case GAP -> Mark.GAP;
                case DROPPED_ELSEWHERE -> Mark.DELETED;
                case ADDED_HERE -> Mark.INSERTED;
                case CHANGED -> Mark.CHANGED;
                case ABSENT -> null;
            };
            if (mark != null) {
                for (Discrepancy.Location l : d.locationsOf(q.id())) {
                    marks.add(new Marked(l.span(), mark, d));
                }
            }
        }
        marks.removeIf(m -> m.span().start() < range.start() || m.span().end() > range.end());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(range.start(), range.end()));
        TreeMap<Integer, List<Discrepancy>> gaps = new TreeMap<>();
        for (Marked m : marks) {
            if (m.mark() == Mark.GAP) {
                // a gap at the start of a word stands before the space: "look‸ forward"
                int at = m.span().start();
                while (at > range.start() && Character.isWhitespace(r.text().charAt(at - 1))) {
                    at--;
                }
                gaps.computeIfAbsent(at, k -> new ArrayList<>()).add(m.d());
            } else {
                cuts.add(m.span().start());
                cuts.add(m.span().end());
            }
        }
        cuts.addAll(gaps.keySet());
        List<Run> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                addRun(out, r, new Span(from, cut), marks);
            }
            List<Discrepancy> gap = gaps.get(cut);
            if (gap != null) {
                List<String> ids = gap.stream().map(Discrepancy::id).distinct().toList();
                boolean cosmetic = gap.stream().allMatch(d -> d.severity() == Severity.COSMETIC);
                out.add(new Run("", Mark.GAP, cosmetic, ids, titles(gap)));
            }
            from = cut;
        }
        return merge(out);
    }

    private void addRun(List<Run> out, Report r, Span piece, List<Marked> marks) {
        String text = visible(r, piece);
        if (text.isEmpty()) {
            return;
        }
        Mark mark = Mark.PLAIN;
        List<Discrepancy> ds = new ArrayList<>();
        for (Marked m : marks) {
            if (m.mark() != Mark.GAP && m.span().contains(piece)) {
                ds.add(m.d());
                if (mark == Mark.PLAIN || m.mark().ordinal() < mark.ordinal()) {
                    mark = m.mark();
                }
            }
        }
        if (ds.isEmpty()) {
            out.add(new Run(text, Mark.PLAIN, false, List.of(), ""));
            return;
        }
        boolean cosmetic = ds.stream().allMatch(d -> d.severity() == Severity.COSMETIC);
        out.add(new Run(text, mark, cosmetic, ds.stream().map(Discrepancy::id).distinct().toList(), titles(ds)));
    }

    /** "d2 word left out: «to» r1 · (nothing) r3", one line per place. */
    private static String titles(List<Discrepancy> ds) {
        List<String> lines = new ArrayList<>();
        for (Discrepancy d : ds) {
            String line = d.id() + " " + d.kind().plain() + ": " + describe(d);
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /** Neighbouring runs with the same mark and discrepancies as one. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && run.mark() != Mark.GAP && last.mark() == run.mark()
                    && last.discrepancies().equals(run.discrepancies()) && last.cosmetic() == run.cosmetic()) {
                out.set(out.size() - 1, new Run(last.text() + run.text(), run.mark(), run.cosmetic(),
                        run.discrepancies(), run.title()));
            } else {
                out.add(run);
            }
        }
        return out;
    }

}
