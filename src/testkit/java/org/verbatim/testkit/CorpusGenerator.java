package org.verbatim.testkit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.verbatim.corpus.Article;
import org.verbatim.corpus.ArticleSource;

/**
 * A deterministic corpus of news articles with the truth of which story each belongs to, for measuring story
 * grouping and the corpus engine. Stories of 50 to 100 articles (fewer in tests) (and a few one-off articles alone) are written
 * over three months. Each story has a wire text (about 600 words: narrative sentences and quotations of its
 * speakers); its articles are wire copies with edits (words changed, sentences and paragraphs dropped or moved,
 * quotations cut short, a headline of their own, a sentence or two of their own, clutter) or rewrites (half the
 * narrative kept, sentences of their own, the quotations kept, some of them translated: the same words rendered
 * otherwise). What makes grouping hard: every story draws its speakers from one pool of people, so unrelated
 * stories share names; every article carries stock phrases ("did not respond to a request for comment") and page
 * clutter shared across the corpus; and a quarter of the stories cite a quotation of an earlier story (which is
 * also the truth for cross-story links). Same arguments, same corpus, on any machine.
 */
public final class CorpusGenerator {

    /** One generated article and the story it belongs to. */
    public record Item(String id, String url, String date, String outlet, String title, String text, int story) {}

    /** A quotation of story {@code from} that story {@code to} cites again. */
    public record Travel(int from, int to, String quote) {}

