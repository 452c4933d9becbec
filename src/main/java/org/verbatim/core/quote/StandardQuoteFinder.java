package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Sentences;

/**
 * The default quote finder: {@link QuoteScanner} for marked quotes, {@link EmbeddedPosts} for pasted posts,
 * markdown "&gt;" paragraphs for block quotes, {@link AttributionFinder} for speakers, then the rules that
 * tell terms from speech and join the parts of one utterance.
 */
final class StandardQuoteFinder implements QuoteFinder {

    /** At most this many words, with no speech verb around it, makes a quoted term rather than speech. */
    private static final int TERM_MAX_WORDS = 3;
    private static final int TITLE_TERM_MAX_WORDS = 5;
    private static final int SPLIT_MAX_WORDS = 14;

    /** A quote under construction. */
    private static final class Draft {
        final Span content;
        final QuoteForm form;
        final int paragraph;
        final int open;
        final int close;
        int parent = -1;
        int continues = -1;
        int utterance;
        Attribution attribution;
        QuoteKind kind = QuoteKind.SPEECH;
        List<Span> parts; // a block quote's lines without their marks; null for other forms

        Draft(Span content, QuoteForm form, int paragraph, int open, int close) {
            this.content = content;
            this.form = form;
            this.paragraph = paragraph;
            this.open = open;
            this.close = close;
        }

        /** Where the quote's marks end: past the closing mark, or the content's end. */
        int after() {
            return close >= 0 ? close + 1 : content.end();
        }

        int before() {
            return open >= 0 ? open : content.start();
        }
    }

