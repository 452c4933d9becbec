package org.verbatim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.verbatim.core.model.Report;

/**
 * Deterministic news-like test reports. One shared story (a headline and paragraphs of narrative sentences and
 * quotations such as {@code “…,” Name said.}) is written from a fixed seed; every report copies it with small
 * edits of its own: a word changed, a sentence or paragraph dropped, paragraphs moved, a quotation truncated,
 * straight or curly quotation marks, a quotation of its own, and page clutter ("Read more: …", "Advertisement",
 * "Sign up for our newsletter…"). Same arguments, same texts, on any machine.
 */
public final class NewsGenerator {

    private static final String[] FIRST = {"Maria", "John", "Elena", "David", "Olga", "Ahmed", "Sarah", "Pavel",
            "Laura", "Kenji", "Amina", "Thomas", "Irina", "Carlos", "Hannah", "Viktor", "Fatima", "Peter",
            "Natalia", "James", "Sofia", "Dmitry", "Grace", "Lucas"};
    private static final String[] LAST = {"Petrova", "Smith", "Novak", "Okafor", "Lindqvist", "Haddad", "Moreau",
            "Kowalski", "Tanaka", "Brennan", "Volkov", "Alvarez", "Fischer", "Mensah", "Rossi", "Duval", "Ivanova",
            "Walsh", "Sokolov", "Herrera", "Becker", "Nakamura", "Ortiz", "Keller"};
    private static final String[] ROLE = {"a spokesman for the ministry", "the mayor", "a senior economist",
            "the company's chief executive", "a local resident", "the opposition leader", "a union official",
            "the regional governor", "a police spokeswoman", "an independent analyst", "the party chairman",
            "a hospital director"};
    private static final String[] ORG = {"the Interior Ministry", "the city council", "the central bank",
            "Reuters", "the state news agency", "the European Commission", "the electoral commission",
            "the energy regulator", "the supreme court", "the health ministry", "the World Bank", "parliament",
            "the transport authority", "the prosecutor's office"};
    private static final String[] PLACE = {"Moscow", "Brussels", "Berlin", "Kyiv", "Warsaw", "Paris", "London",
            "Madrid", "Vienna", "Prague", "Geneva", "Istanbul", "Helsinki", "Riga", "Lisbon", "Athens", "Rome",
            "Budapest", "Oslo", "Dublin"};
    private static final String[] WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
            "on Saturday", "on Sunday", "on Monday evening", "on Friday morning", "last week", "earlier this month",
            "late on Tuesday"};
    private static final String[] NOUN = {"agreement", "budget", "election", "government", "minister", "protest",
            "report", "investigation", "company", "market", "price", "policy", "law", "court", "decision",
            "meeting", "crisis", "border", "pipeline", "contract", "vote", "campaign", "plan", "deal", "tax",
            "reform", "strike", "inquiry", "statement", "proposal", "hospital", "school", "bridge", "airport",
            "railway", "factory", "harbour", "festival", "museum", "stadium", "bank", "loan", "debt", "deficit",
            "inflation", "salary", "pension", "subsidy", "tariff", "export", "import", "shipment", "cargo",
            "vaccine", "outbreak", "drought", "flood", "wildfire", "storm", "earthquake", "evacuation", "shelter",
            "refugee", "migrant", "citizen", "voter", "candidate", "coalition", "opposition", "senator", "judge",
            "lawyer", "witness", "suspect", "victim", "officer", "soldier", "ceasefire", "treaty", "summit",
            "delegation", "ambassador", "embassy", "sanction", "embargo", "licence", "permit", "regulation",
            "audit", "scandal", "bribe", "fraud", "leak", "document", "letter", "interview", "broadcast",
            "newspaper", "journalist", "editor", "website", "platform", "network", "server", "outage", "software",
            "battery", "reactor", "turbine", "grid", "fuel", "harvest", "wheat", "fertiliser", "fishery", "forest",
            "river", "coastline", "district", "province", "village", "neighbourhood", "street", "square",
            "apartment", "rent", "mortgage", "wage", "union", "employer", "worker", "teacher", "nurse", "doctor",
            "patient", "student", "university", "laboratory", "survey", "poll", "census", "statistic", "forecast",
            "quarter", "profit", "revenue", "share", "investor", "fund", "merger", "takeover", "auction", "lease",
            "concert", "singer", "album", "tour", "ticket", "audience", "film", "director", "award", "ceremony",
            "athlete", "coach", "match", "tournament", "season", "record", "medal", "injury", "transfer"};
    private static final String[] ADJ = {"new", "former", "local", "national", "regional", "foreign", "public",
            "private", "senior", "junior", "official", "secret", "controversial", "unexpected", "sharp", "modest",
            "major", "minor", "final", "initial", "annual", "recent", "urgent", "temporary", "permanent", "fragile",
            "strong", "weak", "rising", "falling", "costly", "cheap", "crowded", "empty", "remote", "coastal",
            "northern", "southern", "eastern", "western", "rural", "urban", "independent", "disputed", "delayed",
            "revised", "confidential", "unprecedented", "routine", "emergency", "joint", "bilateral", "economic",
            "political", "legal", "military", "medical", "digital", "environmental", "financial"};
    private static final String[] VERB_PAST = {"announced", "rejected", "approved", "criticised", "delayed",
            "signed", "cancelled", "confirmed", "denied", "launched", "suspended", "expanded", "reduced",
            "raised", "blocked", "investigated", "praised", "questioned", "defended", "proposed", "reviewed",
            "postponed", "published", "revealed", "overturned", "extended", "halted", "resumed", "funded",
            "challenged", "welcomed", "condemned", "ordered", "banned", "cleared", "inspected", "restored",
            "negotiated", "finalised", "reported"};
    private static final String[] VERB_BASE = {"support", "reject", "accept", "discuss", "review", "change",
            "protect", "defend", "improve", "finish", "build", "close", "open", "fund", "stop", "continue",
            "explain", "understand", "respect", "investigate", "guarantee", "restore", "reduce", "increase",
            "challenge", "welcome", "solve", "avoid", "prepare", "announce"};
    private static final String[] PREP = {"in", "near", "across", "outside", "around", "throughout", "beyond"};
    private static final String[] OPENER = {"We are ready to", "We will", "I cannot", "Nobody wants to",
            "It is time to", "We have always tried to", "I do not think we should", "They promised to",
            "Our people deserve to", "We simply want to", "I will never", "Everyone here hopes to",
            "It would be a mistake to", "We need to"};
    private static final String[] TAIL = {"and that is what we will do", "because the situation is serious",
            "whatever the cost", "as soon as possible", "and everybody knows it", "before the end of the year",
            "without any delay", "if the schedules allow it", "and we said so from the start",
            "but nobody listened", "for the sake of the families", "and I hope they understand that"};
    private static final String[] VERB_SAY = {"said", "said", "said", "told reporters", "added", "said in a statement",
            "told the newspaper", "wrote on social media"};
    private static final String[] CLUTTER = {"Advertisement", "Read more: %s", "Share this article",
            "Sign up for our newsletter to get the day's top stories", "Related: %s", "Read also: %s"};

    private record Speaker(String name, String surname, String role) {}

    /** A sentence of the story; quotations can be truncated by a report. */
    private record Sentence(String text, boolean quote) {}

    private final Random rnd;
    private final List<Speaker> speakers = new ArrayList<>();
    private final String headline;
    private final List<List<Sentence>> paragraphs = new ArrayList<>();
    private final long seed;

    /** A story of about {@code words} words (a little more, so that edited reports average about that). */
    public NewsGenerator(long seed, int words) {
        this.seed = seed;
        this.rnd = new Random(seed);
        int nSpeakers = 5 + Math.min(40, words / 400);
        for (int i = 0; i < nSpeakers; i++) {
            String last = pick(LAST) + (i >= LAST.length ? "-" + pick(LAST) : "");
            speakers.add(new Speaker(pick(FIRST) + " " + last, last, pick(ROLE)));
        }
        this.headline = capitalise(pick(ORG).replaceFirst("^the ", "")) + " " + pick(VERB_PAST) + " "
                + pick(ADJ) + " " + pick(NOUN) + " " + "plan after " + pick(NOUN) + " in " + pick(PLACE);
        int n = wordCount(headline);
        int target = words + words / 20;
        while (n < target) {
            List<Sentence> p = new ArrayList<>();
            int sentences = 1 + rnd.nextInt(3);
            boolean quoted = rnd.nextDouble() < 0.45;
            for (int k = 0; k < sentences && n < target; k++) {
                Sentence s = quoted && k == 0 ? quotation(pickSpeaker(), rnd)
                        : new Sentence(narrative(), false);
                p.add(s);
                n += wordCount(s.text());
            }
            paragraphs.add(p);
        }
    }

    /** The story as one text (no edits, no clutter). */
    public String story() {
        StringBuilder b = new StringBuilder(headline).append("\n\n");
        for (List<Sentence> p : paragraphs) {
            b.append(join(p)).append("\n\n");
        }
        return b.toString();
    }

    /** {@code count} edited copies of the story, ids r1, r2, ... */
    public List<Report> reports(int count) {
        List<Report> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Report.of("r" + (i + 1), String.format("generated/%03d.txt", i + 1), report(i)));
        }
        return out;
    }

    /** Report {@code i}: the story with this report's edits. */
    public String report(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        boolean curly = r.nextDouble() < 0.7;
        List<String> paras = new ArrayList<>();
        for (List<Sentence> p : paragraphs) {
            if (r.nextDouble() < 0.04) {
                continue; // paragraph dropped
            }
            List<String> kept = new ArrayList<>();
            for (Sentence s : p) {
                if (p.size() > 1 && r.nextDouble() < 0.05) {
                    continue; // sentence dropped
                }
                String t = s.text();
                if (s.quote() && r.nextDouble() < 0.1) {
                    t = truncated(s, r); // quotation cut short
                }
                if (r.nextDouble() < 0.15) {
                    t = wordChanged(t, r);
                }
                kept.add(t);
            }
            if (!kept.isEmpty()) {
                paras.add(String.join(" ", kept));
            }
        }
        int moves = 1 + r.nextInt(3);
        for (int k = 0; k < moves && paras.size() > 2; k++) {
            String moved = paras.remove(1 + r.nextInt(paras.size() - 1));
            paras.add(1 + r.nextInt(paras.size()), moved);
        }
        if (r.nextDouble() < 0.4) {
            int own = 1 + r.nextInt(2);
            for (int k = 0; k < own; k++) {
                String last = pick(LAST, r);
                Speaker s = new Speaker(pick(FIRST, r) + " " + last, last, pick(ROLE, r));
                paras.add(1 + r.nextInt(paras.size()), quotation(s, r).text());
            }
        }
        if (r.nextDouble() < 0.6) {
            int clutter = 1 + r.nextInt(3);
            for (int k = 0; k < clutter; k++) {
                String c = String.format(CLUTTER[r.nextInt(CLUTTER.length)], otherHeadline(r));
                paras.add(1 + r.nextInt(paras.size()), c);
            }
        }
        if (r.nextDouble() < 0.3) {
            paras.add("Sign up for our newsletter and support independent journalism.");
        }
        StringBuilder b = new StringBuilder(headline).append("\n\n");
        for (String p : paras) {
            b.append(curly ? p : straight(p)).append("\n\n");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- sentences

    private String narrative() {
        StringBuilder b = new StringBuilder();
        switch (rnd.nextInt(5)) {
            case 0 -> b.append(capitalise(pick(ORG))).append(' ').append(pick(VERB_PAST)).append(' ')
                    .append(object()).append(' ').append(prepPhrase());
            case 1 -> {
                Speaker s = pickSpeaker();
                b.append(s.name()).append(", ").append(s.role()).append(", ").append(pick(VERB_PAST)).append(' ')
                        .append(object());
            }
            case 2 -> b.append("The ").append(pick(ADJ)).append(' ').append(pick(NOUN)).append(" was ")
                    .append(pick(VERB_PAST)).append(' ').append(prepPhrase()).append(" after ").append(pick(ORG))
                    .append(' ').append(pick(VERB_PAST)).append(' ').append(object());
            case 3 -> b.append(pick(WEEKDAY)).append("'s ").append(pick(NOUN)).append(" in ")
                    .append(pick(PLACE)).append(" came ").append(1 + rnd.nextInt(11)).append(" days after ")
                    .append(pick(ORG)).append(' ').append(pick(VERB_PAST)).append(' ').append(object());
            default -> b.append("According to ").append(pick(ORG)).append(", ").append(rnd.nextInt(900) + 12)
                    .append(' ').append(plural(pick(NOUN))).append(" were ").append(pick(VERB_PAST)).append(' ')
                    .append(prepPhrase());
        }
        if (rnd.nextDouble() < 0.4) {
            b.append(", ").append(rnd.nextBoolean() ? "which " + pick(VERB_PAST) + " " + object()
                    : "while " + pick(ORG) + " " + pick(VERB_PAST) + " " + object());
        }
        return b.append('.').toString();
    }

    private String object() {
        return object(rnd);
    }

    private static String object(Random r) {
        String o = (r.nextDouble() < 0.3 ? "a " : "the ") + (r.nextBoolean() ? pick(ADJ, r) + " " : "")
                + pick(NOUN, r);
        if (o.startsWith("a ") && "aeiou".indexOf(o.charAt(2)) >= 0) {
            o = "an " + o.substring(2);
        }
        return r.nextDouble() < 0.4 ? o + " of the " + pick(NOUN, r) : o;
    }

    private String prepPhrase() {
        return prepPhrase(rnd);
    }

    private static String prepPhrase(Random r) {
        return r.nextBoolean() ? pick(PREP, r) + " " + pick(PLACE, r) + " " + pick(WHEN, r)
                : pick(PREP, r) + " the " + pick(NOUN, r) + " " + pick(PREP, r) + " " + pick(PLACE, r);
    }

    /** Spoken words: an opener, a verb and an object, sometimes a place and a tail. */
    private String spoken(Random r) {
        StringBuilder b = new StringBuilder(pick(OPENER, r)).append(' ').append(pick(VERB_BASE, r)).append(' ')
                .append(object(r));
        if (r.nextBoolean()) {
            b.append(' ').append(prepPhrase(r));
        }
        if (r.nextDouble() < 0.6) {
            b.append(", ").append(pick(TAIL, r));
        }
        return b.toString();
    }

    /** A quotation sentence in one of four shapes; {@code r} decides, so reports can add their own. */
    private Sentence quotation(Speaker s, Random r) {
        String body = spoken(r);
        String name = s.name();
        String verb = pick(VERB_SAY, r);
        return switch (r.nextInt(4)) {
            case 0 -> new Sentence("\u201C" + body + ",\u201D " + name + " " + verb + ".", true);
            case 1 -> new Sentence(name + ", " + s.role() + ", said: \u201C" + body + ".\u201D", true);
            case 2 -> new Sentence("\u201C" + body + ",\u201D said " + name + ". \u201C" + spoken(r) + ".\u201D",
                    true);
            default -> new Sentence(name + " " + verb + " that the " + pick(NOUN, r) + " was \u201C" + pick(ADJ, r)
                    + " and " + pick(ADJ, r) + ", " + pick(TAIL, r) + "\u201D.", true);
        };
    }

    // ---------------------------------------------------------------- edits

    /** The quotation cut after 50-80% of its words, closed again. */
    private static String truncated(Sentence s, Random r) {
        String t = s.text();
        int open = t.indexOf('\u201C');
        int close = t.indexOf('\u201D', open);
        if (open < 0 || close < 0) {
            return t;
        }
        String inner = t.substring(open + 1, close);
        String[] w = inner.split(" ");
        if (w.length < 6) {
            return t;
        }
        int keep = Math.max(3, (int) (w.length * (0.5 + 0.3 * r.nextDouble())));
        String cut = String.join(" ", Arrays.copyOf(w, keep)).replaceAll("[,.]$", "");
        String punct = inner.endsWith(",") ? "," : inner.endsWith(".") ? "." : "";
        return t.substring(0, open + 1) + cut + " \u2026" + punct + t.substring(close);
    }

    /** One lower-case word of length at least four replaced by another word of the same list, or dropped. */
    private static String wordChanged(String t, Random r) {
        String[] w = t.split(" ");
        for (int tries = 0; tries < 8; tries++) {
            int k = r.nextInt(w.length);
            String bare = w[k].replaceAll("[^\\p{L}]", "");
            if (bare.length() < 4 || !bare.equals(bare.toLowerCase(Locale.ROOT)) || !w[k].equals(bare)) {
                continue;
            }
            String[] list = contains(NOUN, bare) ? NOUN : contains(ADJ, bare) ? ADJ
                    : contains(VERB_PAST, bare) ? VERB_PAST : contains(VERB_BASE, bare) ? VERB_BASE : null;
            if (list == null) {
                continue;
            }
            w[k] = list[r.nextInt(list.length)];
            return String.join(" ", w);
        }
        return t;
    }

    private static String straight(String p) {
        return p.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace("\u2026", "...");
    }

    private static String otherHeadline(Random r) {
        return pick(PLACE, r) + " " + pick(VERB_PAST, r) + " " + pick(NOUN, r) + " " + pick(NOUN, r);
    }

    // ---------------------------------------------------------------- helpers

    private Speaker pickSpeaker() {
        return speakers.get(rnd.nextInt(speakers.size()));
    }

    private String pick(String[] a) {
        return pick(a, rnd);
    }

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

    private static String join(List<Sentence> p) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : p) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.text());
        }
        return b.toString();
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")
                ? noun + "es" : noun + "s";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Words as a reader counts them: runs of letters or digits. */
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
