package org.verbatim.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.w3c.dom.Node;

/**
 * Reads a Word document ({@code .docx}) through Apache POI: the body's paragraphs (table cells too) in order,
 * separated by a blank line; tracked changes shown as accepted (inserted text kept, deleted and moved-away
 * text left out), and a note says so; comments, footnotes, headers, footers and text boxes left out. Title,
 * author and date come from the document's properties, the rest as for plain text ({@link TextMetadata}).
 *
 * <p>Refused with one line: a damaged file or one that is not a .docx, an old binary .doc, a
 * password-protected document, a document without text.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxReader implements ReportReader {

    /** Reason for a document without body text. */
    public static final String NO_TEXT = "no text in the document";
    /** Note for a document with tracked changes. */
    public static final String TRACKED = "tracked changes are shown as accepted";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Elements whose content is not part of the accepted body text. */
    private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "delText", "instrText", "txbxContent",
            "footnoteReference", "endnoteReference", "commentReference");

    @Override
    public ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        refuseWhatIsNoDocx(name, bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            boolean[] tracked = {false};
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    add(paragraphs, p, tracked);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                add(paragraphs, p, tracked);
                            }
                        }
                    }
                }
            }
            String text = String.join("\n\n", paragraphs);
            if (TextDecoder.isBlank(text)) {
                throw new ReadException(name, NO_TEXT);
            }
            ReadResult result = new ReadResult(text, SourceFormat.DOCX, meta(doc, text), List.of());
            return tracked[0] ? result.withNote(TRACKED) : result;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, "cannot read the Word document: it is damaged or not a .docx ("
                    + Failure.summary(e) + ")", e);
        }
    }

    /** An old .doc, an encrypted document (both OLE2 containers) or anything but a zip gets its own reason. */
    private static void refuseWhatIsNoDocx(String name, byte[] bytes) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException(name, TextDecoder.EMPTY);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            boolean encrypted = new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE).contains("EncryptedPackage");
            throw new ReadException(name, encrypted ? "the Word document is password-protected; save a copy without the password"
                    : "an old Word .doc file, not .docx; save it as .docx");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new ReadException(name, "cannot read the Word document: it is damaged or not a .docx (not a zip file)");
        }
    }

    private static void add(List<String> paragraphs, XWPFParagraph p, boolean[] tracked) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(p.getCTP().getDomNode());
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI())) {
                String local = node.getLocalName();
                if (local.equals("ins") || local.equals("del") || local.equals("moveFrom") || local.equals("moveTo")) {
                    tracked[0] = true;
                }
                if (SKIPPED.contains(local)) {
                    continue;
                }
                if (local.equals("t")) {
                    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                            out.append(c.getNodeValue());
                        }
                    }
                    continue;
                }
                if (local.equals("tab")) {
                    out.append('\t');
                } else if (local.equals("br") || local.equals("cr")) {
                    out.append('\n');
                }
            }
            List<Node> children = new ArrayList<>();
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                children.add(c);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        String paragraph = out.toString().strip();
        if (!TextDecoder.isBlank(paragraph)) {
            paragraphs.add(paragraph);
        }
    }

    private static ReportMeta meta(XWPFDocument doc, String text) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        return TextMetadata.ofDocument(core.getTitle(), core.getCreator(), core.getCreated(), text);
    }
}
