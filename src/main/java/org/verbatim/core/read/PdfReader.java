package org.verbatim.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

/**
 * Reads the text layer of a PDF through Apache PDFBox, page by page in reading order (sorted by position).
 *
 * <ul>
 *   <li>Paragraphs are separated by a blank line, the lines inside one joined by a space; a paragraph that
 *       runs on over a page break runs on in the text.</li>
 *   <li>A line that ends in a hyphen after a letter, followed by a line starting with a lower-case letter, is
 *       joined to it without the hyphen ("condi-" + "tion" = "condition").</li>
 *   <li>Page furniture stays in the text as a block of its own, hidden from the comparison
 *       ({@link ReadResult#hidden()}; the display keeps it): the first and last line of a page when it repeats
 *       on other pages (digits aside: "Page 2 of 3"), and a line that is only a page number. Furniture met
 *       inside a paragraph that runs on over a page break follows that paragraph.</li>
 * </ul>
 * Title, author and date come from the document information, else as for plain text.
 *
 * <p>Refused with one line: a damaged file or one that is not a PDF, a password-protected PDF, a PDF without a
 * text layer (a scan: "run it through OCR first").
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfReader implements ReportReader {

    /** Reason for a PDF without a text layer. */
    public static final String NO_TEXT_LAYER = "the PDF has no text layer (a scan?); run it through OCR first";
    /** Reason for a PDF that needs a password. */
    public static final String ENCRYPTED = "the PDF is password-protected; save a copy without the password";

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-\u2013\u2014 ]*(page|p\\.|seite|pagina|страница)?\\s*\\d{1,4}(\\s*(of|/|von|из)\\s*\\d{1,4})?[-\u2013\u2014 ]*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\u2026\"\u201D\u00BB\u2019')\\]:]$");

    @Override
    public ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new ReadException(name, bytes.length == 0 ? TextDecoder.EMPTY
                    : "cannot read the PDF: it is damaged or not a PDF (no %PDF- header)");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<List<String>> pages = pages(doc);
            Layout layout = layout(pages);
            if (TextDecoder.isBlank(layout.visibleText())) {
                throw new ReadException(name, NO_TEXT_LAYER);
            }
            return new ReadResult(layout.text(), SourceFormat.PDF, meta(doc, layout.visibleText()), layout.hidden());
        } catch (InvalidPasswordException e) {
            throw new ReadException(name, ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, "cannot read the PDF: it is damaged (" + Failure.summary(e) + ")", e);
        }
    }

    /** Each page's lines, paragraphs ended by an empty line. */
    private static List<List<String>> pages(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("\n");
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(doc).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                lines.add(line.strip());
            }
            while (!lines.isEmpty() && lines.get(0).isEmpty()) {
                lines.remove(0);
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            pages.add(lines);
        }
        return pages;
    }

    /** The text put together, the furniture's spans, and the text without them. */
    private record Layout(String text, List<Span> hidden, String visibleText) {}

    private static Layout layout(List<List<String>> pages) {
        Map<String, Integer> firstLines = new HashMap<>();
        Map<String, Integer> lastLines = new HashMap<>();
        for (List<String> lines : pages) {
            if (!lines.isEmpty()) {
                firstLines.merge(shape(lines.get(0)), 1, Integer::sum);
                lastLines.merge(shape(lines.get(lines.size() - 1)), 1, Integer::sum);
            }
        }
        Blocks blocks = new Blocks();
        for (List<String> lines : pages) {
            boolean[] furniture = new boolean[lines.size()];
            int firstBody = -1;
            int lastBody = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                furniture[i] = !line.isEmpty() && (PAGE_NUMBER.matcher(line).matches()
                        || (i == 0 || i == lines.size() - 1) && pages.size() > 1
                        && (i == 0 ? firstLines : lastLines).getOrDefault(shape(line), 0) > 1);
                if (!line.isEmpty() && !furniture[i]) {
                    firstBody = firstBody < 0 ? i : firstBody;
                    lastBody = i;
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (furniture[i]) {
                    blocks.furniture(lines.get(i));
                } else if (lines.get(i).isEmpty()) {
                    if (i > firstBody && i < lastBody) { // the gap below a header or above a footer ends nothing
                        blocks.endParagraph();
                    }
                } else {
                    blocks.body(lines.get(i));
                }
            }
            blocks.endPage();
        }
        blocks.endParagraph();
        return blocks.layout();
    }

    /**
     * The text as it is put together: body paragraphs (lines joined by a space, broken words joined), and
     * page furniture as blocks of its own between them. Furniture met inside a paragraph that runs on over a
     * page break waits until that paragraph ends, so the paragraph reads on.
     */
    private static final class Blocks {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder visible = new StringBuilder();
        private final List<Span> hidden = new ArrayList<>();
        private final List<String> waiting = new ArrayList<>();
        private StringBuilder paragraph;

        void body(String line) {
            if (paragraph == null) {
                paragraph = new StringBuilder(line);
            } else if (endsInBrokenWord(paragraph) && Character.isLowerCase(line.charAt(0))) {
                paragraph.setLength(paragraph.length() - 1);
                paragraph.append(line);
            } else {
                paragraph.append(' ').append(line);
            }
        }

        void furniture(String line) {
            waiting.add(line);
            if (paragraph == null) {
                flushFurniture();
            }
        }

        void endPage() {
            if (paragraph != null && SENTENCE_END.matcher(paragraph).matches()) {
                endParagraph();
            }
        }

        void endParagraph() {
            if (paragraph != null) {
                separate();
                text.append(paragraph);
                visible.append(visible.length() > 0 ? "\n\n" : "").append(paragraph);
                paragraph = null;
            }
            flushFurniture();
        }

        private void flushFurniture() {
            if (waiting.isEmpty()) {
                return;
            }
            separate();
            String block = String.join("\n", waiting);
            hidden.add(new Span(text.length(), text.length() + block.length()));
            text.append(block);
            waiting.clear();
        }

        private void separate() {
            if (text.length() > 0) {
                text.append("\n\n");
            }
        }

        Layout layout() {
            return new Layout(text.toString(), hidden, visible.toString());
        }
    }

    private static boolean endsInBrokenWord(CharSequence line) {
        int n = line.length();
        return n >= 2 && (line.charAt(n - 1) == '-' || line.charAt(n - 1) == '\u00AD') && Character.isLetter(line.charAt(n - 2));
    }

    /** A line with its digits folded, so "Page 2 of 3" and "Page 3 of 3" repeat. */
    private static String shape(String line) {
        return line.replaceAll("\\d+", "#");
    }

    private static ReportMeta meta(PDDocument doc, String visibleText) {
        PDDocumentInformation info = doc.getDocumentInformation();
        return TextMetadata.ofDocument(info.getTitle(), info.getAuthor(),
                info.getCreationDate() == null ? null : info.getCreationDate().getTime(), visibleText);
    }
}
