package org.verbatim.bench.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic set of news-like plain-text reports of one story, for the project-file benchmarks.
 *
 * <p>All reports cover the same event (a transit strike in a made-up city). They share a pool of quotations
 * by a dozen speakers, each report quoting a dozen or more of them, and each quotation is edited in some
 * reports the way outlets edit quotes (a word swapped or dropped, a contraction, a trimmed tail), so the
 * engine finds quote groups and discrepancies. They also share a pool of wire-copy paragraphs (sometimes
 * lightly edited) and pad out to the target length with narrative sentences of their own. The same seed
 * always gives the same bytes ({@link Random} is specified to be deterministic).
 */
public final class NewsCorpus {

    /** One generated report: a file name and its UTF-8 bytes. */
    public record Doc(String fileName, byte[] bytes, int words) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private record Speaker(String first, String last, String role) {
        String full() {
            return first + " " + last;
        }
    }

    private record Quote(Speaker speaker, String text) {}

    private static final Speaker[] SPEAKERS = {
        new Speaker("Marisol", "Alvarado", "president of Transit Workers Local 212"),
        new Speaker("Gregory", "Haines", "the Riverton Metro general manager"),
        new Speaker("Dana", "Whitcombe", "the mayor of Riverton"),
        new Speaker("Tobias", "Oyelaran", "a spokesman for the transit authority"),
        new Speaker("Lucia", "Ferrante", "a councillor for the Eastside ward"),
        new Speaker("Henrik", "Sjoberg", "a labour economist at Riverton State University"),
        new Speaker("Priya", "Raman", "a nurse who commutes from Northgate"),
        new Speaker("Walter", "Kowalczyk", "a bus driver with 22 years of service"),
        new Speaker("Amara", "Okafor", "head of the Riverton Chamber of Commerce"),
        new Speaker("Samuel", "Reyes", "the state labour commissioner"),
        new Speaker("Ingrid", "Larsen", "a mediator appointed by the state"),
        new Speaker("Joseph", "Tanaka", "a student at Riverton Community College"),
    };

    /** Three quotations by each speaker, in {@link #SPEAKERS} order. */
    private static final String[] QUOTES = {
        "We are not going back to work until the authority puts a real offer on the table. Our members have been patient for three years.",
        "Every driver on that picket line has been spat at, shoved or threatened. We want partitions on every bus, and we want them this year.",
        "The pension fund did not go broke by itself. Somebody at headquarters made those choices, and it was not the mechanics.",
        "The offer on the table is a good one, and it is the best this authority can afford without raising fares again.",
        "I would ask the union leadership to put our offer to a vote of its members. I think they would be surprised by the result.",
        "We have not hired replacement drivers and we do not intend to. That would only make a bad situation worse.",
        "This city cannot run without its buses, and I am not going to pretend otherwise to anyone.",
        "I have spoken to both sides twice today. My door is open at any hour, and I expect them to walk through it.",
        "Nobody at city hall is taking sides here. Our only job is to get people moving again as quickly as possible.",
        "Service will resume within six hours of an agreement being signed. The buses are fuelled and ready.",
        "We are publishing the numbers every day at noon so that riders can see exactly where things stand.",
        "Paratransit is running normally, and anyone who relies on it should book their trips as usual.",
        "Eastside has the longest commutes and the fewest cars in the whole city. My constituents are paying for this standoff.",
        "I am calling for an emergency session of the transit committee before the end of the week.",
        "If the authority can find money for a new headquarters, it can find money for safety glass.",
        "Strikes like this one tend to end when the cost of holding out becomes visible to the public, and that usually takes about two weeks.",
        "The pension gap is real, but it is not a reason to freeze wages for a decade.",
        "Arbitration is the likeliest outcome if neither side blinks before the thirty-day mark.",
        "I walked two hours to get to my shift this morning, and I will do it again tomorrow if I have to.",
        "My patients do not stop needing care because the buses stopped running.",
        "Half the night staff on my ward are sleeping in the break room so they do not miss a shift.",
        "I have driven the number 9 for twenty-two years and I have never been this tired or this angry.",
        "Passengers bring me coffee on the picket line. They know what the job is like.",
        "All we are asking is to go home at the end of the shift in one piece.",
        "Sales on Main Street are down by a quarter since Monday, and some of these shops will not survive a month of it.",
        "Our members need their staff to be able to get to work. Every day of this costs the city money it will not get back.",
        "We are urging employers to be flexible with hours for as long as the strike lasts.",
        "The state is watching closely, and I will use every tool the law gives me if it comes to that.",
        "Binding arbitration is a last resort, not a first one. I would much rather they settled this themselves.",
        "I have told both parties that the public's patience is not unlimited.",
        "We made some progress tonight, but there is still a wide gap on wages and on the pension.",
        "Both teams have agreed to keep the details of the talks private, and I would ask everyone to respect that.",
        "I am cautiously hopeful that we will have something to announce by Friday.",
        "I have an exam at eight tomorrow and no idea how I am going to get there.",
        "Most of us do not have cars. The bus is the only way we get to class.",
        "The college said it would record the lectures, which helps, but you cannot take a chemistry lab online.",
    };