    @Override
    public List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded) {
        return find(reportId, text, paragraphs, excluded, List.of());
    }

    /** The user's added quotations are found with the others, so they get an attribution like any other. */
    @Override
    public List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded,
                            Corrections corrections) {
        Corrections mine = corrections.of(reportId);
        List<Quote> found = find(reportId, text, paragraphs, excluded, mine.added());
        Corrections rest = new Corrections(List.of(), mine.removed(), mine.terms(), mine.speakers(), List.of(),
                List.of());
        return rest.isEmpty() ? found : QuoteCorrections.apply(reportId, text, found, rest);
    }

    private List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded,
                             List<Corrections.QuoteAt> added) {
        List<QuoteScanner.Raw> raws = new QuoteScanner().scan(text, paragraphs);
        List<Draft> drafts = new ArrayList<>();
        for (QuoteScanner.Raw r : raws) {
            Draft d = new Draft(r.content(), QuoteForm.MARKED, r.paragraph(), r.open(), r.close());
            d.parent = r.parent();
            d.continues = r.continues();
            drafts.add(d);
        }
        List<Span> contents = new ArrayList<>();
        for (Draft d : drafts) {
            contents.add(d.content);
        }
        Names names = new Names(text);
        List<Span> sentences = new ArrayList<>();
        Sentences splitter = new Sentences();
        for (Span p : paragraphs) {
            sentences.addAll(splitter.of(text, p));
        }
        AttributionFinder finder = new AttributionFinder(text, names, sentences, contents);

        List<Attribution> embedAttributions = new ArrayList<>();
        for (EmbeddedPosts.Post post : new EmbeddedPosts().find(text, paragraphs, contents)) {
            Draft d = new Draft(post.body(), QuoteForm.EMBEDDED_POST, paragraphIndex(paragraphs, post.body().start()),
                    -1, -1);
            if (post.author() != null) {
                d.attribution = new Attribution(names.complete(post.author()), post.authorSpan(), "posted",
                        null, Attribution.How.EMBED);
            }
            drafts.add(d);
        }
        addBlockQuotes(text, paragraphs, contents, drafts);
        for (Corrections.QuoteAt a : added) {
            if (a.span().end() <= text.length() && !a.span().isEmpty()
                    && drafts.stream().noneMatch(d -> d.content.equals(a.span()))) {
                drafts.add(new Draft(a.span(), QuoteForm.USER, paragraphIndex(paragraphs, a.span().start()), -1, -1));
            }
        }
        // keep nesting and continuation indexes valid while sorting by position
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt((Draft d) -> d.content.start()).thenComparingInt(d -> -d.content.end()));
        java.util.Map<Draft, Integer> position = new java.util.IdentityHashMap<>();
        for (int k = 0; k < sorted.size(); k++) {
            position.put(sorted.get(k), k);
        }
        int[] newIndex = new int[drafts.size()];
        for (int k = 0; k < drafts.size(); k++) {
            newIndex[k] = position.get(drafts.get(k));
        }
        for (Draft d : sorted) {
            d.parent = d.parent >= 0 ? newIndex[d.parent] : -1;
            d.continues = d.continues >= 0 ? newIndex[d.continues] : -1;
        }
        attribute(text, paragraphs, sorted, finder);
        classify(text, paragraphs, sorted);
        joinUtterances(text, paragraphs, sorted);
        return build(reportId, text, sorted, excluded);
    }

    /** Markdown "&gt;" paragraphs; consecutive ones are one block quote, whose own words leave out the marks. */
    private static void addBlockQuotes(String text, List<Span> paragraphs, List<Span> marked, List<Draft> drafts) {
        Draft open = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            if (!para.of(text).startsWith(">")) {
                open = null;
                continue;
            }
            List<Span> parts = new ArrayList<>();
            int lineStart = para.start();
            while (lineStart < para.end()) {
                int lineEnd = text.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 || lineEnd > para.end() ? para.end() : lineEnd;
                int i = lineStart;
                while (i < lineEnd && (text.charAt(i) == '>' || text.charAt(i) == ' ')) {
                    i++;
                }
                Span part = QuoteScanner.trim(text, i, lineEnd);
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                lineStart = lineEnd + 1;
            }
            if (parts.isEmpty()) {
                continue;
            }
            Span content = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
            boolean alreadyMarked = marked.stream().anyMatch(m -> m.overlap(content) * 2 > content.length());
            if (alreadyMarked) {
                open = null;
                continue;
            }
            if (open != null && open.paragraph == p - 1) {
                Draft merged = new Draft(new Span(open.content.start(), content.end()), QuoteForm.BLOCK, p, -1, -1);
                merged.parts = new ArrayList<>(open.parts);
                merged.parts.addAll(parts);
                drafts.set(drafts.indexOf(open), merged);
                open = merged;
            } else {
                open = new Draft(content, QuoteForm.BLOCK, p, -1, -1);
                open.parts = parts;
                drafts.add(open);
            }
        }
    }

    private static void attribute(String text, List<Span> paragraphs, List<Draft> drafts, AttributionFinder finder) {
        java.util.Map<Integer, List<Draft>> byParagraph = new java.util.HashMap<>();
        for (Draft d : drafts) {
            byParagraph.computeIfAbsent(d.paragraph, p -> new ArrayList<>()).add(d);
        }
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.attribution != null) {
                continue;
            }
            Span para = paragraphs.get(d.paragraph);
            Draft parent = d.parent >= 0 ? drafts.get(d.parent) : null;
            Span enclosing = parent != null ? parent.content : null;
            String exclude = parent != null && parent.attribution != null ? parent.attribution.speaker() : null;
            if (d.form == QuoteForm.BLOCK) {
                int first = paragraphIndex(paragraphs, d.content.start());
                if (first > 0) {
                    d.attribution = finder.before(paragraphs.get(first - 1), null, null, false);
                }
                continue;
            }
            int beforeStart = enclosing != null ? enclosing.start() : para.start();
            int afterEnd = enclosing != null ? enclosing.end() : para.end();
            for (Draft o : byParagraph.get(d.paragraph)) {
                if (o == d || o.parent != d.parent || o.form != QuoteForm.MARKED) {
                    continue;
                }
                if (o.content.end() <= d.content.start()) {
                    beforeStart = Math.max(beforeStart, o.after());
                } else if (o.content.start() >= d.content.end()) {
                    afterEnd = Math.min(afterEnd, o.before());
                }
            }
            Span before = new Span(Math.min(beforeStart, d.before()), d.before());
            Span after = new Span(Math.min(d.after(), afterEnd), Math.max(d.after(), afterEnd));
            boolean colonBefore = before.of(text).stripTrailing().endsWith(":");
            boolean runIn = runIn(text, d, para);
            Attribution a = null;
            if (colonBefore || runIn) {
                a = finder.before(before, enclosing, exclude, runIn);
            }
            if (a == null) {
                a = finder.after(after, enclosing, exclude);
            }
            if (a == null) {
                a = finder.before(before, enclosing, exclude, runIn);
            }
            if (a == null && enclosing == null && d.continues < 0 && d.paragraph > 0 && wholeParagraph(para, d)) {
                // a paragraph that is only a quote, after "…, Phil added." or "Here is the statement in full:"
                a = finder.fromParagraphsBefore(paragraphs, d.paragraph);
            }
            if (a != null && enclosing == null) {
                finder.noteSpeaker(a.speaker(), d.after());
            }
            d.attribution = a;
        }
    }

    /** The quote stands inside the reporter's sentence, words of it before and after: a partial quotation. */
    private static boolean runIn(String text, Draft d, Span para) {
        String before = text.substring(para.start(), d.before()).stripTrailing();
        String after = text.substring(Math.min(d.after(), para.end()), para.end()).stripLeading();
        boolean wordBefore = !before.isEmpty() && Character.isLetterOrDigit(before.charAt(before.length() - 1));
        boolean wordAfter = !after.isEmpty() && (Character.isLetterOrDigit(after.charAt(0)) || ".,;".indexOf(after.charAt(0)) >= 0);
        return wordBefore && (wordAfter || after.isEmpty());
    }

    private static void classify(String text, List<Span> paragraphs, List<Draft> drafts) {
        boolean[] continued = new boolean[drafts.size()];
        for (Draft d : drafts) {
            if (d.continues >= 0) {
                continued[d.continues] = true;
            }
        }
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.form == QuoteForm.MARKED && d.continues < 0 && !continued[k]
                    && (nameUsedAsModifier(text, d) || named(text, d))) {
                d.kind = QuoteKind.TERM; // "called the 'Rocket Man' singer": a title, whoever the sentence quotes
                d.attribution = null;
                continue;
            }
            if (d.form != QuoteForm.MARKED || d.attribution != null || d.continues >= 0 || continued[k]) {
                continue;
            }
            String words = d.content.of(text).strip();
            int count = words.isEmpty() ? 0 : words.split("\\s+").length;
            boolean titleCase = words.matches("(\\p{Lu}[\\p{L}'\u2019-]*[\\s,]*){1,5}");
            Span para = paragraphs.get(d.paragraph);
            boolean wholeParagraph = d.before() - para.start() <= 1 && para.end() - d.after() <= 2;
            boolean sentenceInside = words.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
            if (!wholeParagraph && !sentenceInside
                    && (count <= TERM_MAX_WORDS || titleCase && count <= TITLE_TERM_MAX_WORDS)) {
                d.kind = QuoteKind.TERM;
            }
        }
    }

    private static final java.util.regex.Pattern DETERMINER_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\s)(?:the|a|an|his|her|their|its|our|this|that)\\s*$");

    /**
     * A short title-case quotation between a determiner and a noun ("the 'Rocket Man' singer", "a 'Yes Minister'
     * moment"): a name used as a modifier, nobody's words.
     */
    private static boolean nameUsedAsModifier(String text, Draft d) {
        String words = d.content.of(text).strip();
        if (!words.matches("(\\p{Lu}[\\p{L}'\u2019-]*\\s*){1,4}")) {
            return false;
        }
        String before = text.substring(Math.max(0, d.before() - 12), d.before());
        int after = d.after();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return DETERMINER_BEFORE.matcher(before).find() && after < text.length()
                && Character.isLowerCase(text.charAt(after));
    }

    /**
     * A name given ("called his rival 'Rocket Man'", "the so-called 'Iron Lady'"): a short title-case quotation
     * just after a verb of naming is a name, nobody's words.
     */
    private static boolean named(String text, Draft d) {
        String words = d.content.of(text).strip();
        if (!words.matches("(\\p{Lu}[\\p{L}'\u2019-]*\\s*){1,4}")) {
            return false;
        }
        String before = text.substring(Math.max(0, d.before() - 40), d.before());
        return SpeechVerbs.NAMING_BEFORE.matcher(before).find();
    }

    /**
     * Joins the paragraphs of a run-on quote and the halves of a split quote into one utterance, and lets
     * a quote with no attribution of its own inherit the speaker of the quote just before it.
     */
    private static void joinUtterances(String text, List<Span> paragraphs, List<Draft> drafts) {
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            d.utterance = k;
            if (d.continues >= 0) {
                Draft first = drafts.get(d.continues);
                d.utterance = first.utterance;
                if (d.attribution == null && first.attribution != null) {
                    d.attribution = first.attribution.inherited();
                }
                continue;
            }
            if (d.kind != QuoteKind.SPEECH || d.form != QuoteForm.MARKED || d.attribution != null) {
                continue;
            }
            Draft prev = previousSibling(drafts, k);
            if (prev == null || prev.kind != QuoteKind.SPEECH || prev.attribution == null) {
                continue;
            }
            if (prev.paragraph == d.paragraph) {
                String between = text.substring(Math.min(prev.after(), d.before()), d.before()).strip();
                boolean onlyAttribution = prev.attribution.how() == Attribution.How.AFTER
                        && between.split("\\s+").length <= SPLIT_MAX_WORDS && goesOn(text, prev, d);
                if (onlyAttribution) {
                    d.utterance = prev.utterance;
                }
                d.attribution = prev.attribution.inherited();
            } else if (prev.paragraph == d.paragraph - 1 && d.parent < 0 && wholeParagraph(paragraphs.get(d.paragraph), d)) {
                d.attribution = prev.attribution.inherited(); // a paragraph that is only a quote goes on with the last
            }
        }
    }

    /**
     * {@code "A," he said. "B."} is one sentence split by its attribution only when the first half stops mid-sentence
     * (a comma, a dash, no stop) or the second goes on in lower case; two full sentences are two quotations.
     */
    private static boolean goesOn(String text, Draft first, Draft second) {
        String a = first.content.of(text).strip();
        String b = second.content.of(text).strip();
        boolean open = !a.isEmpty() && !a.matches("(?s).*[.!?\u2026]['\"\u2019\u201D]?$");
        return open || !b.isEmpty() && Character.isLowerCase(b.codePointAt(0));
    }

    private static boolean wholeParagraph(Span para, Draft d) {
        return d.before() - para.start() <= 1 && para.end() - d.after() <= 2;
    }

    /** The closest earlier speech quote at the same nesting level (same parent). */
    private static Draft previousSibling(List<Draft> drafts, int k) {
        Draft d = drafts.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Draft o = drafts.get(j);
            if (o.parent == d.parent && o.kind == QuoteKind.SPEECH) {
                return o;
            }
            if (o.paragraph < d.paragraph - 1) {
                return null;
            }
        }
        return null;
    }

    private static List<Quote> build(String reportId, String text, List<Draft> drafts, List<Excluded> excluded) {
        List<List<Draft>> children = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            children.add(new ArrayList<>(0));
        }
        for (Draft d : drafts) {
            if (d.parent >= 0) {
                children.get(d.parent).add(d);
            }
        }
        List<Quote> out = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            List<Span> own = new ArrayList<>();
            int cursor = d.content.start();
            if (d.parts != null) {
                own.addAll(d.parts);
                cursor = d.content.end();
            }
            for (Draft c : children.get(k)) {
                Span cut = new Span(Math.max(cursor, c.before()), Math.max(cursor, c.after()));
                addTrimmed(text, cursor, cut.start(), own);
                cursor = Math.max(cursor, cut.end());
            }
            addTrimmed(text, cursor, d.content.end(), own);
            int inClutter = 0;
            for (Excluded e : excluded) {
                if (e.span().start() >= d.content.end()) {
                    break; // excluded spans are sorted
                }
                inClutter += e.span().overlap(d.content);
            }
            Attribution a = d.attribution != null ? d.attribution : Attribution.NONE;
            out.add(new Quote(id(reportId, k), reportId, d.content, own, d.content.of(text), d.kind, d.form, a,
                    d.open >= 0 ? new Span(d.open, d.open + 1) : null,
                    d.close >= 0 ? new Span(d.close, d.close + 1) : null,
                    d.parent >= 0 ? id(reportId, d.parent) : null, id(reportId, d.utterance),
                    inClutter * 2 > d.content.length()));
        }
        return out;
    }

    private static void addTrimmed(String text, int from, int to, List<Span> out) {
        if (to <= from) {
            return;
        }
        Span s = QuoteScanner.trim(text, from, to);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static String id(String reportId, int k) {
        return reportId + "-q" + (k + 1);
    }

    private static int paragraphIndex(List<Span> paragraphs, int offset) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).end() >= offset) {
                return p;
            }
        }
        return paragraphs.size() - 1;
    }
}
