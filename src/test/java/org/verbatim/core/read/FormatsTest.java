package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

/**
 * Word, PDF and wire XML (read/formats): one story in each, compared with its plain-text twin
 * ({@code docks-twin.txt}): the same quotes, grouped together. And a bad file of each kind: one clear line.
 */
class FormatsTest {

    private static final String TWIN = "formats/docks-twin.txt";
    private static final String DOCX = "formats/docks-with-tracked-change.docx";
    private static final String PDF = "formats/docks-two-pages-running-header.pdf";
    private static final String NITF = "formats/docks-nitf.xml";
    private static final String NEWSML = "formats/docks-newsml-g2.xml";

    private final Readers readers = Readers.defaults();

    private ReadReport read(String fixture) throws ReadException {
        return readers.readAll(fixture, Fixtures.bytes(fixture), ReadOptions.DEFAULTS).single();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({DOCX + ", DOCX", PDF + ", PDF", NITF + ", NITF", NEWSML + ", NEWSML"})
    void comparedWithItsPlainTextTwinTheQuotesAreTheSameAndGroupedTogether(String fixture, SourceFormat format)
            throws ReadException {
        ReadReport r = read(fixture);
        assertThat(r.result().format()).isEqualTo(format);
        Twins.assertSameQuotesGroupedTogether(r, read(TWIN));
    }

    @Test
    void wordTakesTheTrackedChangeAsAcceptedAndSaysSo() throws ReadException {
        ReadResult r = read(DOCX).result();
        assertThat(r.text()).contains("March 5 \u2014 Thousands of dock workers").doesNotContain("Hundreds");
        assertThat(r.notes()).containsExactly(DocxReader.TRACKED);
    }

    @Test
    void wordLeavesCommentsAndFootnotesOut() throws ReadException {
        assertThat(read(DOCX).result().text()).doesNotContain("Check this quote").doesNotContain("first set for Wednesday");
    }

    @Test
    void wordKeepsItsParagraphsAndIsTheTwinsText() throws ReadException {
        assertThat(read(DOCX).result().text()).isEqualTo(read(TWIN).result().text().strip());
    }

    @Test
    void wordTakesTitleAuthorAndDateFromTheDocumentsProperties() throws ReadException {
        ReportMeta meta = read(DOCX).result().meta();
        assertThat(meta.title()).isEqualTo("Dockers walk out at Rotterdam over automation");
        assertThat(meta.author()).isEqualTo("Maria Jansen");
        assertThat(meta.date()).isEqualTo("2024-03-05");
        assertThat(meta.encoding()).isNull();
    }

    @Test
    void pdfHidesTheRunningHeaderAndPageNumbersButKeepsThemInTheText() throws ReadException {
        ReadResult r = read(PDF).result();
        assertThat(r.hidden()).extracting(s -> s.of(r.text()))
                .containsExactly("PORT NEWS \u2014 Press release",
                        "Page 1 of 2\nPORT NEWS \u2014 Press release",
                        "Page 2 of 2");
    }

    @Test
    void pdfJoinsAParagraphOverThePageBreakAndAWordBrokenAtALineEnd() throws ReadException {
        String text = read(PDF).result().text();
        assertThat(text).contains("people will decide how it changes.\"").contains("the shippers' association.");
    }

    @Test
    void pdfWithoutItsFurnitureIsTheTwinsText() throws ReadException {
        ReadResult r = read(PDF).result();
        assertThat(MarkdownReader.withoutHidden(r.text(), r.hidden()).strip().replaceAll("\\n{3,}", "\n\n"))
                .isEqualTo(read(TWIN).result().text().strip());
    }

    @Test
    void pdfTakesTitleAuthorAndDateFromTheDocumentInformation() throws ReadException {
        ReportMeta meta = read(PDF).result().meta();
        assertThat(meta).isEqualTo(new ReportMeta("Dockers walk out at Rotterdam over automation", null, "2024-03-05",
                null, "Maria Jansen", null));
    }

    @Test
    void nitfKeepsTheWiresMetadata() throws ReadException {
        assertThat(read(NITF).result().meta()).isEqualTo(new ReportMeta("Dockers walk out at Rotterdam over automation",
                "Associated Example", "2024-03-05", "https://wire.example/ae/2024/03/05/0042", "Maria Jansen", "ISO-8859-1"));
    }

    @Test
    void newsmlKeepsTheWiresMetadata() throws ReadException {
        assertThat(read(NEWSML).result().meta()).isEqualTo(new ReportMeta("Dockers walk out at Rotterdam over automation",
                "Associated Example", "2024-03-05", "https://wire.example/ae/2024/03/05/0042", "Maria Jansen", "UTF-8"));
    }

    @Test
    void wireTextIsTheHeadlineThenTheBodyAsItsTwin() throws ReadException {
        assertThat(read(NITF).result().text()).isEqualTo(read(TWIN).result().text().strip());
        assertThat(read(NEWSML).result().text()).isEqualTo(read(TWIN).result().text().strip());
    }

    @Test
    void theContentDecidesWithoutAnExtension() throws ReadException {
        assertThat(readers.read("download", Fixtures.bytes(PDF)).format()).isEqualTo(SourceFormat.PDF);
        assertThat(readers.read("download", Fixtures.bytes(DOCX)).format()).isEqualTo(SourceFormat.DOCX);
        assertThat(readers.read("download", Fixtures.bytes(NITF)).format()).isEqualTo(SourceFormat.NITF);
    }

    // ------------------------------------------------------------------------------------------- bad files

    @Test
    void aCorruptWordFileIsOneClearLine() {
        assertThatThrownBy(() -> read("formats/corrupt.docx"))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("formats/corrupt.docx: cannot read the Word document: it is damaged or not a .docx (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anOldWordDocIsToldToBeSavedAsDocx() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> readers.read("old.docx", ole2))
                .hasMessage("old.docx: an old Word .doc file, not .docx; save it as .docx");
    }

    @Test
    void anEncryptedPdfIsOneClearLine() {
        assertThatThrownBy(() -> read("formats/encrypted.pdf"))
                .isInstanceOf(ReadException.class)
                .hasMessage("formats/encrypted.pdf: " + PdfReader.ENCRYPTED);
    }

    @Test
    void aScannedPdfWithoutATextLayerSaysSo() {
        assertThatThrownBy(() -> read("formats/scanned-without-text-layer.pdf"))
                .isInstanceOf(ReadException.class)
                .hasMessage("formats/scanned-without-text-layer.pdf: " + PdfReader.NO_TEXT_LAYER);
    }

    @Test
    void aTruncatedPdfIsOneClearLine() {
        byte[] pdf = Fixtures.bytes(PDF);
        byte[] half = java.util.Arrays.copyOf(pdf, 300);
        assertThatThrownBy(() -> readers.read("half.pdf", half))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("half.pdf: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void malformedXmlIsOneClearLineWithWhereAndWhy() {
        assertThatThrownBy(() -> read("formats/malformed.xml"))
                .isInstanceOf(ReadException.class)
                .hasMessage("formats/malformed.xml: not well-formed XML (line 7: The element type \"p\" must be "
                        + "terminated by the matching end-tag \"</p>\".)");
    }

    @Test
    void xmlWhoseBytesAreNotInTheDeclaredEncodingIsOneLineAndNoParserNoise() {
        // fuzz finding: the JDK's XML parser printed "[Fatal Error] :-1:-1: Invalid byte ..." to stderr
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><nitf><body><body.content><p>caf\u00e9</p>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readers.read("wire.xml", bytes))
                .hasMessage("wire.xml: cannot decode the text as UTF-8, the encoding its XML declaration names");
    }

    @Test
    void theLibrariesLogNothing() {
        // fuzz finding: a damaged .docx made POI print a FATAL line and a stack trace through the Log4j API
        assertThat(org.apache.logging.log4j.LogManager.getLogger(org.apache.poi.ooxml.util.DocumentHelper.class)
                .isFatalEnabled()).isFalse();
    }

    @Test
    void aParsersMessageOfSeveralLinesBecomesOneLine() {
        // fuzz finding: the parser quotes a bad XML version, line break and all, into its message
        byte[] bytes = "<?xml version=\"1.a\nb\"?><nitf/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.read("wire.xml", bytes))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("wire.xml: not well-formed XML (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void xmlOfAnotherKindIsNamedByItsRoot() {
        byte[] rss = "<?xml version=\"1.0\"?><rss><channel/></rss>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.read("feed.xml", rss))
                .hasMessage("feed.xml: not NITF or NewsML-G2 wire XML (the root element is <rss>)");
    }

    @Test
    void xmlNeverFetchesItsDtdOrAnExternalEntity() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"" + base + "/nitf.dtd\" [\n"
                    + "<!ENTITY leak SYSTEM \"" + base + "/leak\">]>\n"
                    + "<nitf><body><body.content><p>\"Stay,\" she said.</p><p>&leak;</p></body.content></body></nitf>";
            try {
                readers.read("wire.xml", xml.getBytes(StandardCharsets.UTF_8));
            } catch (ReadException refused) {
                // refusing the undeclared entity is as good as skipping it; fetching it is not
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void everyHiddenSpanIsInsideItsText() throws ReadException {
        ReadResult r = read(PDF).result();
        for (Span s : r.hidden()) {
            assertThat(s.end()).isLessThanOrEqualTo(r.text().length());
        }
    }
}
