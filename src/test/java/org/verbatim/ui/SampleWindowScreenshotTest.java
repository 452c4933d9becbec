package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.stage.Stage;

import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.view.ReportPane;

/**
 * Snapshots the window with the sample open, to target/screenshots/, for a person to look at:
 * sample-window.png as shipped (no highlights), sample-window-highlights.png with test-only highlights
 * from the sample's gold.json to show every highlight class, the panes scrolled to where the marks are.
 */
class SampleWindowScreenshotTest extends AppTest {

    private Path openAndSnapshot(HighlightProvider provider, String name, String... scrollTo) throws Exception {
        app = FxToolkit.setupApplication(() -> new VerbatimApp(provider));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3);
        settle();
        List<ReportPane> panes = new ArrayList<>(robot.lookup(".report-pane").queryAllAs(ReportPane.class));
        for (int i = 0; i < scrollTo.length && i < panes.size(); i++) {
            StyleClassedTextArea area = panes.get(i).textArea();
            String phrase = scrollTo[i];
            onFx(() -> {
                int at = area.getText().indexOf(phrase);
                if (at >= 0) {
                    area.showParagraphAtTop(area.offsetToPosition(at, Bias.Forward).getMajor());
                }
                return null;
            });
        }
        settle();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        Parent root = onFx(() -> stage.getScene().getRoot());
        return FxTestSupport.snapshot(root, name);
    }

    @Test
    void snapshotsTheSampleWindow() throws Exception {
        Path file = openAndSnapshot(HighlightProvider.NONE, "sample-window.png");

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1366);
        assertThat(image.getHeight()).isEqualTo(768);
    }

    @Test
    void snapshotsTheSampleWindowWithHighlights() throws Exception {
        Path file = openAndSnapshot(new GoldHighlights(), "sample-window-highlights.png",
                "Putin's spokesperson", "Putin phoned him", "Putin's spokesman Dmitry Peskov denied");

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1366);
    }
}
