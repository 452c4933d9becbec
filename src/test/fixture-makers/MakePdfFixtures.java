import java.io.File;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

// Makes the PDF fixtures of src/test/resources/read/formats with PDFBox. From the repository root:
//   CP="$(ls ~/.m2/repository/org/apache/pdfbox/{pdfbox,pdfbox-io,fontbox}/3.0.8/*3.0.8.jar \
//          ~/.m2/repository/commons-logging/commons-logging/1.3.5/*1.3.5.jar | tr '\n' :)"
//   java -cp "$CP" src/test/fixture-makers/MakePdfFixtures.java src/test/resources/read/formats
public class MakePdfFixtures {

    // each page: lines top to bottom; "" is a paragraph gap
    static final List<List<String>> PAGES = List.of(
            List.of("Dockers walk out at Rotterdam over automation", "",
                    "ROTTERDAM, March 5 \u2014 Thousands of dock workers walked off the job on Tuesday in a dispute",
                    "over automated cranes at the port's container terminals.", "",
                    "\"We will not be replaced by machines without a say,\" union leader Pieter de Vries told",
                    "reporters at the gate. \"The port was built by people, and people will decide how it"),
            List.of("changes.\"", "",
                    "The port authority said the strike was \"regrettable but temporary\" and that talks with the",
                    "union would resume on Thursday.", "",
                    "Shipping lines warned of delays. \"Every day of standstill costs the whole supply chain,\" said",
                    "Anna Smit, a spokeswoman for the ship-",
                    "pers' association."));

    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        try (PDDocument doc = story()) {
            doc.save(new File(dir, "docks-two-pages-running-header.pdf"));
        }
        try (PDDocument doc = story()) {
            AccessPermission permissions = new AccessPermission();
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(new File(dir, "encrypted.pdf"));
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                for (int y = 700; y > 100; y -= 14) { // grey bars where a scan's lines would be
                    c.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                    c.addRect(72, y, 300 + (y % 150), 8);
                    c.fill();
                }
            }
            doc.save(new File(dir, "scanned-without-text-layer.pdf"));
        }
    }

    static PDDocument story() throws Exception {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (int n = 0; n < PAGES.size(); n++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, bold, 9, 72, 800, "PORT NEWS \u2014 Press release");
                float y = 760;
                for (String line : PAGES.get(n)) {
                    if (line.isEmpty()) {
                        y -= 10;
                        continue;
                    }
                    text(c, n == 0 && y == 760 ? bold : font, 11, 72, y, line);
                    y -= 15;
                }
                text(c, font, 9, 280, 40, "Page " + (n + 1) + " of " + PAGES.size());
            }
        }
        doc.getDocumentInformation().setTitle("Dockers walk out at Rotterdam over automation");
        doc.getDocumentInformation().setAuthor("Maria Jansen");
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2024, Calendar.MARCH, 5, 8, 40, 0);
        doc.getDocumentInformation().setCreationDate(created);
        return doc;
    }

    static void text(PDPageContentStream c, PDType1Font font, float size, float x, float y, String s) throws Exception {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }
}
