package org.verbatim.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.PassageFinder;
import org.verbatim.core.align.QuoteGrouper;
import org.verbatim.core.align.Similarity;
import org.verbatim.core.align.Story;
import org.verbatim.core.align.Unit;
import org.verbatim.core.clutter.ClutterDetector;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.collate.Alignment;
import org.verbatim.core.collate.Collation;
import org.verbatim.core.collate.Collator;
import org.verbatim.core.collate.PlaceFinder;
import org.verbatim.core.collate.Versions;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.core.quote.SpeakerNames;
import org.verbatim.core.text.ContentWords;
import org.verbatim.core.text.Paragraphs;
import org.verbatim.core.text.Sentences;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

/**
 * The engine: read reports in, a {@link Comparison} out. It only runs the stages in order: paragraphs and
 * clutter, tokens, quotes ({@link QuoteFinder}), groups ({@link QuoteGrouper}), each group's alignment
 * ({@link Collator}) and variant places ({@link PlaceFinder}), and passages ({@link PassageFinder}). Each stage
 * is an interface with a standard implementation, swapped through the {@link Builder}. A pipeline is immutable
 * and can be shared; {@link #compare} keeps its working state on the stack, so concurrent runs are safe.
 */
public final class Pipeline {

    private final ClutterDetector clutter;
    private final Tokenizer tokenizer;
    private final Tokenizer foldingTokenizer;
    private final QuoteFinder quoteFinder;
    private final QuoteGrouper grouper;
    private final Collator collator;
    private final PlaceFinder placeFinder;
    private final PassageFinder passageFinder;

    private Pipeline(Builder b) {
        this.clutter = b.clutter;
        this.tokenizer = b.tokenizer;
        this.foldingTokenizer = b.foldingTokenizer;
        this.quoteFinder = b.quoteFinder;
        this.grouper = b.grouper;
        this.collator = b.collator;
        this.placeFinder = b.placeFinder;
        this.passageFinder = b.passageFinder;
    }

    public static Pipeline standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Comparison compare(List<Report> reports, ComparisonSettings settings) {
        Tokenizer tokens = settings.ignoreCase() ? foldingTokenizer : tokenizer;
        ContentWords words = new ContentWords();
        List<Story.Analysed> analysed = new ArrayList<>();
        for (Report r : reports) {
            List<Span> paragraphs = Paragraphs.of(r.text());
            List<Excluded> excluded = excluded(r, paragraphs, settings);
            List<Quote> quotes = quoteFinder.find(r.id(), r.text(), paragraphs, excluded, settings.corrections());
            analysed.add(new Story.Analysed(r, paragraphs, excluded, tokens.tokenize(r.text(), r.hidden()), quotes,
                    Fingerprints.ofText(r.text())));
        }
        List<Unit> sentences = sentenceUnits(analysed, words);
        Story story = new Story(analysed, sentences, Similarity.over(sentences.stream().map(Unit::stems).toList()),
                words, settings.corrections());

        List<Quote> found = new ArrayList<>();
        analysed.forEach(a -> found.addAll(a.quotes()));
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (Quote q : SpeakerNames.completeAcrossReports(found)) {
            quotes.put(q.id(), q);
        }
        List<Cluster> clusters = grouper.group(quotes, story);

        Versions versions = versions(story, quotes);
        List<Alignment> alignments = new ArrayList<>();
        List<Discrepancy> places = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (Cluster c : clusters) {
            if (!c.isGroup()) {
                continue;
            }
            List<Quote> members = c.quoteIds().stream().map(quotes::get).filter(q -> !q.excluded()).toList();
            if (members.size() < 2) {
                continue;
            }
            Collation collation = collator.collate(c, members, versions);
            alignments.add(collation.alignment());
            for (Discrepancy d : placeFinder.places(collation, settings.ignoreCase())) {
                if (d.severity().atLeast(settings.minSeverity())) {
                    places.add(new Discrepancy("d" + (places.size() + 1), d.clusterId(), d.kind(), d.severity(),
                            Fingerprints.unique(d.fingerprint(), fingerprints), d.readings(), d.fromColumn(),
                            d.toColumn()));
                }
            }
        }
        List<Comparison.ReportResult> results = analysed.stream()
                .map(a -> new Comparison.ReportResult(a.report(), a.excluded())).toList();
        return new Comparison(results, new ArrayList<>(quotes.values()), clusters,
                passageFinder.find(story, clusters, quotes), places, alignments);
    }

