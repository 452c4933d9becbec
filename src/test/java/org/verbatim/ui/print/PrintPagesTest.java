package org.verbatim.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.read.Readers;
import org.verbatim.export.ExportInput;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.FxTestSupport;

/** The printed discrepancy report, laid out on A4 without a printer. */
class PrintPagesTest {

    /** A4 less 54-point margins, as JavaFX's default page layout gives it. */
    private static final double WIDTH = 487;
    private static final double HEIGHT = 734;

    @TempDir
    Path dir;
    private ExportInput input;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void theSampleWithTwoLongNotes() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.verbatim"), Pipeline.standard())) {
            for (String f : FxTestSupport.SAMPLE_FILES) {
                Path p = FxTestSupport.SAMPLE_DIR.resolve(f);
                store.addReport(p.toString(), f, Files.readAllBytes(p), Readers.defaults().read(p));
            }
            for (Discrepancy d : store.comparison().discrepancies().subList(0, 2)) {
                store.annotate(d, AnnotationStatus.CONFIRMED, "checked against the broadcast. ".repeat(60));
            }
            input = ExportInput.of(store.review(), "Putin and Elton John", org.verbatim.review.Tokenizers.icu());
        }
    }

    private static String textOf(Node n) {
        if (n instanceof Text t) {
            return t.getText();
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(textOf(c)));
        }
        return b.toString();
    }

    @Test
    void everyPageFitsThePrintableArea() throws Exception {
        List<Region> pages = onFx(() -> PrintPages.paginate(input, WIDTH, HEIGHT));

        for (Region page : pages) {
            double h = onFx(() -> PrintPages.measure(page, WIDTH));
            assertThat(h).isLessThanOrEqualTo(HEIGHT);
        }
    }

    @Test
    void everyDiscrepancyIsPrintedOnceInOrder() throws Exception {
        List<Region> pages = onFx(() -> PrintPages.paginate(input, WIDTH, HEIGHT));
        String all = onFx(() -> {
            StringBuilder b = new StringBuilder();
            pages.forEach(p -> b.append(textOf(p)));
            return b.toString();
        });

        List<Integer> at = new ArrayList<>();
        for (Discrepancy d : input.comparison().discrepancies()) {
            String head = d.kind().plain() + " \u00B7 " + d.severity().label();
            int from = at.isEmpty() ? 0 : at.get(at.size() - 1) + 1;
            at.add(all.indexOf(head, from));
        }
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(all).contains("Putin and Elton John", "Kremlin Rejects Claim That Putin Phoned Elton John");
    }

    @Test
    void aLongNoteWrapsWithinTheWidthAndTheReportRunsOver() throws Exception {
        List<Region> pages = onFx(() -> PrintPages.paginate(input, WIDTH, HEIGHT));

        double widest = onFx(() -> pages.stream().flatMap(p -> p.getChildrenUnmodifiable().stream())
                .mapToDouble(n -> ((TextFlow) n).prefWidth(-1) > 0 ? n.getLayoutBounds().getWidth() : 0)
                .max().orElse(0));
        assertThat(widest).isLessThanOrEqualTo(WIDTH + 1);
        assertThat(pages.size()).isGreaterThan(1);
        Region first = pages.get(0);
        javafx.scene.image.WritableImage image = onFx(() -> {
            javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(first);
            frame.setStyle("-fx-background-color: white; -fx-padding: 54;");
            new javafx.scene.Scene(frame);
            frame.applyCss();
            frame.layout();
            return frame.snapshot(null, null);
        });
        Files.createDirectories(FxTestSupport.SCREENSHOTS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                FxTestSupport.SCREENSHOTS.resolve("print-page-1.png").toFile());
    }
}
