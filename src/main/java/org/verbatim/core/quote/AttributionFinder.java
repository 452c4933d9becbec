package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;

/**
 * Finds who a quotation is attributed to from the words around it, in the same sentence: "X said: …",
 * "…, X said.", "…, said X.", "according to X", "X was quoted as saying", "the BBC quoted X as saying",
 * "X said he wanted to 'piss off' …". The speaker is the person named nearest the speech verb, never a
 * newspaper, a place or a word that only describes ("French", "far-right"); a pronoun resolves to the person
 * last quoted, when nobody else was named since, else to the nearest person named before; a description
 * ("the French leader", "the President") to the person the report names with that title; "the statement" to
 * whoever the quote before it was attributed to.
 */
final class AttributionFinder {

    private static final int MAX_BEFORE = 240;
    private static final int MAX_AFTER = 200;
    private static final int SENTENCES_BACK = 8;
    private static final int WORDS_BEFORE_VERB = 10;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\"\u201D\u2019']|$)");

    /** "the BBC quoted Macron as saying", "Le Parisien quoting him as saying": the object is the speaker. */
    private static final Pattern QUOTED_AS = Pattern.compile(
            "(?<!\\b(?:was|were|is|are|been|being)\\s)\\b(?<verb>(?:quoted|quoting|quotes|cited|citing|cites)\\s+(?!by\\s)(?<obj>[^,.;:\"\u201C\u201D]{1,60}?)\\s+as\\s+"
                    + "(?:saying|telling|writing|having\\s+said|calling))\\b");

    /** Words that do not stand between a quote and the person it is attributed to. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile(
            "(?i)(?:^|\\s)(?:at|in|on|to|but|and|or|because|that|which|for|with|as|than|if|when|while|about|over)\\s");

    /**
     * A subject that is someone's role in a body: "a spokesperson for the board", "the head of the union", "one of
     * his lawyers": its preposition belongs to the subject, it does not start another clause.
     */
    private static final Pattern ROLE_OF = Pattern.compile(
            "(?i)^\\s*(?:the|a|an|his|her|their|its|one|another)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?"
                    + "(?:spokes(?:man|woman|person|people)|representative|member|head|chief|director|officer|official|"
                    + "officials|source|sources|lawyer|lawyers|attorney|aide|aides|adviser|advisor|friend|colleague|"
                    + "captain|coach|manager|leader|chair|chairman|chairwoman|president|secretary|minister|of\\s+(?:his|her|their|its|the)\\s+[\\p{L}-]+)"
                    + "\\s+(?:for|of|at|from|with|to|close\\s+to)\\s+[^,;:]{1,60}?\\s*$");

    /** A headline's "Macron on unvaccinated people:". */
    private static final Pattern ON_TOPIC = Pattern.compile(
            "^\\s*(?<np>[\\p{Lu}][\\p{L}'\u2019.-]*(?:\\s+[\\p{Lu}][\\p{L}'\u2019.-]*){0,3})\\s+(?:on|to)\\s+[^:]{1,60}:\\s*$");

    /** A description: "the French leader", "a spokesman for the club", "the statement", "his lawyer". */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?i)\\b(?:the|a|an|his|her|their|its|one|another|two|three|several|some|many|both|our)"
                    + "\\s+[\\w'\u2019-]+(?:\\s+[\\w'\u2019-]+){0,4}?(?=\\s*,?\\s*$)");

    /** Documents, which speak for whoever issued them. */
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)\\b(?:statement|letter|tweet|post|note|release|memo|message|notice|communiqu\u00e9|communique)s?\\b");

    /** Nouns after a name that make the name a modifier: "Trump aide", "Putin's spokesman". */
    private static final Set<String> ROLE_NOUNS = Set.of("aide", "aides", "adviser", "advisers", "advisor",
            "advisors", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "official",
            "officials", "administration", "campaign", "team", "supporters", "allies", "ally", "government",
            "camp", "staff", "family", "son", "daughter", "wife", "husband", "office", "press", "spokespeople");

    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "by", "from", "for", "of", "at", "on", "in",
            "about", "against", "toward", "towards", "over", "than", "like", "into", "after", "before");

    /** A speaker found in the text: the name (or description) and where the text names them. */
    private record Found(String name, Span span) {}

    private final String text;
    private final Names names;
    private final List<Span> sentences;
    private final List<Span> quoteContents;
    private String lastSpeaker;
    private int lastSpeakerAt = -1;

    /**
     * @param sentences     every sentence of the report, in order
     * @param quoteContents the contents of every quotation, for telling narrative from quoted words
     */
    AttributionFinder(String text, Names names, List<Span> sentences, List<Span> quoteContents) {
        this.text = text;
        this.names = names;
        this.sentences = sentences;
        this.quoteContents = quoteContents;
    }

    /** The speaker of the quote just attributed, ending at {@code at}: what "he added" most likely refers to. */
    void noteSpeaker(String speaker, int at) {
        if (speaker != null) {
            lastSpeaker = speaker;
            lastSpeakerAt = at;
        }
    }

    /**
     * Attribution from the text after the quote: {@code after} runs from just past the closing mark to
     * where the quote's sentence or container ends.
     */
    Attribution after(Span after, Span enclosing, String excludeSpeaker) {
        if (after.isEmpty()) {
            return null;
        }
        String s = text.substring(after.start(), Math.min(after.end(), after.start() + MAX_AFTER));
        int limit = clauseEnd(s);
        String clause = s.substring(0, limit);
        Matcher quoted = QUOTED_AS.matcher(clause);
        if (quoted.find() && words(clause.substring(0, quoted.start())) <= 6) {
            Found f = phrase(new Span(after.start() + quoted.start("obj"), after.start() + quoted.end("obj")), false,
                    enclosing, excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), quoted.group("verb"),
                        new Span(after.start() + quoted.start("verb"), after.start() + quoted.end("verb")),
                        Attribution.How.AFTER);
            }
        }
        Matcher acc = SpeechVerbs.AFTER_ACCORDING.matcher(clause);
        if (acc.find()) {
            Found f = phrase(new Span(after.start() + acc.start("np"), after.start() + acc.end("np")), false, enclosing,
                    excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), "according to", null, Attribution.How.ACCORDING_TO);
            }
        }
        Matcher v = SpeechVerbs.VERB.matcher(clause);
        while (v.find()) {
            String pre = clause.substring(0, v.start("verb"));
            if (words(pre) > WORDS_BEFORE_VERB) {
                return null;
            }
            Span verb = new Span(after.start() + v.start("verb"), after.start() + v.end("verb"));
            int lead = leadingPunctuation(pre);
            Found f;
            if (words(pre.substring(lead)) == 0) {
                // ", said Peskov." / ", said the club's chairman, Sean Hurley."
                int end = clause.length();
                Matcher stop = Pattern.compile("[,.;:!?]").matcher(clause);
                if (stop.find(v.end())) {
                    end = stop.start();
                }
                f = phrase(new Span(verb.end(), after.start() + end), false, enclosing, excludeSpeaker);
            } else if (!ROLE_OF.matcher(subjectHead(pre.substring(lead))).matches()
                    && NOT_A_SUBJECT.matcher(subjectHead(pre.substring(lead))).find()) {
                return null; // "… at the allegations but added": another clause, not the quote's attribution
            } else {
                f = phrase(new Span(after.start() + lead, verb.start()), true, enclosing, excludeSpeaker);
            }
            if (f != null) {
                return new Attribution(f.name(), f.span(), verb.of(text), verb, Attribution.How.AFTER);
            }
            return null;
        }
        return null;
    }

    /**
     * Attribution from the text before the quote: {@code before} runs from where the quote's sentence may
     * start (paragraph start, previous quote, enclosing quote) to the opening mark.
     *
     * @param runIn the quote stands inside the reporter's sentence ("said he wanted to 'piss off' the …"):
     *              the speech verb may stand further back
     */
    Attribution before(Span before, Span enclosing, String excludeSpeaker, boolean runIn) {
        if (before.isEmpty()) {
            return null;
        }
        int from = Math.max(before.start(), before.end() - MAX_BEFORE);
        String pre = text.substring(from, before.end());
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(pre);
        while (end.find()) {
            if (end.end() < pre.strip().length() && !abbreviation(pre, end.start())) {
                sentenceStart = end.end();
            }
        }
        String sentence = pre.substring(sentenceStart);
        int base = from + sentenceStart;
        String trimmed = sentence.stripTrailing();
        if (trimmed.isEmpty() || trimmed.matches("(?s).*[.!?][\"\u201D\u2019']?$")) {
            return null; // '…," she said. "…': the sentence before ended; it introduces nothing
        }
        boolean introduces = trimmed.endsWith(":") || trimmed.endsWith(",");
        Matcher topic = ON_TOPIC.matcher(sentence);
        if (topic.find()) {
            Found f = phrase(new Span(base + topic.start("np"), base + topic.end("np")), false, enclosing,
                    excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), null, null, Attribution.How.BEFORE);
            }
        }
        Matcher acc = SpeechVerbs.BEFORE_ACCORDING.matcher(sentence);
        if (acc.find()) {
            Found f = phrase(new Span(base + acc.start("np"), base + acc.end("np")), false, enclosing, excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), "according to", null, Attribution.How.ACCORDING_TO);
            }
        }
        Matcher own = WORDS_OF.matcher(sentence);
        if (own.find()) {
            // "In his words:", "In Macron's own words,": whose words they are
            Found f = own.group("pron") != null
                    ? pronounAt(new Span(base + own.start("pron"), base + own.end("pron")), enclosing, excludeSpeaker)
                    : new Found(names.complete(own.group("name")), new Span(base + own.start("name"), base + own.end("name")));
            if (f != null) {
                return new Attribution(f.name(), f.span(), null, null, Attribution.How.BEFORE);
            }
        }
        Matcher quoted = QUOTED_AS.matcher(sentence);
        Matcher lastQuoted = null;
        while (quoted.find()) {
            lastQuoted = quoted;
            quoted = QUOTED_AS.matcher(sentence).region(quoted.end(), sentence.length());
        }
        if (lastQuoted != null && words(sentence.substring(lastQuoted.end())) <= 12) {
            Found f = phrase(new Span(base + lastQuoted.start("obj"), base + lastQuoted.end("obj")), false, enclosing,
                    excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), lastQuoted.group("verb"), null, Attribution.How.BEFORE);
            }
        }
        Matcher v = SpeechVerbs.VERB.matcher(sentence);
        int vs = -1;
        int ve = -1;
        while (v.find()) {
            vs = v.start("verb");
            ve = v.end("verb");
        }
        boolean goesOnFromQuote = lastSpeaker != null && base - lastSpeakerAt >= 0 && base - lastSpeakerAt < 3;
        if (vs < 0 && trimmed.endsWith(":") && !runIn && words(sentence) <= 16) {
            // "Asked for her outlook, she was characteristically blunt:" / "Peskov was categorical:"
            Found f = introducer(new Span(base, base + trimmed.length() - 1), enclosing, excludeSpeaker);
            if (f != null) {
                return new Attribution(f.name(), f.span(), null, null, Attribution.How.BEFORE);
            }
        }
        if (vs < 0) {
            // "… wants to “hassle” the unvaccinated rather than “piss them off”": the same speaker's words
            return goesOnFromQuote && runIn && words(sentence) <= 8
                    ? new Attribution(lastSpeaker, null, null, null, Attribution.How.INHERITED) : null;
        }
        String tail = sentence.substring(ve).strip();
        int tailWords = words(tail);
        Matcher mark = Pattern.compile("[\"\u201C\u2018']").matcher(sentence).region(ve, sentence.length());
        if (SpeechVerbs.NAMING_BEFORE.matcher(sentence).find()
                || mark.find() && SpeechVerbs.NAMING_BEFORE.matcher(sentence.substring(0, mark.end())).find()) {
            return null; // "called his rival 'Rocket Man'", "… and dismissed the report as": the verb named someone
        }
        boolean complement = tail.matches("(?is).*\\bthat$");
        if (!(tailWords <= 4 || introduces && tailWords <= 12 || complement && tailWords <= 12
                || runIn && tailWords <= 16)) {
            return null;
        }
        Span verb = new Span(base + vs, base + ve);
        // "Peskov said Putin told him:": the words are Putin's, Peskov relays them
        String relayer = null;
        int clause = base;
        Matcher earlier = SpeechVerbs.VERB.matcher(sentence.substring(0, vs));
        while (earlier.find()) {
            String rest = sentence.substring(earlier.end(), vs);
            if (rest.matches("(?s)\\s+(?:that\\s+)?[\\p{Lu}][\\p{L}'\u2019-]+(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]+)*\\s+")) {
                Found who = subject(new Span(base, base + earlier.start("verb")), enclosing, excludeSpeaker);
                relayer = who != null ? who.name() : null;
                clause = base + earlier.end();
            }
        }
        Found f = subject(new Span(clause, base + vs), enclosing, excludeSpeaker);
        if (f == null && goesOnFromQuote
                && sentence.matches("(?is)\\s*(?:,|;)?\\s*(?:[\\p{Ll}][\\p{L}-]*\\s+){0,6}(?:but|and|then)\\s.*")) {
            f = new Found(lastSpeaker, null); // "she was “saddened” at the allegations but added “…”"
        }
        if (f == null) {
            return null;
        }
        return new Attribution(f.name(), f.span(), verb.of(text), verb, Attribution.How.BEFORE);
    }

    /** A paragraph that ends with its own attribution: "…, Phil added." / "…, said the coach." */
    private static final Pattern CLOSING = Pattern.compile(
            ",\\s*(?<rest>[^,]{2,80}?)[.!]?[\"\u201D\u2019']?\\s*$");

    /** "Here is the statement in full:", "The statement read:", "Its full text follows." */
    private static final Pattern INTRODUCES_DOCUMENT = Pattern.compile(
            "(?i)\\b(?:statement|letter|message|post|tweet|note|text|release)\\b[^.!?]{0,40}(?::|\\bin full\\.?|\\bfollows\\.?)\\s*$");

    /**
     * The speaker of a paragraph that is only a quotation, from the paragraphs before it: the attribution that
     * closes the paragraph just before ("…, Phil added."), or the issuer of a document it introduces ("Buckingham
     * Palace … Here is the statement in full.").
     */
    Attribution fromParagraphsBefore(List<Span> paragraphs, int paragraph) {
        Span prev = paragraphs.get(paragraph - 1);
        String p = prev.of(text);
        if (p.stripTrailing().endsWith(":")) {
            Attribution intro = before(prev, null, null, false); // "Dr Osei, Reader in Glaciology, said:"
            if (intro != null) {
                return intro;
            }
        }
        Matcher closing = CLOSING.matcher(p);
        if (closing.find()) {
            Span rest = new Span(prev.start() + closing.start("rest"), prev.start() + closing.end("rest"));
            Matcher v = SpeechVerbs.VERB.matcher(rest.of(text));
            if (v.find() && (v.start() == 0 || v.end() >= rest.length() - 1 || rest.of(text).substring(v.end()).isBlank())) {
                Span verb = new Span(rest.start() + v.start("verb"), rest.start() + v.end("verb"));
                Found f = v.start() == 0 ? phrase(new Span(verb.end(), rest.end()), false, null, null)
                        : phrase(new Span(rest.start(), verb.start()), true, null, null);
                if (f != null && !insideQuote(verb)) {
                    return new Attribution(f.name(), f.span(), verb.of(text), verb, Attribution.How.AFTER);
                }
            }
        }
        for (int k = paragraph - 1; k >= Math.max(0, paragraph - 2); k--) {
            Span para = paragraphs.get(k);
            if (INTRODUCES_DOCUMENT.matcher(para.of(text)).find()) {
                for (int j = k; j >= Math.max(0, k - 1); j--) {
                    Found issuer = issuer(paragraphs.get(j));
                    if (issuer != null) {
                        return new Attribution(issuer.name(), issuer.span(), null, null, Attribution.How.BEFORE);
                    }
                }
            }
        }
        String going = continuing(paragraphs.get(paragraph).start());
        return going == null ? null : new Attribution(going, null, null, null, Attribution.How.INHERITED);
    }

    /**
     * The speaker quoted last, when the text names nobody else between that quote and {@code at} and it is
     * near: who a quote with no attribution of its own most likely goes on quoting.
     */
    private String continuing(int at) {
        if (lastSpeaker == null || at - lastSpeakerAt > 1500 || at < lastSpeakerAt) {
            return null;
        }
        for (Names.Mention m : names.mentionsIn(new Span(lastSpeakerAt, at))) {
            if (!m.possessive() && !insideQuote(m.span()) && !sameName(names.complete(m.name()), lastSpeaker)) {
                return null;
            }
        }
        return lastSpeaker;
    }

    /** Who a paragraph says issued something: its first name of two or more capitalised words, a body or a person. */
    private Found issuer(Span para) {
        for (Span run : Names.capitalisedRuns(text, para)) {
            String r = run.of(text).replaceAll("['\u2019]s$", "");
            if (r.split("\\s+").length < 2 || r.equals(r.toUpperCase(Locale.ROOT)) || Names.isOutlet(r)
                    || insideQuote(run)) {
                continue;
            }
            Names.Mention m = names.toMention(text, run.start(), run.end(), true);
            return m != null ? new Found(names.complete(m.name()), m.span()) : new Found(r, run);
        }
        return null;
    }

    /**
     * The speaker named in {@code range}: the person named nearest its end ({@code nearEnd}, the subject just
     * before a verb) or nearest its start (after "said", after "quoted"); else a pronoun; else a description.
     */
    private Found phrase(Span range, boolean nearEnd, Span enclosing, String exclude) {
        if (range.isEmpty()) {
            return null;
        }
        List<Names.Mention> persons = new ArrayList<>();
        for (Span run : Names.capitalisedRuns(text, range)) {
            Names.Mention m = names.toMention(text, run.start(), run.end(), true);
            if (m == null || m.possessive() || modifier(m) || objectOfPreposition(m.span().start(), range)
                    || enclosing == null && insideQuote(m.span())) {
                continue;
            }
            persons.add(m);
        }
        if (!persons.isEmpty()) {
            Names.Mention m = persons.get(nearEnd ? persons.size() - 1 : 0);
            return new Found(names.complete(m.name()), m.span());
        }
        String s = range.of(text);
        Matcher pron = Pattern.compile("\\b(?i:he|she|they|him|her|them)\\b").matcher(s);
        Span pronoun = null;
        while (pron.find()) {
            pronoun = new Span(range.start() + pron.start(), range.start() + pron.end());
            if (!nearEnd) {
                break;
            }
        }
        if (pronoun != null && (nearEnd ? text.substring(pronoun.end(), range.end()).strip().split("\\s+").length <= 3
                : true)) {
            String who = resolvePronoun(pronoun.of(text), pronoun.start(), enclosing, exclude);
            return who == null ? null : new Found(who, pronoun);
        }
        String trimmed = s.replaceAll("[\\s,;:\u2014\u2013-]+$", "");
        Matcher desc = DESCRIPTION.matcher(trimmed);
        if (desc.find()) {
            Span at = new Span(range.start() + desc.start(), range.start() + desc.end());
            return describe(at.of(text), at);
        }
        return null;
    }

    /**
     * The subject of the clause in {@code range} (a sentence up to its speech verb): the first person named or
     * pronoun, the words before it aside ("Among the revelations, Meghan said"), else the description it opens
     * with ("The president seemed to make a joke …, tweeting:").
     */
    private Found subject(Span range, Span enclosing, String exclude) {
        range = mainClause(range);
        String s = range.of(text);
        Matcher opening = OPENING_DESCRIPTION.matcher(s);
        if (opening.find() && !s.substring(opening.end()).matches("(?s)\\s*,\\s*[\\p{Lu}].*") && !hasFullName(range, enclosing)) {
            // "the head of the Federal Department … said": the head, not "Environment"
            Span at = new Span(range.start() + opening.start("np"), range.start() + opening.end("np"));
            return describe(at.of(text), at);
        }
        Span pronoun = null;
        Matcher pron = Pattern.compile("\\b(?i:he|she|they)\\b").matcher(s);
        if (pron.find()) {
            pronoun = new Span(range.start() + pron.start(), range.start() + pron.end());
        }
        Names.Mention single = null;
        Names.Mention inner = null;
        for (Span run : Names.capitalisedRuns(text, range)) {
            if (pronoun != null && run.start() > pronoun.start()) {
                break;
            }
            Names.Mention m = names.toMention(text, run.start(), run.end(), true);
            if (m == null || m.possessive() || modifier(m) || objectOfPreposition(m.span().start(), range)
                    || enclosing == null && insideQuote(m.span())) {
                continue;
            }
            if (m.name().contains(" ")) {
                return new Found(names.complete(m.name()), m.span()); // a full name beats a lone word
            }
            boolean opens = Names.isSentenceStart(text, m.span().start()) || m.span().start() == range.start();
            if (!opens && inner == null) {
                inner = m; // "Among …, Meghan said": not the capitalised word that opens the sentence
            }
            if (single == null) {
                single = m;
            }
        }
        single = inner != null ? inner : single;
        if (single != null) {
            return new Found(names.complete(single.name()), single.span());
        }
        if (pronoun != null) {
            String who = resolvePronoun(pronoun.of(text), pronoun.start(), enclosing, exclude);
            return who == null ? null : new Found(who, pronoun);
        }
        Matcher desc = OPENING_DESCRIPTION.matcher(s);
        if (desc.find()) {
            Span at = new Span(range.start() + desc.start("np"), range.start() + desc.end("np"));
            return describe(at.of(text), at);
        }
        return null;
    }

    /** The person a possessive pronoun stands for ("his", "her", "their"), as the pronoun it is the form of. */
    private Found pronounAt(Span pronoun, Span enclosing, String exclude) {
        String p = pronoun.of(text).toLowerCase(Locale.ROOT);
        String subject = p.equals("his") ? "he" : p.equals("her") ? "she" : "they";
        String who = resolvePronoun(subject, pronoun.start(), enclosing, exclude);
        return who == null ? null : new Found(who, pronoun);
    }

    /**
     * The subject of a sentence that introduces a quote with a colon and no speech verb ("she was blunt:",
     * "Peskov was categorical:"): a person named or a pronoun, never a description, and only when the subject is
     * followed by a linking verb, so that "The full text:" or "Reaction from the club:" introduce nobody.
     */
    private Found introducer(Span range, Span enclosing, String exclude) {
        Span clause = mainClause(range);
        String s = clause.of(text);
        Matcher m = INTRODUCER.matcher(s);
        if (!m.find()) {
            return null;
        }
        Span subject = new Span(clause.start() + m.start("subj"), clause.start() + m.end("subj"));
        String word = subject.of(text);
        if (word.matches("(?i)he|she|they")) {
            String who = resolvePronoun(word, subject.start(), enclosing, exclude);
            return who == null ? null : new Found(who, subject);
        }
        for (Span run : Names.capitalisedRuns(text, subject)) {
            Names.Mention n = names.toMention(text, run.start(), run.end(), true);
            if (n != null && !n.possessive() && (enclosing != null || !insideQuote(n.span()))) {
                return new Found(names.complete(n.name()), n.span());
            }
        }
        return null;
    }

    /** "she was characteristically blunt", "Peskov was categorical", "Arrieta is in no doubt". */
    private static final Pattern INTRODUCER = Pattern.compile(
            "^\\s*(?<subj>(?i:he|she|they)|[\\p{Lu}][\\p{L}'\u2019-]+(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]+){0,3})\\s+"
                    + "(?:was|is|were|are|had\\s+been|has\\s+been|remained|remains|sounded|seemed|seems|appeared|got)\\s+"
                    + "[^:]{1,60}$");

    /** "In his words:", "In Macron's own words,": the words are the owner's. */
    private static final Pattern WORDS_OF = Pattern.compile(
            "(?i)\\b(?:in\\s+)?(?:(?<pron>his|her|their)|(?-i:(?<name>[\\p{Lu}][\\p{L}'\u2019-]+(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]+){0,2}))['\u2019]s)"
                    + "\\s+(?:own\\s+)?words\\s*[:,]?\\s*$");

    /** Whether the range names a person with two or more words ("The head of the union, Tomasz Kowalczyk,"). */
    private boolean hasFullName(Span range, Span enclosing) {
        for (Span run : Names.capitalisedRuns(text, range)) {
            Names.Mention m = names.toMention(text, run.start(), run.end(), true);
            if (m != null && m.name().contains(" ") && !m.possessive() && (enclosing != null || !insideQuote(m.span()))) {
                return true;
            }
        }
        return false;
    }

    /** Openers that make a subordinate clause before the subject: "When she was pregnant, Meghan said". */
    private static final Pattern SUBORDINATE_OPENING = Pattern.compile(
            "^\\s*(?i:when|while|after|before|as|if|although|though|because|since|speaking|asked|among|in|on|at|"
                    + "during|despite|following|unlike|like|for|with)\\b[^,]{0,120},");

    /** A clause inside the sentence that the verb belongs to: "…, where the Queen says". */
    private static final Pattern INNER_CLAUSE = Pattern.compile(
            "(?i),\\s*(?:where|when|as|after|while|because|since|whereas)\\s");

    /** The part of a sentence before its speech verb that holds the verb's subject. */
    private Span mainClause(Span range) {
        String s = range.of(text);
        int start = 0;
        Matcher inner = INNER_CLAUSE.matcher(s);
        while (inner.find()) {
            start = inner.end();
        }
        Matcher label = Pattern.compile(":\\s+(?=[\\p{Lu}])").matcher(s);
        while (label.find()) {
            start = Math.max(start, label.end()); // "The backstory: Macron said"
        }
        if (start == 0) {
            Matcher sub = SUBORDINATE_OPENING.matcher(s);
            if (sub.find() && s.substring(sub.end()).strip().length() > 0) {
                start = sub.end();
            }
        }
        return new Span(range.start() + start, range.end());
    }

    /** The description a clause opens with: "The president", "A statement from the palace", "Royal experts". */
    private static final Pattern OPENING_DESCRIPTION = Pattern.compile(
            "^[\\s\"\u201C\u2018']*(?<np>(?:(?i:the|a|an|his|her|their|its)|[\\p{Lu}][\\p{L}]+['\u2019]s|[\\p{Lu}][\\p{Ll}]+(?=\\s+(?:minister|leader|politician|lawmaker|"
                    + "candidate|secretary|president|spokesman|spokeswoman|official|professor|expert|author|scientist)\\b))\\s+(?:(?!(?i:this|that|on|in|at|said|says|"
                    + "seemed|seems|has|had|have|was|is|were|are|will|would|who|which|to|for|with|after|before|when|"
                    + "and|but|also|then|later|earlier|yesterday|today|from|of|by)\\b)[\\w'\u2019-]+\\s*){1,3}"
                    + "(?:(?i:from|of|by|for)\\s+(?i:the\\s+)?[\\w'\u2019-]+(?:\\s+[\\w'\u2019-]+)?)?)");

    /** A description, as the person it names when the report says who that is. */
    private Found describe(String description, Span at) {
        String lower = description.toLowerCase(Locale.ROOT).strip();
        if (DOCUMENT.matcher(lower).find()) {
            // "a statement from the palace", "the statement continued": whoever issued it
            Matcher by = Pattern.compile("(?i)\\b(?:from|by|of)\\s+(.+)$").matcher(description);
            if (by.find()) {
                String issuer = names.resolveDescription(by.group(1));
                return new Found(issuer != null ? issuer : lower, at);
            }
            Matcher issued = Pattern.compile("^\\s*,?\\s*(?:issued|released|published|sent|put out|signed)\\s+by\\s+"
                    + "((?:the\\s+)?[\\p{Lu}][\\p{L}'\u2019-]*(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]*){0,3})").matcher(text)
                    .region(at.end(), Math.min(text.length(), at.end() + 80));
            if (issued.find()) {
                return new Found(issued.group(1), new Span(issued.start(1), issued.end(1)));
            }
            Matcher behalf = Pattern.compile("^[^.;:]{0,40}?\\b(?i:on\\s+behalf\\s+of)\\s+((?i:the\\s+)?[\\p{L}'\u2019-]+"
                    + "(?:\\s+[\\p{Lu}][\\p{L}'\u2019-]*){0,2})").matcher(text)
                    .region(at.end(), Math.min(text.length(), at.end() + 80));
            if (behalf.find()) {
                String who = behalf.group(1);
                String person = names.resolveDescription(who);
                return new Found(person != null ? person : who.toLowerCase(Locale.ROOT), at);
            }
            return lastSpeaker != null ? new Found(lastSpeaker, at) : new Found(lower, at);
        }
        String person = names.resolveDescription(lower);
        String head = lower.replaceAll("\\s+(?:of|for|from|by|at)\\s.*$", "");
        if (person == null && PERSON_NOUN.matcher(head).find() && head.startsWith("the ")) {
            person = nearestPersonBefore(at.start()); // "the head of the department", "the 68-year-old singer"
        }
        return new Found(person != null ? person : lower, at);
    }

    /** Heads of descriptions that stand for one person the report has named. */
    private static final Pattern PERSON_NOUN = Pattern.compile(
            "\\b(?:head|minister|leader|singer|star|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|official|"
                    + "secretary|president|premier|chancellor|mayor|governor|senator|lawmaker|politician|candidate|chief|"
                    + "executive|director|manager|coach|player|actor|actress|author|expert|professor|scientist|researcher|"
                    + "lawyer|judge|prince|princess|duke|duchess|councillor|\\d+-year-old|veteran|striker|captain|defender|"
                    + "midfielder|goalkeeper|winger|forward|boss|founder|owner|officer|commissioner|ambassador|"
                    + "economist|analyst|activist|campaigner|skipper|commander|"
                    + "prosecutor|ceo)$");

    /**
     * The person last named, outside quotations, in the three sentences up to {@code at}; a name that is the
     * object of a preposition ("in the press room of La Rambla") only when no sentence names anyone else.
     */
    private String nearestPersonBefore(int at) {
        int idx = sentenceIndexAt(at);
        String fallback = null;
        for (int k = idx; k >= 0 && k > idx - 3; k--) {
            Span sentence = sentences.get(k);
            Span part = new Span(sentence.start(), Math.max(sentence.start(), Math.min(at, sentence.end())));
            List<Names.Mention> ms = names.mentionsIn(part);
            for (int j = ms.size() - 1; j >= 0; j--) {
                Names.Mention m = ms.get(j);
                if (m.possessive() || insideQuote(m.span())) {
                    continue;
                }
                if (!objectOfPreposition(m.span().start(), part)) {
                    return names.complete(m.name());
                }
                if (fallback == null) {
                    fallback = names.complete(m.name());
                }
            }
        }
        return fallback;
    }

    /**
     * "Trump aide", "Putin's spokesman": a name that only says whose aide; "Swiss minister", "the Green
     * politician": a lone capitalised word before a noun, an adjective rather than a name.
     */
    private boolean modifier(Names.Mention m) {
        Matcher next = Pattern.compile("^['\u2019]?s?\\s+([\\p{Ll}][\\p{L}-]*)").matcher(text)
                .region(m.span().end(), Math.min(text.length(), m.span().end() + 30));
        if (!next.find()) {
            return false;
        }
        String word = next.group(1);
        if (ROLE_NOUNS.contains(word)) {
            return true;
        }
        boolean lone = !m.name().contains(" ") && text.charAt(m.span().end()) == ' '
                && (Names.isSentenceStart(text, m.span().start())
                    || text.substring(Math.max(0, m.span().start() - 4), m.span().start()).matches("(?i).*\\b(?:the|a|an)\\s$"));
        return lone && !CLAUSE_WORDS.contains(word) && !word.endsWith("ly")
                && !SpeechVerbs.VERB.matcher(text).region(next.start(1), Math.min(text.length(), next.start(1) + 60)).lookingAt()
                && !word.matches(".*(?:ed|s)$");
    }

    /** Words after a name that start its clause rather than make the name an adjective. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "and", "or", "but", "also", "then", "later",
            "has", "had", "have", "was", "is", "will", "would", "could", "can", "may", "might", "did", "does",
            "told", "never", "once", "again", "still", "yesterday", "today", "on", "in", "at");

    /** "Speaking to X", "an interview with X": X is spoken to, not speaking. */
    private boolean objectOfPreposition(int at, Span range) {
        int i = at - 1;
        while (i >= range.start() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int j = i;
        while (j >= range.start() && Character.isLetter(text.charAt(j))) {
            j--;
        }
        String word = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
        return PREPOSITIONS.contains(word);
    }

    /**
     * The person a pronoun at {@code at} refers to: the speaker quoted last when nobody else was named since,
     * else the first person named in the nearest sentence that names one. Outside quotations, names inside
     * quoted words do not count; inside a quotation ({@code enclosing} non-null) they do, and its own speaker
     * is skipped.
     */
    String resolvePronoun(String pronoun, int at, Span enclosing, String exclude) {
        Matcher bracket = Pattern.compile("^\\s*\\[([^\\]\\n]{2,40})\\]").matcher(text)
                .region(Math.min(text.length(), at + pronoun.length()), Math.min(text.length(), at + pronoun.length() + 44));
        if (bracket.find()) {
            // "He [the minister] said": the editor says who
            String inside = bracket.group(1).strip();
            String person = Character.isUpperCase(inside.charAt(0)) ? names.complete(inside) : names.resolveDescription(inside);
            return person != null ? person : inside.toLowerCase(Locale.ROOT);
        }
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("i") || p.equals("we") || p.equals("it")) {
            return null;
        }
        boolean plural = p.equals("they") || p.equals("them");
        if (!plural && enclosing == null && lastSpeaker != null && lastSpeakerAt <= at && at - lastSpeakerAt < 1500
                && !sameName(lastSpeaker, exclude)) {
            boolean other = false;
            for (Names.Mention m : names.mentionsIn(new Span(Math.max(0, lastSpeakerAt), at))) {
                if (!m.possessive() && !insideQuote(m.span()) && !sameName(names.complete(m.name()), lastSpeaker)) {
                    other = true;
                }
            }
            String described = describedBetween(lastSpeakerAt, at);
            if (!other) {
                return described != null ? described : lastSpeaker;
            }
        }
        int idx = sentenceIndexAt(at);
        for (int k = idx, seen = 0; k >= 0 && seen < SENTENCES_BACK; k--, seen++) {
            Span sentence = sentences.get(k);
            Span part = k == idx ? new Span(sentence.start(), Math.max(sentence.start(), Math.min(at, sentence.end())))
                    : sentence;
            if (plural) {
                Matcher m = SpeechVerbs.PLURAL_SUBJECT.matcher(part.of(text));
                if (m.find()) {
                    return m.group().toLowerCase(Locale.ROOT);
                }
                continue;
            }
            for (Names.Mention m : names.mentionsIn(part)) {
                if (m.possessive() || modifier(m) || objectOfPreposition(m.span().start(), part)) {
                    continue;
                }
                if (enclosing == null && insideQuote(m.span())) {
                    continue;
                }
                String name = names.complete(m.name());
                if (exclude != null && sameName(name, exclude)) {
                    continue;
                }
                return name;
            }
        }
        return null;
    }

    /** The last person a description names between two points ("… what the president meant when he tweeted"). */
    private String describedBetween(int from, int to) {
        if (from < 0 || to <= from) {
            return null;
        }
        Matcher d = Pattern.compile("\\b(?i:the)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+").matcher(text).region(from, to);
        String found = null;
        while (d.find()) {
            if (insideQuote(new Span(d.start(), d.end()))) {
                continue;
            }
            String person = names.resolveDescription(d.group());
            if (person != null && !sameName(person, lastSpeaker)) {
                found = person;
            }
        }
        return found;
    }

    /** Where the clause after a quote ends: a line break, or a full stop that ends the sentence. */
    /**
     * The subject without its apposition: "Maria Lopez" of "Maria Lopez, a spokeswoman for Skyline Air, " (the
     * apposition may hold any preposition; the subject itself may not).
     */
    private static String subjectHead(String subject) {
        int comma = subject.indexOf(',');
        return comma > 0 && subject.strip().endsWith(",") ? subject.substring(0, comma) + " " : subject;
    }

    private static int clauseEnd(String s) {
        int nl = s.indexOf('\n');
        int limit = nl < 0 ? s.length() : nl;
        Matcher end = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"\u201C])").matcher(s);
        if (end.find() && end.start() < limit) {
            limit = end.start();
        }
        return limit;
    }

    /** "Jan. 15", "Mr. Smith", "U.S. officials": a stop that ends no sentence. */
    private static boolean abbreviation(String s, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            i--;
        }
        String word = s.substring(i + 1, dot);
        return word.length() == 1 || Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Sen", "Rep", "Gov", "Prof", "Jr", "Sr", "No").contains(word);
    }

    private static int leadingPunctuation(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || ",.!?;:\u2014\u2013-".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Whether {@code s} lies inside a quotation; contents are sorted by start and nest at most a few deep. */
    private boolean insideQuote(Span s) {
        int lo = 0;
        int hi = quoteContents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteContents.get(mid).start() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
            if (quoteContents.get(k).contains(s)) {
                return true;
            }
        }
        return false;
    }

    private int sentenceIndexAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= at) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    static boolean isPronoun(String s) {
        return SpeechVerbs.PRONOUN.matcher(s.strip()).matches();
    }

    /** Two names of one person: equal, or one is a part of the other ("Peskov", "Dmitry Peskov"). */
    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        List<String> xs = new ArrayList<>(List.of(x.split("\\s+")));
        List<String> ys = new ArrayList<>(List.of(y.split("\\s+")));
        return xs.containsAll(ys) || ys.containsAll(xs);
    }
}
