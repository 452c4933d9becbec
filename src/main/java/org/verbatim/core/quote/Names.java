package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;

/**
 * Person names in running text, by capitalisation: "President Vladimir Putin" is a person named
 * "Vladimir Putin"; "The Moscow Times" and "Russia" are not. Within one report, a lone "Peskov" or "Elton"
 * resolves to the full name printed elsewhere ("Dmitry Peskov", "Elton John").
 */
final class Names {

    /** A name found in the text. */
    record Mention(Span span, String name, boolean possessive) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,;:]$");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");
    private static final Pattern NOT_NAME_LETTERS = Pattern.compile("[^\\p{L}-]");
    private static final Pattern NAME_LETTERS = Pattern.compile("[\\p{L}-]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern APOSTROPHE_END = Pattern.compile("('s|\u2019s|'|\u2019)$");
    private static final Pattern END_STOP = Pattern.compile("[.,]$");

    private static final String WORD = "(?:(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Capt|Col|Sgt|Rev|Jr|Sr)\\."
            + "|[\\p{Lu}][\\p{L}\\p{M}'\u2019\\-]*(?<!')|[\\p{Lu}]\\.)";

    /** A run of capitalised words on one line, with name particles (de, van, bin, ...) allowed inside. */
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}@#_\\\\])" + WORD
                    + "(?:[ \\t\u00A0]+(?:(?:de|van|von|der|den|bin|al|el|da|di|du|le|la|del|della|dos|ter|ibn|abu)"
                    + "[ \\t\u00A0]+)?" + WORD + ")*");

    static final Set<String> TITLES = Set.copyOf(List.of(
            "president", "prime", "minister", "sir", "dame", "lord", "lady", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "dr", "dr.", "prof", "prof.", "professor", "senator", "sen.", "rep.", "representative", "governor",
            "gov.", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
            "general", "gen.", "colonel", "col.", "captain", "capt.", "sergeant", "sgt.", "chief", "secretary",
            "ambassador", "commissioner", "inspector", "officer", "detective", "coach", "manager", "director",
            "chairman", "chairwoman", "ceo", "head", "spokesman", "spokeswoman", "spokesperson", "foreign",
            "deputy", "vice", "state", "mp", "mep", "cllr", "cllr.", "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "sheriff", "lieutenant", "lt.", "major", "maj.", "sgt", "supt", "superintendent", "constable", "reverend", "rev.", "father", "sister", "brother", "saint",
            "st.", "archbishop", "bishop", "rabbi", "imam", "sheikh", "emir", "sultan", "premier", "leader",
            "singer", "star", "actor", "actress", "coach", "striker", "midfielder", "defender", "goalkeeper",
            "former", "late", "new", "interim", "acting", "british", "russian", "american", "french", "german"));

    /** Titles of office that end a "Portfolio Title Name" run. */
    static final Set<String> JOB_TITLES = Set.copyOf(List.of(
            "minister", "secretary", "president", "chancellor", "spokesman", "spokeswoman", "spokesperson",
            "governor", "mayor", "senator", "ambassador", "commissioner", "director", "chairman", "chairwoman",
            "chair", "ceo", "manager", "coach", "captain", "chief", "officer", "premier", "leader", "judge",
            "professor", "prof", "prof.", "dr", "dr.", "sir", "dame", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "vice-principal", "principal", "general", "admiral", "king", "queen", "prince", "princess", "pope"));

    /** Words that, capitalised, are not a person: function words at a sentence start, months, places, bodies. */
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "so", "in", "on", "at", "as",
            "for", "of", "to", "by", "with", "from", "he", "she", "it", "they", "we", "i", "you", "his", "her",
            "their", "our", "its", "my", "your", "after", "before", "during", "when", "while", "afterwards",
            "however", "meanwhile", "yet", "still", "also", "then", "now", "there", "here", "if", "though",
            "although", "because", "since", "until", "once", "last", "next", "earlier", "later", "today",
            "yesterday", "tomorrow", "on", "according", "speaking", "asked", "despite", "instead", "both",
            "neither", "either", "some", "many", "most", "all", "no", "not", "one", "two", "three", "what",
            "who", "why", "how", "where", "which", "whose", "dear", "thank", "thanks", "please", "read",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "russia", "ukraine", "moscow", "kremlin", "britain", "england", "london", "europe", "america",
            "washington", "china", "france", "germany", "paris", "berlin", "instagram", "twitter", "facebook",
            "youtube", "tiktok", "telegram", "bbc", "cnn", "tass", "reuters", "afp", "ap", "abc", "nbc", "cbs",
            "lgbt", "un", "eu", "nato", "us", "uk", "usa", "western", "eastern", "northern", "southern",
            "christmas", "easter", "god", "internet", "web", "tv", "state", "government", "parliament", "police",
            "sign", "support", "report", "share", "subscribe", "original", "source", "advertisement", "preview",
            "privacy", "policy", "continue", "monthly", "annual", "remind", "message", "photo", "video", "post"));

    /** Words that make a capitalised run an organisation or a place rather than a person. */
    static final Set<String> ORGANISATION_WORDS = Set.copyOf(List.of(
            "times", "news", "post", "agency", "office", "ministry", "party", "council", "committee", "university",
            "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "group", "bank", "commission", "court", "police",
            "department", "government", "parliament", "assembly", "senate", "house", "kremlin", "journal", "tribune",
            "herald", "guardian", "telegraph", "press", "media", "network", "channel", "radio", "television",
            "club", "united", "city", "fc", "association", "federation", "union", "institute", "foundation",
            "company", "service", "services", "airlines", "airport", "hospital", "school", "college", "church",
            "street", "square", "river", "mountains", "island", "islands", "republic", "kingdom", "states",
            "nations", "league", "cup", "games", "olympics", "prize", "award", "awards", "festival", "day",
            "general's", "prosecutor", "museum", "theatre", "theater", "centre", "center", "council", "board",
            "forces", "army", "navy", "guard", "office", "ministry", "palace", "castle", "hall", "embassy"));

    /** News organisations, which are sources and addressees, never the speaker of the words they print. */
    static final Set<String> OUTLETS = Set.copyOf(List.of(
            "le parisien", "le monde", "le figaro", "liberation", "libération", "les echos", "cnews", "bfm", "bfm tv",
            "bfmtv", "franceinfo", "france 24", "afp", "ap", "reuters", "bbc", "cnn", "nbc", "cbs", "abc", "pbs", "npr",
            "fox", "fox news", "sky", "sky news", "itv", "channel 4", "al jazeera", "bloomberg", "axios", "politico",
            "newser", "the times", "the sun", "the guardian", "the telegraph", "the independent", "the mirror",
            "daily mail", "the daily mail", "mail", "the economist", "financial times", "new york times",
            "the new york times", "washington post", "the washington post", "wall street journal", "usa today",
            "tass", "interfax", "ria", "ria novosti", "rt", "xinhua", "kyodo", "yonhap", "nikkei", "dpa", "ansa",
            "efe", "pa", "press association", "uni", "pti", "ani", "der spiegel", "spiegel", "bild", "die zeit",
            "corriere", "la repubblica", "el país", "el pais", "nbc news", "cbs news", "abc news", "yahoo",
            "yahoo news", "huffpost", "buzzfeed", "vox", "time", "newsweek", "the atlantic", "izvestia",
            "kommersant", "vedomosti", "instagram", "twitter", "facebook", "youtube", "tiktok", "telegram"));

    /** Nouns that, after a name, make it a newspaper, a channel or an agency ("Le Parisien newspaper"). */
    private static final Pattern OUTLET_NOUN = Pattern.compile(
            "^\\s+(?:newspaper|daily|weekly|tabloid|television|tv|radio|agency|news agency|broadcaster|channel|"
                    + "magazine|website|network|outlet)\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> fullByPart = new HashMap<>();
    /** Each full name's titles and the words just before it ("French President", "far-right leader"). */
    private final Map<String, Set<String>> titlesOf = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> mentionCount = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    /** Registers every full name in {@code text}, so that later lookups can complete a lone surname. */
    Names(String text) {
        Headlines headlines = new Headlines(text);
        List<Span> runs = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (!headlines.contains(m.start())) {
                runs.add(new Span(m.start(), m.end()));
            }
        }
        // first the full names, so that a lone "Peskov" at a sentence start can be recognised
        Map<String, Integer> partCount = new HashMap<>();
        List<String> fulls = new ArrayList<>();
        for (Span run : runs) {
            Mention mention = toMention(text, run.start(), run.end(), false);
            if (mention != null && mention.name().contains(" ") && !fulls.contains(mention.name())) {
                fulls.add(mention.name());
                String[] parts = SPACES.split(mention.name());
                partCount.merge(parts[0], 1, Integer::sum);
                partCount.merge(parts[parts.length - 1], 1, Integer::sum);
            }
        }
        for (String full : fulls) {
            String[] parts = SPACES.split(full);
            String first = parts[0];
            String last = parts[parts.length - 1];
            fullByPart.putIfAbsent(last, full);
            if (partCount.get(first) == 1) {
                fullByPart.putIfAbsent(first, full);
            }
        }
        for (Span run : runs) {
            boolean speaking = SpeechVerbs.VERB.matcher(text).region(run.end(), text.length()).lookingAt()
                    || text.startsWith(" ", run.end()) && SpeechVerbs.VERB.matcher(text)
                            .region(run.end() + 1, Math.min(text.length(), run.end() + 80)).lookingAt();
            Mention mention = toMention(text, run.start(), run.end(), speaking);
            if (mention != null) {
                mentions.add(mention);
                String full = complete(mention.name());
                mentionCount.merge(full, 1, Integer::sum);
                Set<String> titles = titlesOf.computeIfAbsent(full, k -> new java.util.HashSet<>());
                // the title words inside the run, and the words of the same noun phrase just before it
                String[] before = SPACES.split(text.substring(Math.max(0, run.start() - 50), mention.span().start()));
                for (int k = before.length - 1; k >= 0; k--) {
                    String w = NOT_NAME_LETTERS.matcher(before[k].toLowerCase(Locale.ROOT)).replaceAll("");
                    if (w.isEmpty() && k == before.length - 1) {
                        continue;
                    }
                    if (w.isEmpty() || !NAME_LETTERS.matcher(before[k]).matches() || NOT_NAMES.contains(w) && !TITLES.contains(w)) {
                        break;
                    }
                    for (String part : w.split("-")) {
                        if (part.length() > 2) {
                            titles.add(part);
                        }
                    }
                }
            }
        }
    }

    /**
     * The named person a description stands for: "the French leader", "the President", "the Queen" is whoever
     * the report names with that title ("French President Emmanuel Macron", "Queen Elizabeth"): the person whose
     * titles share the description's last word, most mentioned first. Null when none fits.
     */
    String resolveDescription(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").split("[^\\p{L}]+");
        if (words.length == 0) {
            return null;
        }
        String head = words[words.length - 1];
        Set<String> heads = TITLE_SYNONYMS.getOrDefault(head, Set.of(head));
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Set<String>> e : titlesOf.entrySet()) {
            Set<String> t = e.getValue();
            boolean other = java.util.Arrays.stream(words).limit(words.length - 1L).anyMatch(w -> w.length() > 2 && t.contains(w));
            if (!e.getKey().contains(" ") || heads.stream().noneMatch(t::contains)
                    && !(GENERIC_HEADS.contains(head) && other)) {
                continue;
            }
            int score = 10 * (int) java.util.Arrays.stream(words).filter(t::contains).count()
                    + mentionCount.getOrDefault(e.getKey(), 0);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Titles that stand for others: the monarch is the queen or the king. */
    private static final Map<String, Set<String>> TITLE_SYNONYMS = Map.of(
            "monarch", Set.of("monarch", "queen", "king"), "sovereign", Set.of("queen", "king"),
            "premier", Set.of("premier", "minister", "prime"), "pontiff", Set.of("pope"));

    /** Heads of a description that fit any leader when the rest fits ("the French leader"). */
    private static final Set<String> GENERIC_HEADS = Set.of("leader", "head", "chief", "president", "premier");

    static boolean isOutlet(String name) {
        return name != null && OUTLETS.contains(LEADING_THE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("the ").strip());
    }

    /**
     * The title-case lines of a text ("Russia's Putin Calls Elton John, For Real This Time"): headlines, not
     * prose. Worked out once per line; a line over 200 characters is never a headline.
     */
    private static final class Headlines {
        private final int[] starts;
        private final boolean[] headline;

        Headlines(String text) {
            List<Integer> lineStarts = new ArrayList<>();
            lineStarts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lineStarts.add(i + 1);
            }
            starts = lineStarts.stream().mapToInt(Integer::intValue).toArray();
            headline = new boolean[starts.length];
            for (int k = 0; k < starts.length; k++) {
                int end = k + 1 < starts.length ? starts[k + 1] - 1 : text.length();
                headline[k] = end - starts[k] <= 200 && isHeadline(text.substring(starts[k], end));
            }
        }

        boolean contains(int offset) {
            int k = java.util.Arrays.binarySearch(starts, offset);
            return headline[k >= 0 ? k : -k - 2];
        }

        private static boolean isHeadline(String line) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 4 || line.trim().matches(".*[.!?:\"\u201D]$")) {
                return false;
            }
            int caps = 0;
            for (String w : words) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
            return caps * 10 >= words.length * 7;
        }
    }

    /** All person mentions, in text order. */
    List<Mention> mentions() {
        return mentions;
    }

    /** Person mentions inside {@code range}, in order (mentions are sorted by position). */
    List<Mention> mentionsIn(Span range) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < range.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int k = lo; k < mentions.size() && mentions.get(k).span().start() < range.end(); k++) {
            if (range.contains(mentions.get(k).span())) {
                out.add(mentions.get(k));
            }
        }
        return out;
    }

    /** The full form of a name printed in part ("Peskov" → "Dmitry Peskov"); the name itself otherwise. */
    String complete(String name) {
        if (name == null || name.contains(" ")) {
            return name;
        }
        return fullByPart.getOrDefault(name, name);
    }

    /**
     * The person named by the capitalised run at {@code [from, to)}, titles stripped, or null when it is not
     * a person. {@code speaking} says a speech verb follows, which makes a lone capitalised word a name.
     */
    Mention toMention(String text, int from, int to, boolean speaking) {
        String run = text.substring(from, to);
        String[] words = SPACES.split(run);
        // a job title may be preceded by its portfolio: "Swiss Energy Minister Corinne Maillard"
        int lastTitle = -1;
        for (int k = 0; k < words.length - 1; k++) {
            if (JOB_TITLES.contains(clean(words[k]))) {
                lastTitle = k;
            }
        }
        int first = 0;
        int offset = from;
        while (first < words.length && (first <= lastTitle || TITLES.contains(clean(words[first])))) {
            offset += words[first].length();
            while (offset < to && Character.isWhitespace(text.charAt(offset))) {
                offset++;
            }
            first++;
        }
        if (first == words.length) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (int k = first; k < words.length; k++) {
            String w = clean(words[k]);
            if (ORGANISATION_WORDS.contains(w)) {
                return null;
            }
            kept.add(words[k]);
        }
        boolean possessive = false;
        String last = kept.get(kept.size() - 1);
        if (last.endsWith("'s") || last.endsWith("\u2019s")) {
            possessive = true;
            kept.set(kept.size() - 1, last.substring(0, last.length() - 2));
        } else if (last.endsWith("'") || last.endsWith("\u2019")) {
            kept.set(kept.size() - 1, last.substring(0, last.length() - 1));
        }
        if (kept.size() == 1) {
            String w = clean(kept.get(0));
            boolean sentenceStart = isSentenceStart(text, offset);
            if (NOT_NAMES.contains(w) || w.length() < 2 || isAllCaps(kept.get(0))
                    || sentenceStart && !speaking && !fullByPart.containsKey(kept.get(0)) && first == 0) {
                return null;
            }
        } else if (NOT_NAMES.contains(clean(kept.get(0))) || NOT_NAMES.contains(clean(kept.get(kept.size() - 1)))) {
            // "The Kremlin", "Sign Up": not a person; a run like "Moscow Times" was caught above
            if (kept.size() == 2 || NOT_NAMES.contains(clean(kept.get(kept.size() - 1)))) {
                return null;
            }
            kept.remove(0);
        }
        String name = END_STOP.matcher(String.join(" ", kept)).replaceAll("");
        if (isOutlet(name) || isOutlet(END_STOP.matcher(run).replaceAll("")) || OUTLET_NOUN.matcher(text).region(to, Math.min(text.length(), to + 40)).lookingAt()) {
            return null; // "Le Parisien", "the BBC", "CNews television": who printed it, not who said it
        }
        int end = offset + APOSTROPHE_END.matcher(text.substring(offset, to)).replaceAll("").length();
        return new Mention(new Span(offset, Math.min(end, to)), name, possessive);
    }

    /** Capitalised runs (candidates) inside {@code range} of {@code text}. */
    static List<Span> capitalisedRuns(String text, Span range) {
        List<Span> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        m.region(range.start(), range.end());
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    static String clean(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return POSSESSIVE_END.matcher(TRAILING_PUNCT.matcher(lower).replaceAll("")).replaceAll("");
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.endsWith(".");
    }

    static boolean isSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || QuoteMarks.isMark(text.charAt(i)) || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?\n\r:\u2014".indexOf(text.charAt(i)) >= 0;
    }
}
