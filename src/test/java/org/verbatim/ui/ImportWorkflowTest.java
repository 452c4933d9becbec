package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.verbatim.store.StoredReport;
import org.verbatim.ui.view.WorkbenchView;
import org.verbatim.ui.viewmodel.ReportPaneViewModel;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** What an editor does to bring reports in: drop a file on the window, paste an article, and a wrong file. */
class ImportWorkflowTest extends AppTest {

    private static final String WIRE = "Elton John thanks Putin for the call\n\nMOSCOW (Reuters) - Elton John thanked Vladimir Putin on Instagram: \"Thank-you "
            + "to President Vladimir Putin for reaching out and speaking via telephone with me today. I look "
            + "forward to meeting with you face-to-face to discuss LGBT equality in Russia.\"\n";

    @TempDir
    Path dir;

    private WorkbenchView view;

    private WorkbenchViewModel workbench() {
        return ((VerbatimApp) app).workbench();
    }

    private void openSampleWithTheReportsList() throws Exception {
        start(() -> new VerbatimApp(List.of("--sample")));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3 && !workbench().isLoading()
                && !workbench().review().getRows().isEmpty());
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        view = onFx(() -> (WorkbenchView) stage.getScene().getRoot());
        robot.interact(() -> view.menu().sideListItem().setSelected(true));
        settle();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedTitles() throws Exception {
        ListView<ReportPaneViewModel> list = robot.lookup("#reports").queryAs(ListView.class);
        return onFx(() -> list.getItems().stream().map(ReportPaneViewModel::getTitle).toList());
    }

    private List<String> comparedTitles() throws Exception {
        return onFx(() -> workbench().comparison().reports().stream()
                .map(r -> r.report().meta().title() != null ? r.report().meta().title() : r.report().path()).toList());
    }

    /**
     * Drops files on the window as the operating system would: a drag-over, then a drop, each with a
     * dragboard holding the files. (The headless robot cannot drag from outside the application.)
     */
    private void dropFiles(Path... files) throws Exception {
        robot.interact(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new FromOutside());
            com.sun.javafx.scene.input.DragboardHelper.setDataAccessRestriction(board, false);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(java.util.Arrays.stream(files).map(Path::toFile).toList());
            board.setContent(content);
            Parent root = view;
            for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                Event.fireEvent(root, new DragEvent(root, root, type, board, 600, 300, 600, 300,
                        TransferMode.COPY, null, null, null));
            }
        });
        settle();
    }

    /** What the operating system's dragboard holds during a drag from another application: content, copy. */
    private static final class FromOutside implements com.sun.javafx.tk.TKClipboard {
        private final java.util.Map<javafx.scene.input.DataFormat, Object> content = new java.util.HashMap<>();

        @Override
        public void setSecurityContext(java.security.AccessControlContext ctx) { }

        @Override
        public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... items) {
            content.clear();
            for (var item : items) {
                content.put(item.getKey(), item.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(javafx.scene.input.DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(javafx.scene.input.DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) { }

        @Override
        public void setDragViewOffsetX(double x) { }

        @Override
        public void setDragViewOffsetY(double y) { }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @Test
    void aDroppedFileAndAPastedArticleAppearInTheListAndAreCompared() throws Exception {
        openSampleWithTheReportsList();
        int before = onFx(() -> workbench().review().getRows().size());
        Path reuters = Files.writeString(dir.resolve("reuters-elton.txt"), WIRE, StandardCharsets.UTF_8);

        dropFiles(reuters);
        waitUntil(() -> listedTitles().size() == 4 && !workbench().isLoading());
        robot.clickOn("#add-reports").clickOn("Paste text…");
        robot.clickOn("#paste-title").write("Elton's post, as the BBC printed it");
        robot.clickOn("#paste-outlet").write("BBC");
        robot.clickOn("#paste-text").write("Elton John wrote: \"I look forward to meeting with you face-to-face.\"");
        robot.clickOn("#paste-add");
        waitUntil(() -> listedTitles().size() == 5 && !workbench().isLoading());

        assertThat(listedTitles()).endsWith("Elton John thanks Putin for the call",
                "Elton's post, as the BBC printed it");
        assertThat(comparedTitles()).endsWith("Elton John thanks Putin for the call",
                "Elton's post, as the BBC printed it");
        assertThat(onFx(() -> workbench().review().getRows().size())).isGreaterThan(before);
    }

    @Test
    void aBinaryFileGetsAnErrorDialogAndTheProjectIsUnchanged() throws Exception {
        openSampleWithTheReportsList();
        List<String> before = storedIds();
        Path photo = Files.write(dir.resolve("photo.jpg"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1});

        dropFiles(photo);
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());

        String detail = onFx(() -> robot.lookup("#message-detail").queryAs(Label.class).getText());
        assertThat(detail).contains("photo.jpg").contains("The project is unchanged.");
        assertThat(storedIds()).isEqualTo(before);
        assertThat(listedTitles()).hasSize(3);
    }

    @Test
    void draggingTheLastReportOntoTheFirstMovesItToTheTop() throws Exception {
        openSampleWithTheReportsList();
        String last = onFx(() -> workbench().getPanes().get(2).id());
        javafx.scene.control.ListCell<?> first = onFx(() -> robot.lookup("#reports .list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.getIndex() == 0).findFirst()
                .orElseThrow());

        robot.interact(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(new FromOutside());
            com.sun.javafx.scene.input.DragboardHelper.setDataAccessRestriction(board, false);
            ClipboardContent content = new ClipboardContent();
            content.putString("verbatim-report:" + last);
            board.setContent(content);
            Event.fireEvent(first, new DragEvent(first, first, DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                    TransferMode.MOVE, first, first, null));
        });
        waitUntil(() -> !workbench().isLoading() && workbench().getPanes().get(0).id().equals(last));

        assertThat(listedTitles().get(0)).isEqualTo("Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(storedIds().get(0)).isEqualTo(last);
    }

    /** The ids of the reports the project file holds, read on the project's own lane as the window reads it. */
    private List<String> storedIds() throws Exception {
        java.util.concurrent.CompletableFuture<List<String>> ids = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> workbench().session().call("read the reports",
                store -> store.reports().stream().map(StoredReport::id).toList(), ids::complete,
                ids::completeExceptionally));
        return ids.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
