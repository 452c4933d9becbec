package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.store.StoredReport;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;

/** Adding, removing, reordering and renaming reports, without a display, on the sample project. */
class ReportsViewModelTest {

    private static final String WIRE = "Moscow (Reuters) - \"I look forward to meeting with you face-to-face,\" "
            + "Elton John wrote on Instagram, thanking Vladimir Putin for the call.\n";

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench;
    private ReportsViewModel reports;

    @BeforeEach
    void openTheSample() {
        workbench = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        workbench.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        workbench.openSample();
        reports = new ReportsViewModel(workbench);
    }

    private List<String> titles() {
        return reports.getReports().stream().map(ReportPaneViewModel::getTitle).toList();
    }

    private List<String> storedIds() throws Exception {
        return workbench.session().store().reports().stream().map(StoredReport::id).toList();
    }

    @Test
    void aTextFileIsAddedAndCompared() throws Exception {
        Path wire = Files.writeString(dir.resolve("reuters.txt"), WIRE, StandardCharsets.UTF_8);
        int before = workbench.review().getRows().size();

        reports.importFiles(List.of(wire));

        assertThat(reports.getReports()).hasSize(4);
        assertThat(workbench.review().getRows().size()).isGreaterThan(before);
        assertThat(workbench.messageProperty().get()).isNull();
    }

