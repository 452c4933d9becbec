package org.verbatim.core.read;

import org.verbatim.core.clutter.ClutterDetector;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.ReportMeta;

/**
 * What a plain or markdown text says about itself in its own lines, shared by {@link PlainTextReader} and
 * {@link MarkdownReader}.
 *
 * <ul>
 *   <li>url: a line {@code Original url:}, {@code Source URL:} or {@code URL:} with the address on the same
 *       line or the next non-blank one (bare or in {@code <...>}), or {@code Source: <url>};</li>
 *   <li>outlet: {@code Source: Name} (when not a URL), {@code Publisher:} or {@code Outlet:}; else the URL's
 *       host without {@code www.};</li>
 *   <li>date: one of the first {@value #DATE_LINES} non-blank lines that is a date ("September 15, 2015",
 *       "15 September 2015", "2015-09-15", "Tuesday, Sep 15, 2015 8:11 am"), as ISO {@code yyyy-MM-dd} when
 *       it names a real day, else as written.</li>
 * </ul>
 * Labels are matched case-insensitively and may be wrapped in markdown emphasis ({@code **Source:**}).
 * Stateless; all methods are static.
 */
final class TextMetadata {

    /** How many non-blank lines from the top may hold the date. */
    static final int DATE_LINES = 10;
    /** A longer "Source:" value is a sentence of the article, not an outlet's name. */
    private static final int MAX_OUTLET_LENGTH = 80;
    /** How far below a bare "URL:" label the address may stand, in lines. */
    private static final int URL_LOOKAHEAD = 3;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private static final Pattern LABEL = Pattern.compile(
            "^[\\s>*_]*(original\\s+url|source\\s+url|url|source|publisher|outlet)[\\s*_]*:[\\s*_]*(.*?)[\\s*_]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'\\[\\]{}|\\\\^`]+",
            Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String YEAR = "\\d{4}";
    private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
            + "|" + YEAR + "-\\d{1,2}-\\d{1,2})";
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?";
    private static final String TIME_TAIL = "(?:[\\s,|\u00B7\u2013\u2014-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b.{0,24})?";

    /** A whole line that is a date, maybe with a label, a weekday and a time. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[\\s*_]*(?:(?:published|updated|posted|dated|date)(?:\\s+on)?\\s*:?\\s*)?(?:" + WEEKDAY + "\\s+)?("
                    + DATE + ")(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?" + TIME_TAIL + "[\\s*_]*$",
            Pattern.CASE_INSENSITIVE);

    /** A date anywhere in a string. */
    private static final Pattern DATE_ANYWHERE = Pattern.compile("\\b(" + DATE + ")(?!\\d)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            format("MMMM d uuuu"), format("MMM d uuuu"), format("d MMMM uuuu"), format("d MMM uuuu"),
            format("uuuu-M-d"));

    private TextMetadata() {
    }

    /**
     * Outlet, date and URL as the text states them; the title is left null (the readers decide it).
     */
    static ReportMeta scan(String text) {
        List<String> lines = lines(text);
        String url = null;
        String outlet = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABEL.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String label = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String value = m.group(2).strip();
            String found = findUrl(value);
            switch (label) {
                case "original url", "source url", "url" -> {
                    if (found == null && value.isEmpty()) {
                        found = urlBelow(lines, i);
                    }
                    if (url == null) {
                        url = found;
                    }
                }
                case "source" -> {
                    if (found != null) {
                        url = url == null ? found : url;
                    } else if (outlet == null && isName(value)) {
                        outlet = value;
                    }
                }
                default -> { // publisher, outlet
                    if (outlet == null && found == null && isName(value)) {
                        outlet = value;
                    }
                }
            }
        }
        if (outlet == null) {
            outlet = hostOf(url);
        }
        return new ReportMeta(null, outlet, dateIn(lines), url);
    }

    /**
     * The first non-blank line that is not page furniture ("Support The Moscow Times!"), without markdown
     * heading marks ({@code # }, closing {@code #}s) and surrounding whitespace; null when there is no such line.
     */
    static String firstLineTitle(String text) {
        for (String line : lines(text)) {
            String title = stripHeadingMarks(line);
            if (!title.isEmpty() && !ClutterDetector.isFurniture(title)) {
                return title;
            }
        }
        return null;
    }

    /**
     * A date found in {@code raw} as ISO {@code yyyy-MM-dd}; the date as written when it names no real day
     * ("February 30, 2015"); {@code raw} stripped when no date is recognised; null for null or blank.
     */
    static String normalizeDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Matcher m = DATE_ANYWHERE.matcher(raw);
        if (!m.find()) {
            return raw.strip();
        }
        String iso = toIso(m.group(1));
        return iso != null ? iso : m.group(1);
    }

    /** The host of {@code url} in lower case without a leading {@code www.}; null when there is none. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first http(s) address in {@code value}, without trailing punctuation; null when there is none. */
    static String findUrl(String value) {
        Matcher m = URL.matcher(value);
        if (!m.find()) {
            return null;
        }
        String url = m.group();
        while (!url.isEmpty()) {
            char last = url.charAt(url.length() - 1);
            if (".,;:!?".indexOf(last) >= 0 || (last == ')' && count(url, '(') < count(url, ')'))) {
                url = url.substring(0, url.length() - 1);
            } else {
                break;
            }
        }
        return url;
    }

    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    static String stripHeadingMarks(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            s = s.replaceFirst("^#+", "");
            s = s.replaceFirst("\\s+#+$", "");
        }
        return stripAll(s);
    }

    /** Strips whitespace including no-break and zero-width spaces. */
    static String stripAll(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TextDecoder.isBlank(s.substring(start, start + 1))) {
            start++;
        }
        while (end > start && TextDecoder.isBlank(s.substring(end - 1, end))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String urlBelow(List<String> lines, int labelLine) {
        for (int j = labelLine + 1; j < lines.size() && j <= labelLine + URL_LOOKAHEAD; j++) {
            String next = lines.get(j);
            if (TextDecoder.isBlank(next)) {
                continue;
            }
            return findUrl(next);
        }
        return null;
    }

    private static String dateIn(List<String> lines) {
        int nonBlank = 0;
        for (String line : lines) {
            if (TextDecoder.isBlank(line)) {
                continue;
            }
            if (++nonBlank > DATE_LINES) {
                break;
            }
            Matcher m = DATE_LINE.matcher(stripAll(line));
            if (m.matches()) {
                String iso = toIso(m.group(1));
                return iso != null ? iso : m.group(1);
            }
        }
        return null;
    }

    /** ISO date for a date string matched by {@link #DATE}, or null when it names no real day. */
    private static String toIso(String date) {
        String cleaned = ORDINAL.matcher(date).replaceAll("$1")
                .replace(",", " ")
                .replace(".", " ")
                .replaceAll("(?i)\\bof\\b", " ")
                .replaceAll("(?i)\\bsept\\b", "Sep")
                .replaceAll("\\s+", " ")
                .strip();
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(cleaned, f).toString();
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return null;
    }

    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean isName(String value) {
        return !value.isEmpty() && value.length() <= MAX_OUTLET_LENGTH;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * The metadata of a document that states its title, author and creation date in its properties (Word,
     * PDF), the text filling the gaps as for plain text.
     */
    static ReportMeta ofDocument(String title, String author, java.util.Date created, String text) {
        String date = created == null ? null
                : created.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        return new ReportMeta(blankToNull(title), null, date, null, blankToNull(author), null)
                .orElse(PlainTextReader.metaOf(text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