    private static final String[][] SYNONYMS = {
        {"real", "serious"}, {"patient", "very patient"}, {"good", "fair"}, {"afford", "pay for"},
        {"surprised", "shocked"}, {"worse", "far worse"}, {"pretend", "claim"}, {"expect", "want"},
        {"quickly", "fast"}, {"ready", "waiting"}, {"emergency", "urgent"}, {"money", "cash"}, {"freeze", "cap"},
        {"likeliest", "most likely"}, {"tired", "exhausted"}, {"angry", "furious"}, {"quarter", "third"},
        {"flexible", "understanding"}, {"closely", "carefully"}, {"progress", "headway"}, {"hopeful", "optimistic"},
        {"exam", "test"}, {"drivers", "operators"}, {"members", "workers"}, {"shops", "stores"},
    };

    private static final String[][] CONTRACTIONS = {
        {"We are", "We're"}, {"we are", "we're"}, {"do not", "don't"}, {"cannot", "can't"}, {"I am", "I'm"},
        {"I have", "I've"}, {"It is", "It's"}, {"That is", "That's"}, {"There is", "There's"}, {"We will", "We'll"},
        {"I would", "I'd"}, {"is not", "isn't"}, {"it is", "it's"}, {"did not", "didn't"}, {"will not", "won't"},
    };

    private static final String[] OUTLETS = {
        "Riverton Courier", "Capitol Wire", "KRVT News", "Eastside Examiner", "Metro Daily", "The Harbour Times",
        "Northgate Gazette", "State Line Post", "Valley Herald", "The Morning Ledger",
    };

    private static final String[] SUBJECTS = {
        "The strike", "The walkout", "The dispute", "The transit authority", "The union", "City officials",
        "Commuters", "Local businesses", "The state mediator", "Council members", "Schools", "Hospital staff",
        "Ride-share companies", "Taxi drivers", "Cyclists", "Regional rail operators", "Parents", "Shop owners",
    };

    private static final String[] VERBS = {
        "disrupted", "frustrated", "drew criticism from", "changed the routines of", "worried", "angered",
        "inconvenienced", "surprised", "weighed on", "caught out", "tested the patience of", "rattled",
    };

    private static final String[] OBJECTS = {
        "morning commuters on the east side", "roughly 180,000 daily riders", "workers on the night shift",
        "students heading to exams", "elderly residents without cars", "the downtown lunch trade",
        "suburban park-and-ride lots", "the city's emergency planners", "weekend shoppers", "the regional economy",
        "families in Northgate and Eastside", "hospital visitors", "the schedule for the harbour ferries",
    };

    private static final String[] TAILS = {
        "according to figures released on Thursday", "officials said", "with no end in sight",
        "as talks stalled again", "for the fourth day running", "despite an appeal from the governor",
        "in what analysts called the longest stoppage in a decade", "while both sides traded accusations",
        "as traffic on the ring road doubled", "after a late-night session broke up without agreement",
    };