    private static final String[] FIRST = {"Anna", "Marek", "Leila", "Jonas", "Irene", "Tomasz", "Nadia", "Oscar",
            "Greta", "Samir", "Helena", "Felix", "Yara", "Bruno", "Ines", "Mikhail", "Clara", "Emre", "Lotte",
            "Rafael", "Zofia", "Hugo", "Mira", "Anton", "Selin", "Viktor", "Alma", "Nikos", "Esther", "Pablo"};
    private static final String[] LAST = {"Karimova", "Lindgren", "Osei", "Brandt", "Nowak", "Castellanos", "Hoffmann",
            "Petrenko", "Sato", "Dubois", "Farouk", "Jansen", "Moreno", "Kaminski", "Ruiz", "Eriksen", "Demir",
            "Varga", "Costa", "Weber", "Ionescu", "Quinn", "Horvath", "Andersen", "Bianchi", "Marin", "Schulz"};
    private static final String[] ROLE = {"the finance minister", "the mayor", "a spokeswoman for the ministry",
            "the chief executive", "an opposition lawmaker", "the union leader", "the regional governor",
            "a police spokesman", "an economist at the central bank", "the health commissioner", "a local resident",
            "the party's deputy leader", "the head of the port authority", "a senior diplomat"};
    private static final String[] PLACE = {"Lyon", "Gdansk", "Porto", "Tampere", "Graz", "Cluj", "Bergen", "Malaga",
            "Utrecht", "Brno", "Varna", "Tartu", "Kaunas", "Ghent", "Bilbao", "Turin", "Aarhus", "Split", "Ostrava",
            "Plovdiv", "Debrecen", "Galway", "Lugano", "Bremen"};
    private static final String[] ORG = {"the transport ministry", "the city council", "the port authority",
            "the national railway", "the competition watchdog", "the water utility", "the state broadcaster",
            "the teachers' union", "the regional parliament", "the energy regulator", "the constitutional court",
            "the airport operator", "the fisheries agency", "the housing board", "the customs service"};
    private static final String[] NOUN = {"bridge", "tunnel", "budget", "strike", "tariff", "reactor", "harbour",
            "merger", "election", "pension", "subsidy", "contract", "ferry", "pipeline", "stadium", "hospital",
            "curriculum", "licence", "drought", "flood", "wildfire", "tram", "refinery", "shipyard", "festival",
            "audit", "ceasefire", "census", "vaccine", "reservoir", "toll", "levy", "dam", "runway", "quarry",
            "mine", "factory", "warehouse", "terminal", "depot", "canal", "highway", "railway", "turbine", "grid",
            "clinic", "campus", "market", "fishery", "vineyard", "orchard", "glacier", "coastline", "landfill"};
    private static final String[] ADJ = {"disputed", "delayed", "costly", "temporary", "revised", "urgent", "rural",
            "coastal", "northern", "southern", "ageing", "flagship", "controversial", "unprecedented", "modest",
            "sweeping", "partial", "long-awaited", "emergency", "cross-border", "municipal", "private", "public"};
    private static final String[] VERB_PAST = {"approved", "rejected", "postponed", "suspended", "extended",
            "criticised", "defended", "halted", "resumed", "audited", "blocked", "cleared", "inspected", "funded",
            "overturned", "announced", "cancelled", "questioned", "expanded", "reduced"};
    /** Words of spoken sentences, each with the word a translator might have chosen instead. */
    private static final String[][] SPOKEN = {{"ready", "prepared"}, {"support", "back"}, {"reject", "refuse"},
            {"protect", "defend"}, {"finish", "complete"}, {"build", "construct"}, {"close", "shut"},
            {"open", "launch"}, {"stop", "halt"}, {"explain", "clarify"}, {"guarantee", "ensure"},
            {"restore", "rebuild"}, {"reduce", "cut"}, {"increase", "raise"}, {"families", "households"},
            {"people", "citizens"}, {"quickly", "rapidly"}, {"serious", "grave"}, {"mistake", "error"},
            {"promise", "pledge"}, {"never", "not ever"}, {"always", "consistently"}, {"want", "wish"},
            {"need", "must"}, {"help", "assist"}, {"problem", "issue"}, {"money", "funds"}, {"time", "moment"},
            {"country", "nation"}, {"city", "town"}, {"workers", "employees"}, {"plan", "scheme"},
            {"decision", "ruling"}, {"future", "years ahead"}, {"safe", "secure"}, {"fair", "just"}};
    private static final String[] OPENER = {"We are %s to %s", "I will never %s", "Nobody here wants to %s",
            "It is time to %s", "We have always tried to %s", "I do not think we should %s", "They promised to %s",
            "Our %s deserve to %s", "We simply %s to %s", "It would be a %s to %s", "We %s to %s"};
    private static final String[] TAIL = {"and that is what we will do", "because the situation is %s",
            "whatever it costs the %s", "as %s as possible", "and everybody in this %s knows it",
            "before the end of the year", "for the sake of the %s", "and we said so from the start",
            "but nobody listened to the %s", "and I hope the %s understand that"};
    private static final String[] SAY = {"said", "said", "told reporters", "said in a statement", "added",
            "told local radio", "wrote on social media"};
    private static final String[] STOCK = {"The ministry did not respond to a request for comment.",
            "It was not immediately clear how many people were affected.",
            "Officials said more details would be released later in the week.",
            "This is a developing story and will be updated.",
            "The company declined to comment when contacted by reporters.",
            "A spokesperson said the matter was under review.",
            "Critics have long argued that the process lacks transparency.",
            "The decision is expected to face legal challenges in the coming months.",
            "Opposition parties called for an independent inquiry.",
            "Residents said they had been given little warning."};
    private static final String[] CLUTTER = {"Advertisement", "Share this article", "Read more: %s",
            "Sign up for our morning newsletter", "Related: %s", "Follow us for the latest updates"};
    private static final String[] OUTLET = {"Daily Courier", "The Harbour Times", "Morning Ledger", "Northern Post",
            "Evening Standard Online", "Capital Wire", "The Observer Today", "Metro News", "Coastal Gazette",
            "The Independent Voice", "Regional Herald", "Valley Tribune", "City Chronicle", "The Express Digest",
            "Union Journal", "Free Press Weekly", "The Sentinel", "Lakeside Record", "Global Dispatch",
            "National Review Desk", "The Daily Star Online", "Riverside Bulletin", "Continental Report",
            "The Morning Call", "Southern Mail", "The Weekly Monitor", "East Side Gazette", "Harbour Light",
            "Market Watch Daily", "The Civic Times"};

    private record Person(String name, String role) {}

    /** A sentence of a story: narrative, or a quotation with its speaker and the words spoken. */
    private record Line(String text, Person speaker, String spoken) {
        boolean quote() {
            return speaker != null;
        }
    }

    private record StoryPlan(int index, LocalDate date, String place, String org, String noun, String headline,
                             List<Person> speakers, List<List<Line>> paragraphs, int size) {}

    private final long seed;
    private final List<Item> items = new ArrayList<>();
    private final List<Travel> travels = new ArrayList<>();
    private final int stories;

    /**
     * @param articles how many articles in all
     * @param words    about how many words each (600 in the benchmarks)
     */
    public CorpusGenerator(long seed, int articles, int words) {
        this(seed, articles, words, 50, 100);
    }

