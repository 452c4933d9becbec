package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

class HtmlReaderTest {

    private static final String NEWS_PAGE = "news-article-with-nav-quote-footer.html";

    private final HtmlReader reader = new HtmlReader();

    private ReadResult fixture(String name) throws ReadException {
        return reader.read(name, Fixtures.bytes("html/" + name));
    }

    private ReadResult read(String name, String html) throws ReadException {
        return reader.read(name, html.getBytes(StandardCharsets.UTF_8));
    }

    /** A page with one article paragraph long enough for Readability to take it for content. */
    private static String page(String head, String article) {
        return "<!doctype html><html><head>" + head + "</head><body><nav><a href='/'>Home</a></nav><article>"
                + article + "<p>" + "Padding sentence with enough words, commas, and length to look like prose. ".repeat(4)
                + "</p></article></body></html>";
    }

    @Test
    void newsPageGivesTheArticleParagraphsOnly() throws ReadException {
        assertThat(fixture(NEWS_PAGE).text()).isEqualTo(String.join("\n\n",
                "British singer and gay rights advocate Elton John says President Vladimir Putin called him after the"
                        + " pop star expressed a desire to discuss gay rights with the Russian leader \u2014 a claim the"
                        + " Kremlin denies.",
                "\u201cThank-you to President Vladimir Putin for reaching out and speaking via telephone with me today,"
                        + "\u201d he wrote in a caption to a photo of Putin uploaded to his Instagram account late Monday.",
                "I can safely say that President Putin did not have a telephone conversation with Sir Elton John.",
                "Putin's spokesman Dmitry Peskov denied on Tuesday that the Russian leader had made any such phone call"
                        + " to the musician, according to the state-run news agency TASS.",
                "The Kremlin spokesman said that no request had been received through official channels for a chance"
                        + " to discuss any issue, including that of LGBT rights, with the president.",
                "\u201cHe is always ready to clarify the real state of affairs,\u201d Peskov added."));
    }

    @Test
    void newsPageLeavesOutNavigationAsideFooterAndScripts() throws ReadException {
        assertThat(fixture(NEWS_PAGE).text())
                .doesNotContain("Politics", "Search", "Related", "Share", "Privacy Policy", "dataLayer");
    }

    @Test
    void newsPageMetadataComesFromItsMetaTags() throws ReadException {
        ReadResult r = fixture(NEWS_PAGE);
        assertThat(r.format()).isEqualTo(SourceFormat.HTML);
        assertThat(r.hidden()).isEmpty();
        assertThat(r.meta()).isEqualTo(new ReportMeta(
                "Kremlin Rejects Claim That Putin Phoned Elton John",
                "The Daily Example",
                "2015-09-15",
                "https://www.dailyexample.test/2015/09/15/kremlin-rejects-claim-putin-phoned").withEncoding("UTF-8"));
    }

    @Test
    void blockQuoteIsAParagraphOfItsOwn() throws ReadException {
        String text = read("q.html", page("", "<p>He said <blockquote>Quoted words here.</blockquote> and left.</p>")).text();
        assertThat(text).contains("\n\nQuoted words here.\n\n");
    }

    @Test
    void whitespaceCollapsesInsideAParagraph() throws ReadException {
        String text = read("ws.html", page("", "<p>Spread   over\n\t several <b>lines</b>\n and  tags.</p>")).text();
        assertThat(text).startsWith("Spread over several lines and tags.\n\n");
    }

    @Test
    void titleFallsBackFromOgTitleToTwitterTitleToTitleTag() throws ReadException {
        assertThat(read("t.html", page("<meta name='twitter:title' content='From Twitter'><title>From Title</title>", ""))
                .meta().title()).isEqualTo("From Twitter");
        assertThat(read("t.html", page("<title>From Title</title>", "")).meta().title()).isEqualTo("From Title");
    }

    @Test
    void titleFallsBackToTheFileName() throws ReadException {
        assertThat(read("/tmp/saved/putin-story.html", page("", "")).meta().title()).isEqualTo("putin-story");
    }

    @Test
    void publisherAndDateComeFromJsonLdWhenNoMetaTagSaysSo() throws ReadException {
        String jsonLd = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2015-09-24T09:00:00Z\",\"publisher\":{\"name\":\"Example Wire\"}}]}</script>";
        ReportMeta meta = read("j.html", page(jsonLd, "")).meta();
        assertThat(meta.outlet()).isEqualTo("Example Wire");
        assertThat(meta.date()).isEqualTo("2015-09-24");
    }

    @Test
    void timeElementGivesTheDate() throws ReadException {
        assertThat(read("d.html", page("", "<p><time datetime='2015-09-15'>Tuesday</time></p>")).meta().date())
                .isEqualTo("2015-09-15");
    }

    @Test
    void relativeCanonicalLinkIsResolvedAgainstThePageAddress() throws ReadException {
        ReportMeta meta = read("https://www.example.test/world/story?ref=home",
                page("<link rel='canonical' href='/2015/story'>", "")).meta();
        assertThat(meta.url()).isEqualTo("https://www.example.test/2015/story");
        assertThat(meta.outlet()).isEqualTo("example.test");
    }

    @Test
    void bodyTextIsUsedWhenReadabilityFindsNoArticle() throws ReadException {
        assertThat(read("short.html", "<html><body><div>Just a short note.</div><p>Second bit.</p></body></html>").text())
                .isEqualTo("Just a short note.\n\nSecond bit.");
    }

    @Test
    void metaCharsetIsHonoured() throws ReadException {
        Charset cp1251 = Charset.forName("windows-1251");
        String html = "<html><head><meta charset='windows-1251'></head><body><p>\u041f\u0443\u0442\u0438\u043d</p></body></html>";
        assertThat(reader.read("ru.html", html.getBytes(cp1251)).text()).isEqualTo("\u041f\u0443\u0442\u0438\u043d");
    }

    @Test
    void utf16BomIsHonoured() throws ReadException {
        byte[] body = "<html><body><p>Caf\u00e9 \u201cnews\u201d</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(reader.read("u16.html", bytes).text()).isEqualTo("Caf\u00e9 \u201cnews\u201d");
    }

    @Test
    void windows1252BytesWithoutACharsetAreNotReadAsBrokenUtf8() throws ReadException {
        ReadResult r = fixture("windows1252-without-charset.html");
        assertThat(r.text()).contains("caf\u00e9 owner said \u201cwe are open\u201d");
        assertThat(r.meta().title()).isEqualTo("Caf\u00e9 \u201cnews\u201d");
    }

    @Test
    void emptyPageIsRejected() {
        assertThatThrownBy(() -> reader.read("e.html", new byte[0]))
                .isInstanceOf(ReadException.class)
                .hasMessage("e.html: empty file");
    }

    @Test
    void pageWithoutTextIsRejected() {
        assertThatThrownBy(() -> read("blank.html", "<html><head><title>T</title></head><body><img src=x></body></html>"))
                .isInstanceOf(ReadException.class)
                .hasMessage("blank.html: no readable text in the page");
    }
}
