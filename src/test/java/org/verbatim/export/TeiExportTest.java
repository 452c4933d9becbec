package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The TEI export of the built-in sample, parsed back as namespaced XML. */
class TeiExportTest {

    static final String TEI = TeiExport.TEI_NS;
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    static Path dir;
    static Exports.Sample sample;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        sample = Exports.sample(dir);
        doc = parse(Exports.write(new TeiExport(), sample.input()));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Node in, String name) {
        NodeList nodes = in instanceof Document d ? d.getElementsByTagNameNS(TEI, name)
                : ((Element) in).getElementsByTagNameNS(TEI, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TEI.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element toGroup() {
        return elements(doc, "div").stream().filter(d -> d.getAttribute("n").equals(sample.to().clusterId()))
                .findFirst().orElseThrow();
    }

    @Test
    void isATeiDocumentInTheTeiNamespace() {
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("TEI");
        assertThat(root.getNamespaceURI()).isEqualTo(TEI);
        assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo(Exports.TITLE);
    }

    @Test
    void listsOneWitnessPerReport() {
        Element listWit = elements(doc, "listWit").get(0);
        List<Element> witnesses = children(listWit, "witness");
        assertThat(witnesses).extracting(w -> w.getAttributeNS(XML, "id")).containsExactly("r1", "r2", "r3");
        assertThat(witnesses.get(2).getTextContent()).contains("Kremlin Rejects Claim That Putin Phoned Elton John",
                "themoscowtimes.com", "2015-09-15");
    }

    @Test
    void aSecondVersionInOneReportIsAWitnessOfItsOwnPointingAtTheReport() {
        Element further = children(elements(doc, "listWit").get(0), "listWit").get(0);
        List<Element> witnesses = children(further, "witness");
        assertThat(witnesses).hasSize(1);
        assertThat(witnesses.get(0).getAttribute("corresp")).isEqualTo("#r3");
        assertThat(witnesses.get(0).getTextContent()).contains("embedded post");
    }

    @Test
    void everyReadingNamesDeclaredWitnesses() {
        Set<String> declared = new HashSet<>();
        elements(doc, "witness").forEach(w -> declared.add("#" + w.getAttributeNS(XML, "id")));
        for (Element rdg : elements(doc, "rdg")) {
            assertThat(declared).containsAll(List.of(rdg.getAttribute("wit").split(" ")));
        }
    }

    @Test
    void eachQuoteGroupIsADivWithAnAnonymousBlock() {
        List<Element> divs = elements(doc, "div");
        assertThat(divs).extracting(d -> d.getAttribute("type")).containsOnly("quote-group");
        assertThat(divs).hasSize(2);
        assertThat(children(toGroup(), "ab")).hasSize(1);
    }

    @Test
    void sharedWordsArePlainTextOfTheBlock() {
        Element ab = children(toGroup(), "ab").get(0);
        StringBuilder plain = new StringBuilder();
        for (Node n = ab.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                plain.append(n.getNodeValue());
            }
        }
        assertThat(plain.toString()).startsWith("Thank-you to President Vladimir Putin for reaching out")
                .contains("I look  forward to meeting with you");
    }

    @Test
    void theWordOneReportLeavesOutIsAVariationPointWithTheReadingToAndAnEmptyReading() {
        Element app = elements(toGroup(), "app").stream()
                .filter(a -> children(a, "rdg").stream().anyMatch(r -> r.getTextContent().equals("to")))
                .findFirst().orElseThrow();
        List<Element> readings = children(app, "rdg");
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0).getAttribute("wit")).isEqualTo("#r1");
        assertThat(readings.get(1).getTextContent()).isEmpty();
        assertThat(readings.get(1).getAttribute("wit")).isEqualTo("#r3 #r3-q2");
    }

    @Test
    void theReviewOfADiscrepancyIsANoteAtItsVariationPoint() {
        Element note = elements(doc, "note").stream()
                .filter(n -> n.getAttribute("n").equals(sample.to().id())).findFirst().orElseThrow();
        assertThat(((Element) note.getParentNode()).getLocalName()).isEqualTo("app");
        assertThat(note.getAttribute("subtype")).isEqualTo("word-deleted");
        assertThat(note.getTextContent()).contains("Confirmed discrepancy").contains(Projects.NOTE);
    }

    @Test
    void eachPlaceOfTheTranslatedGroupIsOneVariationPointWithTheEnginesKind() {
        Element c3 = elements(doc, "div").stream().filter(d -> !d.getAttribute("n").equals(sample.to().clusterId()))
                .findFirst().orElseThrow();
        List<org.verbatim.core.diff.Discrepancy> places = sample.input().comparison().discrepancies().stream()
                .filter(d -> d.clusterId().equals(c3.getAttribute("n"))).toList();
        List<Element> apps = elements(c3, "app");
        assertThat(apps).extracting(a -> a.getAttribute("n"))
                .containsExactlyElementsOf(places.stream().map(org.verbatim.core.diff.Discrepancy::id).toList());
        assertThat(apps).extracting(a -> a.getAttribute("type")).contains("translation");
        assertThat(apps).allSatisfy(a -> assertThat(children(a, "rdg")).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void declaresParallelSegmentation() {
        Element enc = elements(doc, "variantEncoding").get(0);
        assertThat(enc.getAttribute("method")).isEqualTo("parallel-segmentation");
        assertThat(enc.getAttribute("location")).isEqualTo("internal");
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        assertThat(TeiExport.clean("a\u0000b\u000Cc\uD800d\uFFFE\t\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD\t\n");
        assertThat(TeiExport.clean("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }
}