    private static final String[] FACTS = {
        "About 2,400 drivers, mechanics and station staff walked off the job at 4 a.m. on Monday after contract talks collapsed.",
        "The union is seeking a 14 percent raise over three years, protected breaks and a new safety partition on every bus.",
        "The authority has offered 9 percent over four years and says the pension shortfall leaves no room for more.",
        "Riverton Metro carries roughly 180,000 riders on a typical weekday, most of them on 46 bus routes.",
        "The last strike, in 2014, lasted eleven days and ended when the state appointed a mediator.",
        "The city has opened extra parking at three stadium lots and asked employers to allow remote work.",
        "School districts said buses for students would keep running because they are run by a private contractor.",
        "The regional rail line, which is not affected, added four trains to its morning schedule.",
        "Ride-share prices rose sharply on the first morning of the strike, according to data from two apps.",
        "Hospitals said some staff were sleeping at work to avoid missing shifts.",
        "The state labour commissioner has the power to order binding arbitration after thirty days.",
        "The union's members voted 91 percent in favour of the strike in a ballot last month.",
        "The authority's budget for the year is $612 million, about a third of it from fares.",
        "Talks are scheduled to resume on Friday at a downtown hotel, with the state mediator present.",
        "A group of small businesses on Main Street said sales had fallen by a quarter since Monday.",
        "The authority said it had not hired replacement drivers and had no plans to do so.",
        "Council members from the Eastside ward called for an emergency session of the transit committee.",
        "Assaults on drivers rose by 30 percent last year, according to the union's own count.",
        "The contract covering drivers and mechanics expired on March 31.",
        "Paratransit service for disabled riders is continuing under an agreement reached on Sunday night.",
        "The mayor's office said it would publish a daily update on the talks at noon.",
        "Traffic on the ring road was about twice its usual volume on Tuesday morning, according to the state.",
        "The union's strike fund pays members $300 a week, far less than their usual wages.",
        "Both sides have agreed not to discuss the details of the offers in public, but have repeatedly done so.",
        "Cycling groups organised convoys from the outer suburbs to the city centre.",
    };

    private NewsCorpus() {}