    @Test
    void aBinaryFileIsRefusedWithItsNameAndTheReasonAndTheProjectIsUnchanged() throws Exception {
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0});
        List<String> before = storedIds();
        int rows = workbench.review().getRows().size();

        reports.importFiles(List.of(binary));

        UserMessage m = workbench.messageProperty().get();
        assertThat(m.error()).isTrue();
        assertThat(m.title()).isEqualTo("Could not import photo.jpg");
        assertThat(m.detail()).contains("photo.jpg").contains("project is unchanged");
        assertThat(storedIds()).isEqualTo(before);
        assertThat(workbench.review().getRows()).hasSize(rows);
    }

    @Test
    void aMissingFileIsNamedInTheMessage() {
        reports.importFiles(List.of(dir.resolve("gone.txt")));

        assertThat(workbench.messageProperty().get().detail()).contains("gone.txt", "file not found");
        assertThat(reports.getReports()).hasSize(3);
    }

    @Test
    void inABatchTheReadableFilesAreAddedAndTheOthersNamed() throws Exception {
        Path wire = Files.writeString(dir.resolve("reuters.txt"), WIRE, StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);

        reports.importFiles(List.of(wire, empty));

        assertThat(reports.getReports()).hasSize(4);
        assertThat(workbench.messageProperty().get().title()).isEqualTo("Imported 1 of 2 files");
        assertThat(workbench.messageProperty().get().detail()).contains("empty.txt");
    }

    @Test
    void pastedTextKeepsTheDetailsTheUserTyped() {
        reports.addPasted(new ReportsViewModel.Pasted(WIRE, "Elton thanks Putin", "Reuters", "2015-09-14",
                "https://example.org/elton"));

        ReportPaneViewModel added = reports.getReports().get(3);
        assertThat(added.getTitle()).isEqualTo("Elton thanks Putin");
        assertThat(added.getOutletLine()).isEqualTo("Reuters · 2015-09-14");
    }

    @Test
    void aPasteWithoutTextOrWithABadAddressSaysWhatIsWrong() {
        assertThat(ReportsViewModel.pasteProblem(new ReportsViewModel.Pasted("  ", "t", "", "", "")))
                .isEqualTo("There is no text to add.");
        assertThat(ReportsViewModel.pasteProblem(new ReportsViewModel.Pasted(WIRE, "", "", "", "example.org")))
                .contains("http://");
        assertThat(ReportsViewModel.pasteProblem(new ReportsViewModel.Pasted(WIRE, "", "", "", ""))).isNull();
    }

    @Test
    void anArticleIsFetchedFromItsAddress() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Elton thanks Putin</title></head><body><article><h1>Elton thanks "
                + "Putin</h1><p>" + WIRE + "</p><p>The singer had asked for a meeting about gay rights in "
                + "Russia, and the Kremlin said the call had happened.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/elton", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            reports.importAddress("http://127.0.0.1:" + server.getAddress().getPort() + "/elton");
        } finally {
            server.stop(0);
        }

        assertThat(reports.getReports()).hasSize(4);
        assertThat(reports.getReports().get(3).getText()).contains("I look forward to meeting with you");
    }

    @Test
    void anAddressThatDoesNotAnswerGetsAClearMessageAndChangesNothing() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        reports.importAddress("http://127.0.0.1:" + closed + "/article");

        assertThat(workbench.messageProperty().get().detail()).contains("127.0.0.1:" + closed);
        assertThat(reports.getReports()).hasSize(3);
    }

    @Test
    void somethingThatIsNotAnAddressIsNotFetched() {
        assertThat(reports.addressProblem("www.example.org/a")).contains("http://");
        assertThat(reports.addressProblem("https://www.example.org/a")).isNull();
    }

    @Test
    void aRemovedReportComesBackWithUndo() {
        String second = reports.getReports().get(1).id();

        reports.remove(second);
        List<String> afterRemove = titles();
        workbench.undo();

        assertThat(afterRemove).hasSize(2);
        assertThat(reports.getReports()).extracting(ReportPaneViewModel::id).contains(second);
        assertThat(reports.getReports()).hasSize(3);
    }

    @Test
    void aReportMovesToWhereItIsDropped() {
        String last = reports.getReports().get(2).id();

        reports.move(last, 0);

        assertThat(reports.getReports().get(0).id()).isEqualTo(last);
    }

    @Test
    void renamingChangesTheTitleAndKeepsThePane() {
        ReportPaneViewModel first = reports.getReports().get(0);

        reports.editDetails(first.id(), "Putin offers Elton a meeting", "Showbiz Daily", "2015-09-24", "");

        assertThat(reports.getReports().get(0)).isSameAs(first);
        assertThat(first.getTitle()).isEqualTo("Putin offers Elton a meeting");
        assertThat(first.getOutletLine()).isEqualTo("Showbiz Daily · 2015-09-24");
    }

    @Test
    void aHiddenReportIsStillCompared() {
        int rows = workbench.review().getRows().size();

        reports.setShown(reports.getReports().get(2).id(), false);

        assertThat(reports.getReports().get(2).shownProperty().get()).isFalse();
        assertThat(workbench.review().getRows()).hasSize(rows);
    }

    @Test
    void theFileChooserOffersEveryFormatTheReadersKnow() {
        assertThat(reports.readableFormats()).flatExtracting(Readers.Format::extensions)
                .contains("txt", "md", "html", "docx", "pdf", "xml", "jsonl");
    }

    @Test
    void aJsonLinesFileAddsOneReportALine() throws Exception {
        Path wire = Path.of("src/test/resources/read/jsonl/two-wire-articles.jsonl");
        reports.importFiles(List.of(wire));
        assertThat(reports.getReports()).hasSize(5);
        assertThat(workbench.messageProperty().get()).isNull();
    }

    @Test
    void aReportIsReadAgainInTheEncodingTheUserNames() throws Exception {
        String russian = "\u00ABЭто не соответствует действительности\u00BB, \u2014 заявил Песков журналистам в Кремле.\n";
        Path file = Files.write(dir.resolve("peskov.txt"), russian.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        reports.importFiles(List.of(file));
        String id = storedIds().get(3);

        reports.readAgainAs(id, "KOI8-R");
        assertThat(workbench.session().store().report(id).report().text()).doesNotContain("Песков");

        reports.readAgainAs(id, "windows-1251");
        assertThat(workbench.session().store().report(id).report().text()).isEqualTo(russian);
        assertThat(workbench.messageProperty().get()).isNull();
    }

    @Test
    void theReportDetailsTellTheEncodingTheReportWasReadIn() throws Exception {
        String russian = "\u00ABЭто не соответствует действительности\u00BB, \u2014 заявил Песков.\n";
        Path file = Files.write(dir.resolve("peskov.txt"), russian.getBytes(java.nio.charset.Charset.forName("KOI8-R")));
        reports.importFiles(List.of(file));
        String id = storedIds().get(3);
        reports.readAgainAs(id, "windows-1251");
        java.util.concurrent.atomic.AtomicReference<org.verbatim.core.model.ReportMeta> shown =
                new java.util.concurrent.atomic.AtomicReference<>();
        workbench.reportDetails(id, shown::set);
        assertThat(shown.get().encoding()).isEqualToIgnoringCase("windows-1251");
    }

    @Test
    void anUnknownEncodingIsAMessageAndChangesNothing() throws Exception {
        String before = workbench.session().store().reports().get(0).report().text();
        reports.readAgainAs(storedIds().get(0), "klingon-8");
        assertThat(workbench.messageProperty().get().detail()).contains("unknown encoding \u201Cklingon-8\u201D");
        assertThat(workbench.session().store().reports().get(0).report().text()).isEqualTo(before);
    }

    @Test
    void aWordFileWithTrackedChangesIsAddedAndTheUserIsToldTheyAreAccepted() {
        Path docx = Path.of("src/test/resources/read/formats/docks-with-tracked-change.docx");
        reports.importFiles(List.of(docx));
        assertThat(reports.getReports()).hasSize(4);
        UserMessage m = workbench.messageProperty().get();
        assertThat(m.error()).isFalse();
        assertThat(m.detail()).isEqualTo(docx + ": " + org.verbatim.core.read.DocxReader.TRACKED);
    }
}