    /** What collation reads of the story: the words compared of each quotation, the texts, the identities. */
    private static Versions versions(Story story, Map<String, Quote> quotes) {
        Map<String, Story.Analysed> byReport = story.byReport();
        Map<String, List<Quote>> speechInside = new HashMap<>();
        for (Quote q : quotes.values()) {
            if (q.parentId() != null && q.kind() == QuoteKind.SPEECH) {
                speechInside.computeIfAbsent(q.parentId(), k -> new ArrayList<>()).add(q);
            }
        }
        boolean translated = story.reports().stream().anyMatch(a -> TRANSLATED.matcher(a.report().text()).find());
        return new Versions() {
            @Override
            public boolean translated() {
                return translated;
            }

            @Override
            public List<Token> tokens(Quote q) {
                List<Token> all = Story.tokensIn(byReport.get(q.reportId()).tokens(), q.span());
                List<Quote> inner = speechInside.getOrDefault(q.id(), List.of());
                if (inner.isEmpty()) {
                    return all;
                }
                // another speaker's words quoted inside are not this speaker's; a quoted term is
                List<Token> out = new ArrayList<>(all.size());
                for (Token t : all) {
                    if (inner.stream().noneMatch(i -> withMarks(i).contains(t.span()))) {
                        out.add(t);
                    }
                }
                return out;
            }

            @Override
            public String text(String reportId) {
                return byReport.get(reportId).report().text();
            }

            @Override
            public String identity(String reportId) {
                return byReport.get(reportId).identity();
            }

            @Override
            public Quote quote(String quoteId) {
                return quotes.get(quoteId);
            }
        };
    }

    private static final String LANGUAGES = "French|German|Russian|Spanish|Italian|Portuguese|Dutch|Polish|Ukrainian|"
            + "Arabic|Hebrew|Persian|Farsi|Turkish|Greek|Bulgarian|Romanian|Hungarian|Czech|Slovak|Serbian|Croatian|"
            + "Swedish|Norwegian|Danish|Finnish|Chinese|Mandarin|Cantonese|Japanese|Korean|Hindi|Urdu|Indonesian|"
            + "Vietnamese|Thai|Swahili";

    /** What tells that a story's quotations were translated. */
    private static final java.util.regex.Pattern TRANSLATED = java.util.regex.Pattern.compile(
            "(?i)\\btranslat(?:ed|ion|ions)\\b|\\b(?:speaking|spoke|said|says|wrote|writes|told\\s+\\w+(?:\\s+\\w+)?)"
                    + "\\s+in\\s+(?-i:" + LANGUAGES + ")\\b");

    private static Span withMarks(Quote q) {
        int start = q.openMark() != null ? q.openMark().start() : q.span().start();
        int end = q.closeMark() != null ? q.closeMark().end() : q.span().end();
        return new Span(Math.min(start, q.span().start()), Math.max(end, q.span().end()));
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
    private static List<Unit> sentenceUnits(List<Story.Analysed> analysed, ContentWords words) {
        Sentences splitter = new Sentences();
        List<Unit> out = new ArrayList<>();
        for (Story.Analysed a : analysed) {
            int n = 0;
            for (Span p : a.paragraphs()) {
                if (a.excluded().stream().anyMatch(e -> e.span().overlap(p) * 2 > p.length())) {
                    continue;
                }
                for (Span s : splitter.of(a.report().text(), p)) {
                    out.add(Unit.of(a.report().id() + "-s" + (++n), a.report().id(), s,
                            Story.tokensIn(a.tokens(), s), words, null, null));
                }
            }
        }
        return out;
    }

    /** Builds a pipeline; every stage has a standard default. */
    public static final class Builder {
        private ClutterDetector clutter = ClutterDetector.rules();
        private Tokenizer tokenizer = Tokenizer.icu();
        private Tokenizer foldingTokenizer = Tokenizer.icuIgnoringCase();
        private QuoteFinder quoteFinder = QuoteFinder.standard();
        private QuoteGrouper grouper = QuoteGrouper.standard();
        private Collator collator = Collator.progressive();
        private PlaceFinder placeFinder = PlaceFinder.standard();
        private PassageFinder passageFinder = PassageFinder.standard();

        private Builder() {}

        public Builder clutter(ClutterDetector value) {
            this.clutter = value;
            return this;
        }

        /** The tokenizers: one that keeps case, one that folds it (for "ignore case"). */
        public Builder tokenizers(Tokenizer caseKept, Tokenizer caseFolded) {
            this.tokenizer = caseKept;
            this.foldingTokenizer = caseFolded;
            return this;
        }

        public Builder quotes(QuoteFinder value) {
            this.quoteFinder = value;
            return this;
        }

        public Builder grouper(QuoteGrouper value) {
            this.grouper = value;
            return this;
        }

        public Builder collator(Collator value) {
            this.collator = value;
            return this;
        }

        public Builder places(PlaceFinder value) {
            this.placeFinder = value;
            return this;
        }

        public Builder passages(PassageFinder value) {
            this.passageFinder = value;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
