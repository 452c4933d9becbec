package org.verbatim.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.LinkRule;
import org.verbatim.core.align.Passage;
import org.verbatim.core.align.PassageAligner;
import org.verbatim.core.align.QuoteAligner;
import org.verbatim.core.align.Relation;
import org.verbatim.core.align.Similarity;
import org.verbatim.core.align.Speakers;
import org.verbatim.core.align.UnionFind;
import org.verbatim.core.align.Unit;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Difference;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.diff.VersionDiffer;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.core.quote.SpeakerNames;
import org.verbatim.core.text.ContentWords;
import org.verbatim.core.text.Paragraphs;
import org.verbatim.core.text.Sentences;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

/**
 * The engine: read reports in, a {@link Comparison} out. Stages run in order (paragraphs and clutter, tokens,
 * quotes, alignment, diff and classification); each is an interface with a standard implementation, swapped
 * through the {@link Builder}. A pipeline is immutable and can be shared; {@link #compare} keeps its working
 * state on the stack, so concurrent runs are safe.
 */
public final class Pipeline {

    private final ClutterDetector clutter;
    private final QuoteFinder quoteFinder;
    private final QuoteAligner quoteAligner;
    private final PassageAligner passageAligner;
    private final LinkRule linkRule;
    private final VersionDiffer differ;

    private Pipeline(Builder b) {
        this.clutter = b.clutter;
        this.quoteFinder = b.quoteFinder;
        this.quoteAligner = b.quoteAligner;
        this.passageAligner = b.passageAligner;
        this.linkRule = b.linkRule;
        this.differ = b.differ;
    }

    public static Pipeline standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One report in the making: what the stages found in it. */
    private record Analysed(Report report, List<Span> paragraphs, List<Excluded> excluded, List<Token> tokens,
                            List<Quote> quotes, String identity) {}

    public Comparison compare(List<Report> reports, ComparisonSettings settings) {
        Tokenizer tokenizer = settings.ignoreCase() ? Tokenizer.icuIgnoringCase() : Tokenizer.icu();
        ContentWords words = new ContentWords();
        List<Analysed> analysed = new ArrayList<>();
        for (Report r : reports) {
            List<Span> paragraphs = Paragraphs.of(r.text());
            List<Excluded> excluded = excluded(r, paragraphs, settings);
            List<Token> tokens = tokenizer.tokenize(r.text(), r.hidden());
            List<Quote> quotes = quoteFinder.find(r.id(), r.text(), paragraphs, excluded);
            analysed.add(new Analysed(r, paragraphs, excluded, tokens, quotes, Fingerprints.ofText(r.text())));
        }
        List<Unit> sentences = sentenceUnits(analysed, words);
        Similarity similarity = Similarity.over(sentences.stream().map(Unit::stems).toList());

        Map<String, Analysed> byReport = new HashMap<>();
        Map<String, Quote> quoteById = new LinkedHashMap<>();
        List<Quote> found = new ArrayList<>();
        for (Analysed a : analysed) {
            byReport.put(a.report().id(), a);
            found.addAll(a.quotes());
        }
        for (Quote q : SpeakerNames.completeAcrossReports(found)) {
            quoteById.put(q.id(), q);
        }
        List<Unit> speech = new ArrayList<>();
        for (Quote q : quoteById.values()) {
            if (!q.excluded() && q.kind() == QuoteKind.SPEECH) {
                speech.add(unit(q, byReport.get(q.reportId()), words));
            }
        }
        List<Cluster> clusters = clusters(quoteById, byReport, speech, similarity, words);

        Map<String, Unit> unitById = new HashMap<>();
        speech.forEach(u -> unitById.put(u.id(), u));
        List<Discrepancy> discrepancies = new ArrayList<>();
        Set<String> fingerprints = new java.util.HashSet<>();
        for (Cluster c : clusters) {
            discrepancies.addAll(discrepancies(c, quoteById, byReport, unitById, similarity, settings,
                    discrepancies.size(), fingerprints));
        }
        List<Passage> passages = passages(sentences, analysed, clusters, quoteById, similarity);
        List<Comparison.ReportResult> results = analysed.stream()
                .map(a -> new Comparison.ReportResult(a.report(), a.excluded())).toList();
        List<Quote> allQuotes = new ArrayList<>(quoteById.values());
        return new Comparison(results, allQuotes, clusters, passages, discrepancies);
    }