    /** Stories of {@code minStory} to {@code maxStory} articles (the benchmarks' 50 to 100; smaller in tests). */
    public CorpusGenerator(long seed, int articles, int words, int minStory, int maxStory) {
        this.seed = seed;
        Random rnd = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            people.add(new Person(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)],
                    ROLE[rnd.nextInt(ROLE.length)]));
        }
        List<StoryPlan> plans = new ArrayList<>();
        int left = articles;
        LocalDate start = LocalDate.of(2024, 3, 1);
        while (left > 0) {
            int size = left < minStory ? left : rnd.nextDouble() < 0.04 ? 1 : minStory + rnd.nextInt(maxStory - minStory + 1);
            size = Math.min(size, left);
            left -= size;
            plans.add(plan(plans.size(), start.plusDays(rnd.nextInt(90)), size, people, words, new Random(rnd.nextLong())));
        }
        // a quarter of the stories quote an earlier story again
        for (StoryPlan p : plans) {
            if (p.index() > 0 && p.size() > 1 && rnd.nextDouble() < 0.25) {
                StoryPlan from = plans.get(rnd.nextInt(p.index()));
                Line cited = firstQuote(from);
                if (cited != null) {
                    Line again = new Line("Earlier, " + cited.speaker().name() + " had said: \u201C"
                            + capitalise(cited.spoken()) + ".\u201D", cited.speaker(), cited.spoken());
                    p.paragraphs().add(1 + rnd.nextInt(p.paragraphs().size() - 1), new ArrayList<>(List.of(again)));
                    travels.add(new Travel(from.index(), p.index(), cited.spoken()));
                }
            }
        }
        List<Item> all = new ArrayList<>();
        for (StoryPlan p : plans) {
            for (int i = 0; i < p.size(); i++) {
                all.add(article(p, i, new Random(seed * 1_000_003L + p.index() * 1_009L + i)));
            }
        }
        // the corpus arrives in no particular order
        Collections.shuffle(all, new Random(seed + 7));
        for (int i = 0; i < all.size(); i++) {
            Item it = all.get(i);
            String id = String.format(Locale.ROOT, "a%05d", i + 1);
            items.add(new Item(id, it.url().replace("{id}", id), it.date(), it.outlet(), it.title(), it.text(), it.story()));
        }
        this.stories = plans.size();
    }

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** The articles as the corpus engine takes them, in corpus order; source "corpus.jsonl:LINE". */
    public List<Article> articles() {
        List<Article> out = new ArrayList<>(items.size());
        for (Item it : items) {
            out.add(Article.of(out.size(), "corpus.jsonl:" + (out.size() + 1), it.id(), it.url(), it.date(), it.outlet(),
                    it.title(), it.text()));
        }
        return out;
    }

    /** The articles as an {@link ArticleSource}. */
    public ArticleSource source() {
        List<Article> all = articles();
        return sink -> {
            for (Article a : all) {
                if (!sink.article(a)) {
                    return;
                }
            }
        };
    }

    public List<Travel> travels() {
        return Collections.unmodifiableList(travels);
    }

    public int stories() {
        return stories;
    }

    // ------------------------------------------------------------------------------------------ stories

    private StoryPlan plan(int index, LocalDate date, int size, List<Person> people, int words, Random r) {
        String place = pick(PLACE, r);
        String org = pick(ORG, r);
        String noun = pick(NOUN, r);
        List<Person> speakers = new ArrayList<>();
        int n = 4 + r.nextInt(4);
        while (speakers.size() < n) {
            Person p = people.get(r.nextInt(people.size()));
            if (!speakers.contains(p)) {
                speakers.add(p);
            }
        }
        String headline = capitalise(org.replaceFirst("^the ", "")) + " " + pick(VERB_PAST, r) + " " + pick(ADJ, r)
                + " " + noun + " plan in " + place;
        List<List<Line>> paragraphs = new ArrayList<>();
        int count = 0;
        while (count < words) {
            List<Line> p = new ArrayList<>();
            boolean quoted = !paragraphs.isEmpty() && r.nextDouble() < 0.4;
            int sentences = 1 + r.nextInt(3);
            for (int k = 0; k < sentences; k++) {
                Line l = quoted && k == 0 ? quotation(speakers.get(r.nextInt(speakers.size())), r)
                        : new Line(narrative(place, org, noun, speakers, r), null, null);
                p.add(l);
                count += wordCount(l.text());
            }
            paragraphs.add(p);
        }
        return new StoryPlan(index, date, place, org, noun, headline, speakers, paragraphs, size);
    }

    private static Line firstQuote(StoryPlan p) {
        for (List<Line> para : p.paragraphs()) {
            for (Line l : para) {
                if (l.quote() && wordCount(l.spoken()) >= 8) {
                    return l;
                }
            }
        }
        return null;
    }

    private static String narrative(String place, String org, String noun, List<Person> speakers, Random r) {
        Person p = speakers.get(r.nextInt(speakers.size()));
        String s = switch (r.nextInt(6)) {
            case 0 -> capitalise(org) + " " + pick(VERB_PAST, r) + " the " + pick(ADJ, r) + " " + noun + " in "
                    + place + " after " + (2 + r.nextInt(30)) + " months of " + pick(NOUN, r) + " talks";
            case 1 -> p.name() + ", " + p.role() + ", " + pick(VERB_PAST, r) + " the " + pick(NOUN, r) + " of the "
                    + pick(ADJ, r) + " " + noun;
            case 2 -> "The " + noun + " near " + place + " was " + pick(VERB_PAST, r) + " in " + (2005 + r.nextInt(19))
                    + " and has cost about " + (3 + r.nextInt(400)) + " million euros since";
            case 3 -> "According to " + org + ", " + (12 + r.nextInt(900)) + " " + pick(NOUN, r) + " workers in "
                    + place + " were affected by the " + pick(ADJ, r) + " " + pick(NOUN, r);
            case 4 -> "Local officials in " + place + " said the " + pick(NOUN, r) + " would be " + pick(VERB_PAST, r)
                    + " until the " + noun + " is " + pick(VERB_PAST, r);
            default -> "The " + pick(ADJ, r) + " " + pick(NOUN, r) + " was first " + pick(VERB_PAST, r) + " by "
                    + pick(ORG, r) + " in " + pick(PLACE, r) + ", " + (2 + r.nextInt(20)) + " kilometres from the "
                    + noun;
        };
        return s + ".";
    }

    private static Line quotation(Person s, Random r) {
        String spoken = spoken(r);
        String verb = pick(SAY, r);
        String text = switch (r.nextInt(3)) {
            case 0 -> "\u201C" + capitalise(spoken) + ",\u201D " + s.name() + " " + verb + ".";
            case 1 -> s.name() + ", " + s.role() + ", said: \u201C" + capitalise(spoken) + ".\u201D";
            default -> "\u201C" + capitalise(spoken) + ",\u201D said " + s.name() + ", " + s.role() + ".";
        };
        return new Line(text, s, spoken);
    }

    private static String spoken(Random r) {
        String opener = String.format(pick(OPENER, r), (Object[]) new String[] {word(r), word(r)});
        String tail = String.format(pick(TAIL, r), word(r));
        return opener + " the " + pick(NOUN, r) + " in " + pick(PLACE, r) + " " + tail;
    }

    private static String word(Random r) {
        return SPOKEN[r.nextInt(SPOKEN.length)][0];
    }

    // ----------------------------------------------------------------------------------------- articles

    private Item article(StoryPlan p, int i, Random r) {
        boolean rewrite = p.size() > 1 && r.nextDouble() < 0.25;
        boolean translated = rewrite ? r.nextDouble() < 0.6 : r.nextDouble() < 0.1;
        boolean curly = r.nextDouble() < 0.7;
        List<String> paras = new ArrayList<>();
        for (List<Line> para : p.paragraphs()) {
            if (!rewrite && r.nextDouble() < 0.04) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (Line l : para) {
                String t = l.text();
                if (l.quote()) {
                    if (rewrite && r.nextDouble() < 0.2) {
                        continue;
                    }
                    if (translated && r.nextDouble() < 0.6) {
                        t = translate(l, r);
                    } else if (r.nextDouble() < 0.08) {
                        t = truncate(t, r);
                    }
                } else {
                    if (rewrite ? r.nextDouble() < 0.55 : para.size() > 1 && r.nextDouble() < 0.05) {
                        continue;
                    }
                    if (r.nextDouble() < (rewrite ? 0.3 : 0.12)) {
                        t = changeWord(t, r);
                    }
                }
                kept.add(t);
            }
            if (!kept.isEmpty()) {
                paras.add(String.join(" ", kept));
            }
        }
        if (paras.isEmpty()) {
            paras.add(narrative(p.place(), p.org(), p.noun(), p.speakers(), r));
        }
        int own = rewrite ? 4 + r.nextInt(5) : r.nextInt(3);
        for (int k = 0; k < own; k++) {
            paras.add(1 + r.nextInt(paras.size()), narrative(p.place(), p.org(), p.noun(), p.speakers(), r));
        }
        int moves = rewrite ? 3 + r.nextInt(3) : r.nextInt(3);
        for (int k = 0; k < moves && paras.size() > 2; k++) {
            String moved = paras.remove(1 + r.nextInt(paras.size() - 1));
            paras.add(1 + r.nextInt(paras.size()), moved);
        }
        int stock = 1 + r.nextInt(2);
        for (int k = 0; k < stock; k++) {
            paras.add(1 + r.nextInt(paras.size()), pick(STOCK, r));
        }
        if (r.nextDouble() < 0.5) {
            paras.add(1 + r.nextInt(paras.size()), String.format(pick(CLUTTER, r),
                    pick(PLACE, r) + " " + pick(VERB_PAST, r) + " " + pick(NOUN, r) + " deal"));
        }
        String title = rewrite || r.nextDouble() < 0.4
                ? capitalise(p.noun()) + " plan in " + p.place() + " " + pick(VERB_PAST, r) + " by " + p.org()
                : p.headline();
        StringBuilder text = new StringBuilder();
        for (String para : paras) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(curly ? para : straight(para));
        }
        text.append('\n');
        LocalDate date = p.date().plusDays(r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(3));
        String outlet = pick(OUTLET, r);
        String host = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
        String url = "https://" + host + "/" + date.toString().replace('-', '/') + "/" + slug(title) + "-{id}";
        return new Item(null, url, date.toString(), outlet, title, text.toString(), p.index());
    }

    /** The quotation in other words: a translator's choices for some of its words, the rest as said. */
    private static String translate(Line l, Random r) {
        String[] w = l.spoken().split(" ");
        for (int k = 0; k < w.length; k++) {
            for (String[] pair : SPOKEN) {
                if (pair[0].equals(w[k]) && r.nextDouble() < 0.8) {
                    w[k] = pair[1];
                }
            }
        }
        String other = capitalise(String.join(" ", w));
        String said = capitalise(l.spoken());
        return l.text().replace(said, other);
    }

    private static String truncate(String t, Random r) {
        int open = t.indexOf('\u201C');
        int close = t.indexOf('\u201D', open + 1);
        if (open < 0 || close < 0) {
            return t;
        }
        String[] w = t.substring(open + 1, close).split(" ");
        if (w.length < 8) {
            return t;
        }
        int keep = Math.max(5, (int) (w.length * (0.5 + 0.3 * r.nextDouble())));
        String cut = String.join(" ", java.util.Arrays.copyOf(w, keep)).replaceAll("[,.]$", "");
        return t.substring(0, open + 1) + cut + " \u2026" + t.substring(close);
    }

    private static String changeWord(String t, Random r) {
        String[] w = t.split(" ");
        for (int tries = 0; tries < 8; tries++) {
            int k = r.nextInt(w.length);
            for (String[] list : new String[][] {NOUN, ADJ, VERB_PAST}) {
                if (contains(list, w[k])) {
                    w[k] = pick(list, r);
                    return String.join(" ", w);
                }
            }
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------ output

    /** One JSON object a line: id, url, date, outlet, title, text (the fields passim reads). */
    public void writeJsonLines(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Item it : items) {
                w.write("{\"id\":" + json(it.id()) + ",\"url\":" + json(it.url()) + ",\"date\":" + json(it.date())
                        + ",\"outlet\":" + json(it.outlet()) + ",\"title\":" + json(it.title()) + ",\"text\":"
                        + json(it.text()) + "}\n");
            }
        }
    }

    /** One {@code .txt} file an article, as {@code compare} reads them: the title, the outlet, the date, the text. */
    public void writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Item it : items) {
            Files.writeString(folder.resolve(it.id() + ".txt"), it.title() + "\n\nSource: " + it.outlet() + "\n"
                    + it.date() + "\n\n" + it.text(), StandardCharsets.UTF_8);
        }
    }

    /** The truth as tab-separated lines: article id, story number. */
    public void writeTruth(Path file) throws IOException {
        StringBuilder b = new StringBuilder("id\tstory\n");
        for (Item it : items) {
            b.append(it.id()).append('\t').append(it.story()).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // ----------------------------------------------------------------------------------------- helpers

    private static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }

    private static boolean contains(String[] a, String w) {
        for (String s : a) {
            if (s.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static String straight(String p) {
        return p.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace("\u2026", "...");
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
