package org.verbatim.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.core.model.ReportMeta;

/**
 * What a web page states about itself in its markup.
 *
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, {@code <title>}, the first {@code <h1>};</li>
 *   <li>outlet: {@code og:site_name}, {@code application-name}, the publisher's name in JSON-LD, else the
 *       URL's host without {@code www.};</li>
 *   <li>date: {@code article:published_time}, {@code datePublished} (microdata or JSON-LD), the first
 *       {@code <time datetime>}, {@code <meta name="date">}; as ISO {@code yyyy-MM-dd} when recognisable;</li>
 *   <li>url: {@code <link rel="canonical">}, {@code og:url}, made absolute against the page's address
 *       (or {@code og:url}); a relative address that cannot be resolved is dropped.</li>
 * </ul>
 * Read before the article extraction, which changes the document. Stateless.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    static ReportMeta of(Document doc) {
        List<JsonNode> jsonLd = jsonLd(doc);
        String title = first(
                meta(doc, "og:title"),
                meta(doc, "twitter:title"),
                doc.title(),
                text(doc.selectFirst("h1")));
        String ogUrl = absoluteUrl(meta(doc, "og:url"), doc.location());
        String url = first(
                absoluteUrl(attr(doc.selectFirst("link[rel=canonical]"), "href"), first(doc.location(), ogUrl)),
                ogUrl);
        String outlet = first(
                meta(doc, "og:site_name"),
                meta(doc, "application-name"),
                jsonText(jsonLd, "publisher"),
                TextMetadata.hostOf(url));
        String date = first(
                meta(doc, "article:published_time"),
                itemprop(doc, "datePublished"),
                jsonText(jsonLd, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                meta(doc, "date"),
                meta(doc, "dc.date"));
        return new ReportMeta(clean(title), clean(outlet), TextMetadata.normalizeDate(date), clean(url));
    }

    /** The content of {@code <meta property=key>} or {@code <meta name=key>}, case-insensitive. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))) {
                String content = m.attr("content");
                if (!content.isBlank()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(attr(e, "content"), attr(e, "datetime"), text(e));
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                nodes.add(JSON.readTree(script.data()));
            } catch (JsonProcessingException e) {
                // a page's broken JSON-LD is not our problem; the other sources still count
            }
        }
        return nodes;
    }

    /** The first value of {@code field} anywhere in the JSON-LD: a string, or an object's {@code name}. */
    private static String jsonText(List<JsonNode> roots, String field) {
        for (JsonNode root : roots) {
            for (JsonNode value : root.findValues(field)) {
                JsonNode v = value.isArray() && !value.isEmpty() ? value.get(0) : value;
                if (v.isTextual() && !v.asText().isBlank()) {
                    return v.asText();
                }
                if (v.isObject() && v.path("name").isTextual()) {
                    return v.path("name").asText();
                }
            }
        }
        return null;
    }

    /**
     * {@code href} made absolute against {@code base}; null when it is neither absolute nor resolvable
     * (a relative address on a page read from a file says nothing usable).
     */
    private static String absoluteUrl(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            if (uri.isAbsolute()) {
                return uri.toString();
            }
            if (base != null && !base.isBlank() && new URI(base).isAbsolute()) {
                return new URI(base).resolve(uri).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not an address
        }
        return null;
    }

    private static String attr(Element e, String attribute) {
        if (e == null || !e.hasAttr(attribute)) {
            return null;
        }
        String value = e.attr(attribute);
        return value.isBlank() ? null : value;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : TextMetadata.stripAll(s.replaceAll("\\s+", " "));
    }
}