    private static Unit unit(Quote q, Analysed a, ContentWords words) {
        return Unit.of(q.id(), a.report().id(), q.span(), ownTokens(a.tokens(), q), words, q.speaker(), null);
    }

    /**
     * Every quotation in exactly one cluster: the aligner's groups of speech, the two halves of a split quote
     * kept together, a quoted term that repeats words of a speech quotation joined to it as a fragment, equal
     * terms of different reports together, and each remaining quotation alone. Clusters are numbered in the
     * order of their first quotation.
     */
    private List<Cluster> clusters(Map<String, Quote> quotes, Map<String, Analysed> reports, List<Unit> speech,
                                   Similarity similarity, ContentWords words) {
        List<String> order = new ArrayList<>(quotes.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        UnionFind sets = new UnionFind(order.size());
        for (List<Unit> g : quoteAligner.align(speech, similarity)) {
            for (Unit u : g) {
                sets.union(index.get(g.get(0).id()), index.get(u.id()));
            }
        }
        // the halves of a split quote join only groups that already reach another report
        Map<Integer, Set<String>> reportsOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            reportsOf.computeIfAbsent(sets.find(i), k -> new java.util.HashSet<>()).add(quotes.get(order.get(i)).reportId());
        }
        Map<String, String> firstOfUtterance = new HashMap<>();
        Map<String, Integer> termByText = new HashMap<>();
        Map<String, List<Unit>> speechByWord = new HashMap<>();
        Map<Unit, String> joined = new java.util.IdentityHashMap<>();
        for (Unit u : speech) {
            joined.put(u, " " + String.join(" ", u.words()) + " ");
            for (String w : new java.util.HashSet<>(u.words())) {
                speechByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(u);
            }
        }
        for (Quote q : quotes.values()) {
            if (q.excluded()) {
                continue;
            }
            String key = q.reportId() + "/" + q.utteranceId();
            String first = firstOfUtterance.putIfAbsent(key, q.id());
            if (first != null && sameParagraph(reports.get(q.reportId()).report().text(), quotes.get(first), q)) {
                int x = index.get(first);
                int y = index.get(q.id());
                Set<String> reach = new java.util.HashSet<>(reportsOf.getOrDefault(sets.find(x), Set.of()));
                reach.addAll(reportsOf.getOrDefault(sets.find(y), Set.of()));
                if (reach.size() > 1) {
                    sets.union(x, y);
                    reportsOf.put(sets.find(x), reach);
                }
            }
            if (q.kind() == QuoteKind.TERM) {
                String norm = normalWords(q.text());
                Integer other = termByText.putIfAbsent(norm, index.get(q.id()));
                if (other != null && !quotes.get(order.get(other)).reportId().equals(q.reportId())) {
                    sets.union(other, index.get(q.id()));
                }
                if (norm.indexOf(' ') > 0) {
                    // one link is enough for the term to join its utterance's group; prefer another report
                    String firstWord = norm.substring(0, norm.indexOf(' '));
                    Unit match = null;
                    List<Unit> candidates = speechByWord.getOrDefault(firstWord, List.of());
                    // bounded: a phrase repeated all over one text needs no more than one link
                    for (Unit u : candidates.subList(0, Math.min(candidates.size(), 256))) {
                        if (joined.get(u).contains(" " + norm + " ")) {
                            if (match == null || match.reportId().equals(q.reportId()) && !u.reportId().equals(q.reportId())) {
                                match = u;
                            }
                            if (!u.reportId().equals(q.reportId())) {
                                break;
                            }
                        }
                    }
                    if (match != null) {
                        sets.union(index.get(match.id()), index.get(q.id()));
                    }
                }
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<String> g : sets.groups(order)) {
            out.add(new Cluster("c" + (out.size() + 1), g));
            if (g.stream().anyMatch(id -> quotes.get(id).kind() == QuoteKind.SPEECH)) {
                for (String id : g) {
                    quotes.computeIfPresent(id, (k, q) -> q.kind() == QuoteKind.TERM ? q.asSpeech() : q);
                }
            }
        }
        return out;
    }

    /** Two parts of one utterance in one paragraph: the halves of a quote split by its attribution. */
    private static boolean sameParagraph(String text, Quote a, Quote b) {
        int from = Math.min(a.span().end(), b.span().start());
        int to = Math.max(a.span().end(), b.span().start());
        return !text.substring(from, to).contains("\n");
    }

    private static String normalWords(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }

    private List<Excluded> excluded(Report r, List<Span> paragraphs, ComparisonSettings settings) {
        List<Span> included = settings.userIncluded().getOrDefault(r.id(), List.of());
        List<Excluded> out = new ArrayList<>();
        for (Excluded e : clutter.detect(r.text(), paragraphs)) {
            if (included.stream().noneMatch(s -> s.overlaps(e.span()))) {
                out.add(e);
            }
        }
        for (Span s : settings.userExcluded().getOrDefault(r.id(), List.of())) {
            out.add(new Excluded(s, "excluded by the user"));
        }
        out.sort(Comparator.comparing(Excluded::span));
        return out;
    }

    /** Every sentence of the story outside clutter, as an alignment unit. */
    private static List<Unit> sentenceUnits(List<Analysed> analysed, ContentWords words) {
        Sentences splitter = new Sentences();
        List<Unit> out = new ArrayList<>();
        for (Analysed a : analysed) {
            int n = 0;
            for (Span p : a.paragraphs()) {
                if (a.excluded().stream().anyMatch(e -> e.span().overlap(p) * 2 > p.length())) {
                    continue;
                }
                for (Span s : splitter.of(a.report().text(), p)) {
                    out.add(Unit.of(a.report().id() + "-s" + (++n), a.report().id(), s, tokensIn(a.tokens(), s),
                            words, null, null));
                }
            }
        }
        return out;
    }

    private List<Discrepancy> discrepancies(Cluster c, Map<String, Quote> quotes, Map<String, Analysed> reports,
                                            Map<String, Unit> units, Similarity similarity,
                                            ComparisonSettings settings, int numbered, Set<String> fingerprints) {
        List<Quote> versions = c.quoteIds().stream().map(quotes::get).toList();
        // the reference is the fullest version; ties go by report content, not by the order reports were given
        Quote ref = versions.get(0);
        int refWords = wordCount(reports, ref);
        for (Quote q : versions) {
            int w = wordCount(reports, q);
            String key = reports.get(q.reportId()).identity() + ":" + q.span().start();
            String refKey = reports.get(ref.reportId()).identity() + ":" + ref.span().start();
            if (w > refWords || w == refWords && key.compareTo(refKey) < 0) {
                ref = q;
                refWords = w;
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        Analysed ra = reports.get(ref.reportId());
        List<Token> ta = ownTokens(ra.tokens(), ref);
        for (Quote q : versions) {
            if (q == ref || q.reportId().equals(ref.reportId()) && q.utteranceId().equals(ref.utteranceId())) {
                continue; // two parts of one utterance are not two versions of it
            }
            Analysed rb = reports.get(q.reportId());
            List<Token> tb = ownTokens(rb.tokens(), q);
            boolean reworded = false;
            Unit ua = units.get(ref.id());
            Unit ub = units.get(q.id());
            if (ua != null && ub != null) {
                Relation rel = linkRule.relate(ua, ub, similarity.score(ua, ub), Speakers.Agreement.SAME_OR_UNKNOWN);
                reworded = rel == Relation.REWORDED;
            }
            List<Difference> diffs = new ArrayList<>(differ.diff(ta, tb, reworded, settings.ignoreCase()));
            // named differently: another person, or the same name misspelled ("Kowalczyk" / "Kowalczik")
            if (ref.isSpeech() && q.isSpeech() && Speakers.isPersonName(ref.speaker())
                    && Speakers.isPersonName(q.speaker()) && !Speakers.same(ref.speaker(), q.speaker())) {
                diffs.add(new Difference(DiffKind.SPEAKER, spanOr(ref.attribution().speakerSpan(), ref.span()),
                        spanOr(q.attribution().speakerSpan(), q.span())));
            }
            if (ref.form() == QuoteForm.MARKED && q.form() == QuoteForm.MARKED && ref.openMark() != null
                    && q.openMark() != null) {
                String ma = ref.openMark().of(ra.report().text());
                String mb = q.openMark().of(rb.report().text());
                if (!ma.equals(mb)) {
                    diffs.add(new Difference(DiffKind.TYPOGRAPHIC, ref.openMark(), q.openMark()));
                }
            }
            for (Difference d : diffs) {
                if (!d.kind().severity().atLeast(settings.minSeverity())) {
                    continue;
                }
                String fp = Fingerprints.unique(
                        Fingerprints.of(d.kind(), ra.identity(), ta, d.a(), rb.identity(), tb, d.b()), fingerprints);
                out.add(new Discrepancy("d" + (numbered + out.size() + 1), c.id(), d.kind(), d.kind().severity(), fp,
                        new Discrepancy.Side(ref.id(), ref.reportId(), d.a(), d.a().of(ra.report().text())),
                        new Discrepancy.Side(q.id(), q.reportId(), d.b(), d.b().of(rb.report().text()))));
            }
        }
        return out;
    }

    /** Sentences that are not mostly a grouped quotation, linked across reports. */
    private List<Passage> passages(List<Unit> sentences, List<Analysed> analysed, List<Cluster> clusters,
                                   Map<String, Quote> quotes, Similarity similarity) {
        Map<String, List<Span>> clustered = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.quoteIds().size() < 2) {
                continue;
            }
            for (String id : c.quoteIds()) {
                Quote q = quotes.get(id);
                clustered.computeIfAbsent(q.reportId(), k -> new ArrayList<>()).add(q.span());
            }
        }
        clustered.values().forEach(l -> l.sort(null));
        List<Unit> narrative = new ArrayList<>();
        for (Unit s : sentences) {
            List<Span> spans = clustered.getOrDefault(s.reportId(), List.of());
            int covered = 0;
            // spans are sorted by start: look only at those that can reach this sentence
            int from = firstEndingAfter(spans, s.span().start());
            for (int k = from; k < spans.size() && spans.get(k).start() < s.span().end(); k++) {
                covered += spans.get(k).overlap(s.span());
            }
            if (covered * 2 < s.span().length()) {
                narrative.add(s);
            }
        }
        List<Passage> out = new ArrayList<>();
        for (List<Unit> g : passageAligner.align(narrative, similarity)) {
            out.add(new Passage("p" + (out.size() + 1),
                    g.stream().map(u -> new Passage.ReportSpan(u.reportId(), u.span())).toList()));
        }
        return out;
    }

    /** The first span (of spans sorted by start) that could end after {@code offset}; quotes do not nest deeply. */
    private static int firstEndingAfter(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // step back over spans that start before the offset but may still cover it
        while (lo > 0 && spans.get(lo - 1).end() > offset) {
            lo--;
        }
        return lo;
    }

    private static int wordCount(Map<String, Analysed> reports, Quote q) {
        int n = 0;
        for (Token t : ownTokens(reports.get(q.reportId()).tokens(), q)) {
            if (t.isWordLike()) {
                n++;
            }
        }
        return n;
    }

    private static Span spanOr(Span s, Span fallback) {
        return s != null ? s : fallback;
    }

    /** The tokens of a quote's own words (nested quotations left out). */
    static List<Token> ownTokens(List<Token> tokens, Quote q) {
        if (q.ownSpans().size() == 1) {
            return tokensIn(tokens, q.ownSpans().get(0));
        }
        List<Token> out = new ArrayList<>();
        for (Span s : q.ownSpans()) {
            out.addAll(tokensIn(tokens, s));
        }
        return out;
    }

    /** Tokens wholly inside {@code span}; tokens are sorted by start. */
    static List<Token> tokensIn(List<Token> tokens, Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    /** Builds a pipeline; every stage has a standard default. */
    public static final class Builder {
        private ClutterDetector clutter = ClutterDetector.rules();
        private QuoteFinder quoteFinder = QuoteFinder.standard();
        private QuoteAligner quoteAligner = QuoteAligner.standard();
        private PassageAligner passageAligner = PassageAligner.standard();
        private LinkRule linkRule = LinkRule.standard();
        private VersionDiffer differ = VersionDiffer.standard();

        private Builder() {}

        public Builder clutter(ClutterDetector value) {
            this.clutter = value;
            return this;
        }

        public Builder quotes(QuoteFinder value) {
            this.quoteFinder = value;
            return this;
        }

        public Builder aligner(QuoteAligner value) {
            this.quoteAligner = value;
            return this;
        }

        public Builder passages(PassageAligner value) {
            this.passageAligner = value;
            return this;
        }

        /** The rule that names a pair's relation when classifying (the aligner has its own). */
        public Builder linkRule(LinkRule value) {
            this.linkRule = value;
            return this;
        }

        public Builder differ(VersionDiffer value) {
            this.differ = value;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
