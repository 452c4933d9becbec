package org.verbatim.core.clutter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;

/**
 * Paragraph rules for the furniture that web pages wrap around a story.
 * <ul>
 *   <li>A paragraph that is wholly a known piece of furniture ("Read more", "Report a problem",
 *       "Sign up for our newsletter", "Original url:", a bare URL, a share button) is excluded.</li>
 *   <li>The closing block of a page (from such a paragraph to the end) is excluded whole when most of it is
 *       furniture or appeal ("Dear readers", "your support", "independent journalism", "Monthly").</li>
 * </ul>
 * A paragraph that ends a sentence and is not itself furniture stays in the story unless it sits in that
 * closing block.
 */
final class RuleBasedClutterDetector implements ClutterDetector {

    private static final Pattern FURNITURE = Pattern.compile(String.join("|",
            "report an? (problem|error|typo|correction)",
            "read (more|next|also|the full story|full article)(:? .{0,100})?",
            "(see|view) (also|more|comments)( .{0,40})?",
            "related( articles| stories| content| coverage| topics| links)?:?",
            "more (from|on|stories from|about) .{1,60}",
            "most (read|popular|viewed)",
            "share( this| the)?( article| story| page| post)?( on .{1,30})?:?",
            "(share|post|tweet) (on|to|via) (facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|bluesky)",
            "facebook|twitter|x|whatsapp|linkedin|email|e-mail|reddit|telegram|copy link|print|pinterest|messenger",
            "advertisement|advertising|sponsored( content)?|ad|promoted( content)?",
            "subscribe( now| today| here)?.{0,80}",
            "sign up( now| today)?( for| to)? .{0,80}",
            "(get|receive) (our|the) .{0,40}newsletter.{0,60}",
            "support (us|our .{1,40}|the .{1,40}|independent .{1,40})[!.]?",
            "support [A-Z][\\w .'-]{1,40}!",
            "donate( now| today)?[!.]?|make a (donation|contribution).{0,60}",
            "(original|source|canonical) url:?( .*)?",
            "url( source)?:( .*)?",
            "(title|published time|markdown content|author|byline):( .*)?",
            "skip to (main )?content|jump to (navigation|content)|back to top",
            "(accept|reject|manage)( all)? cookies.*|we use cookies.*",
            "follow us( on .{1,40})?|follow [A-Z][\\w .'-]{1,40} on .{1,30}",
            "click here.{0,80}|continue reading.{0,40}|listen to (this )?(article|story).{0,40}",
            "comments?( \\(\\d+\\))?|\\d+ comments?|leave a comment|join the (conversation|discussion)",
            "all rights reserved.{0,80}|(©|\\(c\\)|copyright) .{0,120}",
            "(image|photo|picture|video)( source| credit| caption)?:.{0,120}",
            "\\d+ min(ute)?s? read|updated:? .{0,40}|last (updated|modified):? .{0,40}",
            "once|monthly|annual|annually|yearly|one-time|continue|preview|remind me later\\.?",
            "(payment|paiment) methods?|not ready to (support|donate|subscribe).{0,30}",
            "subscribers agree to .{0,60}|by (subscribing|signing up).{0,120}",
            "a message from .{1,60}:?|dear (readers?|friends|subscribers),?",
            "thank you for (reading|your support|supporting .{1,60})[.!]?",
            "(log|sign) in( to .{1,40})?|register|create (an )?account|my account",
            "tags?:.{0,200}|topics?:.{0,200}|filed under:?.{0,200}",
            "\\[(crawled|archived|retrieved|captured).{0,120}\\]|(retrieved|archived|captured) (from|on) .{0,160}",
            "<?https?://\\S+>?",
            "www\\.\\S+"), Pattern.CASE_INSENSITIVE);

    private static final Pattern APPEAL = Pattern.compile(
            "newsletter|subscri(be|ption|bers?)|donat(e|ion)|contribut(e|ion)|your (support|help)|support(ing)? us"
                    + "|supporting (the|our) |independent journalism|journalis(m|ts)|privacy policy|terms of (use|service)"
                    + "|inbox|mailbox|paywall|membership|per month|a month|sign up|unsubscribe|advertis",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Excluded> detect(String text, List<Span> paragraphs) {
        int n = paragraphs.size();
        String[] reason = new String[n];
        boolean[] appeal = new boolean[n];
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i).of(text).strip();
            if (isFurniture(p)) {
                reason[i] = "page furniture";
            }
            appeal[i] = APPEAL.matcher(p).find() || isButtonLike(p);
        }
        int tail = closingBlockStart(reason, appeal);
        List<Excluded> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i >= tail) {
                out.add(new Excluded(new Span(paragraphs.get(i).start(), paragraphs.get(n - 1).end()),
                        "closing appeal and page furniture"));
                break;
            }
            if (reason[i] != null) {
                out.add(new Excluded(paragraphs.get(i), reason[i]));
            }
        }
        return out;
    }

    static boolean isFurniture(String paragraph) {
        if (paragraph.isEmpty() || paragraph.length() > 240) {
            return false;
        }
        String p = paragraph.replaceAll("^[#>*\\-\\s]+", "").strip();
        return !p.isEmpty() && FURNITURE.matcher(p).matches();
    }

    /** A few words with no sentence ending: a button or a menu entry. */
    private static boolean isButtonLike(String p) {
        return p.split("\\s+").length <= 3 && !p.matches(".*[.!?\"”:]$") && p.length() < 30;
    }

    /**
     * The earliest furniture paragraph after which at least 70% of the paragraphs, and the last one, are
     * furniture or appeal; {@code n} when there is none.
     */
    private static int closingBlockStart(String[] reason, boolean[] appeal) {
        int n = reason.length;
        if (n == 0 || (reason[n - 1] == null && !appeal[n - 1])) {
            return n;
        }
        for (int k = n / 3; k < n - 1; k++) {
            if (reason[k] == null) {
                continue;
            }
            int clutter = 0;
            for (int i = k; i < n; i++) {
                if (reason[i] != null || appeal[i]) {
                    clutter++;
                }
            }
            if (clutter * 10 >= (n - k) * 7 && n - k >= 3) {
                return k;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "rules" + Locale.ROOT.toString();
    }
}
