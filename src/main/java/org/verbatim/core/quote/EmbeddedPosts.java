package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;

/**
 * Social-media posts pasted into a page without quotation marks, recognised by the line that embeds them:
 * "A photo posted by Elton John (@eltonjohn) on Sep 14, 2015", "— Jane Doe (@janedoe) March 3, 2024",
 * "A post shared by …". The post is the paragraph before that line, with the hashtag and handle lines
 * that belong to it.
 */
final class EmbeddedPosts {

    /** A post: its words, the embed line, and who posted it. */
    record Post(Span body, Span embedLine, String author, Span authorSpan) {}

    private static final Pattern EMBED_LINE = Pattern.compile(
            "^(?:A|An)\\s+(?:photo|video|post|reel|carousel)\\s+(?:posted|shared)\\s+by\\s+(?<name>[^()\\n]+?)\\s*"
                    + "\\(@[\\w.]+\\)(?:\\s+on\\s+.*)?$"
                    + "|^[\u2014\u2013-]+\\s*(?<name2>[^()@\\n]+?)\\s*\\(@\\w+\\)\\s*.{0,60}$"
                    + "|^(?<name3>[^()@\\n]{2,60}?)\\s*\\(@[\\w.]+\\)\\s+(?:posted|shared|tweeted|wrote)\\s+.{0,60}$");

    private static final Pattern TAGS_ONLY = Pattern.compile("^(?:[@#][\\w\\\\.]+[\\s,.]*|pic\\.twitter\\.com/\\S+\\s*|https?://\\S+\\s*)+$");

    private static final int MAX_BODY_PARAGRAPHS = 4;

    /** A post and its author line on one line: "The best part of waking up … — Randy Rainbow (@RandyRainbow) May 31, 2017". */
    private static final Pattern INLINE = Pattern.compile(
            "^(?<body>.{3,600}?)\\s+[\u2014\u2013]\\s*(?<name>[^()@\\n\u2014]{2,60}?)\\s*\\(@[\\w.]+\\)\\s*"
                    + "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})?\\s*$");

    /** A post printed after a colon, without marks: "Trump tweeted something weird last night: Despite the …". */
    private static final Pattern AFTER_COLON = Pattern.compile(
            "\\b(?:tweeted|tweets|wrote|writes|posted|posts)\\b[^.:!?\"\u201C\u201D]{0,60}:\\s+(?<body>[\\p{Lu}][^\"\u201C\u201D\n]{2,280}?[.!?])(?=\\s|$)");

    List<Post> find(String text, List<Span> paragraphs, List<Span> quoted) {
        List<Post> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            String line = para.of(text).strip();
            Matcher inline = INLINE.matcher(para.of(text));
            if (!containsQuote(para, quoted) && inline.find()) {
                Span body = new Span(para.start() + inline.start("body"), para.start() + inline.end("body"));
                // a poem or a post of several short lines: the short unpunctuated paragraphs before it
                for (int k = p - 1; k >= 0 && k >= p - MAX_BODY_PARAGRAPHS; k--) {
                    String prev = paragraphs.get(k).of(text).strip();
                    if (prev.length() > 60 || prev.matches("(?s).*[.!?:;,]$") || containsQuote(paragraphs.get(k), quoted)) {
                        break;
                    }
                    body = new Span(paragraphs.get(k).start(), body.end());
                }
                Span author = new Span(para.start() + inline.start("name"), para.start() + inline.end("name"));
                out.add(new Post(body, new Span(body.end(), para.end()), author.of(text).strip(), author));
                continue;
            }
            Matcher colon = AFTER_COLON.matcher(para.of(text));
            while (colon.find()) {
                Span body = new Span(para.start() + colon.start("body"), para.start() + colon.end("body"));
                if (quoted.stream().noneMatch(q -> q.overlaps(body))) {
                    out.add(new Post(body, null, null, null));
                }
            }
            // the embed line may open a paragraph that a hard-wrap join ran on into the next lines
            int newline = para.of(text).strip().indexOf('\n');
            if (newline > 0) {
                line = para.of(text).strip().substring(0, newline).strip();
            }
            if (line.length() > 200) {
                continue;
            }
            Matcher m = EMBED_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String group = m.group("name") != null ? "name" : m.group("name2") != null ? "name2" : "name3";
            int offset = para.start() + para.of(text).indexOf(line);
            Span authorSpan = new Span(offset + m.start(group), offset + m.end(group));
            Span body = body(text, paragraphs, p, quoted);
            if (body != null) {
                out.add(new Post(body, new Span(offset, offset + line.length()), authorSpan.of(text).strip(), authorSpan));
            }
        }
        return out;
    }

    /** The paragraphs just before the embed line that form the post: tag lines, then one paragraph of prose. */
    private static Span body(String text, List<Span> paragraphs, int embed, List<Span> quoted) {
        int first = -1;
        for (int k = embed - 1, taken = 0; k >= 0 && taken < MAX_BODY_PARAGRAPHS; k--, taken++) {
            Span para = paragraphs.get(k);
            if (containsQuote(para, quoted) || (first >= 0 && wideGap(text, para, paragraphs.get(first)))) {
                break;
            }
            if (first < 0 && wideGap(text, para, paragraphs.get(embed)) && k < embed - 1) {
                break;
            }
            first = k;
            if (!TAGS_ONLY.matcher(para.of(text).strip()).matches()) {
                break; // the prose of the post: it starts here
            }
        }
        return first < 0 ? null : new Span(paragraphs.get(first).start(), paragraphs.get(embed - 1).end());
    }

    /** Two or more blank lines between paragraphs: a boundary the page drew around the embed. */
    private static boolean wideGap(String text, Span before, Span after) {
        String gap = text.substring(before.end(), after.start());
        return gap.chars().filter(c -> c == '\n').count() >= 3;
    }

    private static boolean containsQuote(Span para, List<Span> quoted) {
        for (Span q : quoted) {
            if (para.overlaps(q)) {
                return true;
            }
        }
        return false;
    }
}