    /**
     * @param reports how many reports
     * @param words   roughly how many words each (within a sentence of it)
     * @param seed    the random seed: the same seed gives the same reports
     */
    public static List<Doc> generate(int reports, int words, long seed) {
        List<Quote> pool = quotePool();
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            out.add(report(i, pool, words, new Random(seed * 1_000_003L + i)));
        }
        return out;
    }

    /** The quotations, each with its speaker. */
    private static List<Quote> quotePool() {
        List<Quote> pool = new ArrayList<>();
        for (int i = 0; i < QUOTES.length; i++) {
            pool.add(new Quote(SPEAKERS[i / 3], QUOTES[i]));
        }
        return pool;
    }

    private static Doc report(int index, List<Quote> pool, int target, Random random) {
        String outlet = OUTLETS[index % OUTLETS.length] + (index >= OUTLETS.length ? " " + (index / OUTLETS.length + 1) : "");
        StringBuilder b = new StringBuilder();
        String title = pick(random, new String[] {"Transit strike", "Bus strike", "Riverton walkout", "Metro strike"})
                + " enters day " + (2 + random.nextInt(4)) + " as " + pick(random, new String[] {"talks stall",
                "commuters struggle", "both sides dig in", "mediator steps in", "businesses count the cost"});
        b.append(title).append("\n\n");
        b.append("By ").append(pick(random, new String[] {"Laura", "Piotr", "Nadia", "Omar", "Claire", "Ben"}))
                .append(' ').append(pick(random, new String[] {"Mendes", "Zielinski", "Hart", "Said", "Dubois", "Cole"}))
                .append(", ").append(outlet).append("\n\n");
        b.append("March ").append(4 + random.nextInt(4)).append(", 2025\n\n");
        b.append("RIVERTON (").append(outlet).append(") - ").append(FACTS[0]).append(' ')
                .append(sentence(random)).append("\n\n");

        List<Quote> quotes = new ArrayList<>(pool);
        Collections.shuffle(quotes, random);
        quotes = quotes.subList(0, 14 + random.nextInt(8));
        List<String> facts = new ArrayList<>(List.of(FACTS).subList(1, FACTS.length));
        Collections.shuffle(facts, random);
        facts = facts.subList(0, 8 + random.nextInt(6));

        List<Speaker> named = new ArrayList<>();
        int words = count(b);
        int q = 0;
        int f = 0;
        while (words < target - 20) {
            int kind = random.nextInt(10);
            String paragraph;
            if (kind < 4 && q < quotes.size()) {
                paragraph = quoteParagraph(quotes.get(q++), named, outlet, random);
            } else if (kind < 6 && f < facts.size()) {
                paragraph = editFact(facts.get(f++), random);
            } else {
                paragraph = narrative(random, 2 + random.nextInt(3));
            }
            int n = count(paragraph);
            if (words + n > target + 15) {
                paragraph = fillTo(random, target - words);
                n = count(paragraph);
                if (n == 0) {
                    break;
                }
            }
            b.append(paragraph).append("\n\n");
            words += n;
        }
        String name = String.format(Locale.ROOT, "%02d-%s.txt", index + 1,
                outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return new Doc(name, b.toString().getBytes(StandardCharsets.UTF_8), words);
    }

    private static String quoteParagraph(Quote quote, List<Speaker> named, String outlet, Random random) {
        Speaker s = quote.speaker();
        boolean first = !named.contains(s);
        if (first) {
            named.add(s);
        }
        String text = editQuote(quote.text(), random);
        // the quote's sentences: the last ends with a full stop, to be rewritten for the attribution
        String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        int form = random.nextInt(4);
        if (first) {
            return switch (form) {
                case 0 -> "\u201C" + body + ",\u201D said " + s.full() + ", " + s.role() + ".";
                case 1 -> s.full() + ", " + s.role() + ", said: \u201C" + body + ".\u201D";
                default -> "\u201C" + body + ",\u201D " + s.full() + ", " + s.role() + ", told " + outlet + ".";
            };
        }
        int split = body.indexOf(". ");
        return switch (form) {
            case 0 -> "\u201C" + body + ",\u201D " + s.last() + " said.";
            case 1 -> s.last() + " added: \u201C" + body + ".\u201D";
            case 2 -> split > 0
                    ? "\u201C" + body.substring(0, split) + ",\u201D " + s.last() + " said. \u201C"
                            + body.substring(split + 2) + ".\u201D"
                    : "\u201C" + body + ",\u201D " + s.last() + " said.";
            default -> "\u201C" + body + ",\u201D " + s.last() + " told reporters.";
        };
    }

    /** About half the quotations come out as spoken; the rest with one or two editorial changes. */
    private static String editQuote(String text, Random random) {
        if (random.nextInt(100) < 45) {
            return text;
        }
        String out = text;
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    String[] pair = SYNONYMS[random.nextInt(SYNONYMS.length)];
                    out = out.replaceFirst("\\b" + pair[0] + "\\b", pair[1]);
                }
                case 1 -> {
                    String[] pair = CONTRACTIONS[random.nextInt(CONTRACTIONS.length)];
                    out = out.replace(pair[0], pair[1]);
                }
                case 2 -> {
                    String[] w = out.split(" ");
                    if (w.length > 8) {
                        int drop = 2 + random.nextInt(w.length - 4);
                        if (!w[drop].endsWith(".")) {
                            List<String> kept = new ArrayList<>(List.of(w));
                            kept.remove(drop);
                            out = String.join(" ", kept);
                        }
                    }
                }
                default -> {
                    int cut = out.indexOf(". ");
                    if (cut > 0 && random.nextBoolean()) {
                        out = out.substring(0, cut + 1);
                    } else {
                        out = out.replaceFirst(" and ", ", and ");
                    }
                }
            }
        }
        return out;
    }

    private static String editFact(String fact, Random random) {
        if (random.nextInt(100) < 70) {
            return fact;
        }
        return fact.replaceFirst("\\bsaid\\b", "reported").replaceFirst("\\babout\\b", "roughly")
                .replaceFirst("\\bon Monday\\b", "early on Monday");
    }

    private static String narrative(Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append(i > 0 ? " " : "").append(sentence(random));
        }
        return b.toString();
    }

    private static String fillTo(Random random, int words) {
        StringBuilder b = new StringBuilder();
        while (true) {
            String s = sentence(random);
            if (count(b) + count(s) > words + 10 || words <= 5) {
                return b.toString();
            }
            b.append(b.length() > 0 ? " " : "").append(s);
        }
    }

    private static String sentence(Random random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + ", "
                + pick(random, TAILS) + ".";
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static int count(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
