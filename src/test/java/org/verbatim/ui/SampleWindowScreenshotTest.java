package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;
import static org.verbatim.ui.FxTestSupport.settle;
import static org.verbatim.ui.FxTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.viewmodel.DiscrepancyRow;

/**
 * Renders the window with the sample at 1366×768, the "to" of the Instagram caption selected, in the light and
 * the dark theme, to target/screenshots/ for a person to look at. {@code docs/screenshots.sh} runs it with
 * {@code -Dscreenshots.dir=docs} to refresh docs/screenshot.png and docs/screenshot-dark.png.
 */
class SampleWindowScreenshotTest extends AppTest {

    @Test
    void rendersTheSampleWindowInBothThemes() throws Exception {
        start(() -> new VerbatimApp(List.of("--sample")));
        waitUntil(() -> robot.lookup(".report-pane").queryAll().size() == 3
                && !robot.lookup("#discrepancy-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<DiscrepancyRow> table = robot.lookup("#discrepancy-table").queryAs(TableView.class);
        robot.interact(() -> {
            List<DiscrepancyRow> rows = table.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).change().equals("\u00ABto\u00BB \u2192 (nothing)")) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        settle();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        Parent root = onFx(() -> stage.getScene().getRoot());

        Path light = FxTestSupport.publish(FxTestSupport.snapshot(root, "screenshot.png"));
        robot.interact(() -> ((VerbatimApp) app).workbench().remember(((VerbatimApp) app).workbench()
                .settingsProperty().get().withTheme(WindowSettings.Theme.DARK)));
        settle();
        Path dark = FxTestSupport.publish(FxTestSupport.snapshot(root, "screenshot-dark.png"));
        robot.interact(() -> ((VerbatimApp) app).workbench().remember(((VerbatimApp) app).workbench()
                .settingsProperty().get().withTheme(WindowSettings.Theme.LIGHT)));

        BufferedImage image = ImageIO.read(light.toFile());
        assertThat(image.getWidth()).isEqualTo(1366);
        assertThat(image.getHeight()).isEqualTo(768);
        assertThat(ImageIO.read(dark.toFile()).getRGB(683, 400)).isNotEqualTo(image.getRGB(683, 400));
    }
}
