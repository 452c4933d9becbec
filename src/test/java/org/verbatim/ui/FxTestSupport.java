package org.verbatim.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shared bits of the JavaFX tests: the headless screen, waiting, the sample files, snapshots. */
public final class FxTestSupport {

    public static final Path SAMPLE_DIR = Path.of("assets/samples/putin-elton-john");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final String[] SAMPLE_FILES = {
            "putin-offers-to-meet-elton-john.txt",
            "putin-calls-elton-john-for-real.txt",
            "kremlin-rejects-claim-putin-phoned.txt",
    };

    private FxTestSupport() {}

    /**
     * Makes Monocle's headless screen big enough for a 1366x768 window (its default is 1280x800), and starts
     * the toolkit. Call before the first stage is made; later calls change nothing.
     */
    public static void startToolkit() throws Exception {
        System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }

    public static String sampleFile(String name) throws IOException {
        return Files.readString(SAMPLE_DIR.resolve(name), StandardCharsets.UTF_8);
    }

    /** Waits up to ten seconds for the condition, checked on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }

    /** Runs on the FX thread and returns the result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Lets a few pulses pass so layout, CSS and RichTextFX's lazy paragraph cells settle. */
    public static void settle() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
    }

    /** Snapshots the node to {@code target/screenshots/<name>} and returns the file. */
    public static Path snapshot(Node node, String name) throws Exception {
        WritableImage image = onFx(() -> node.snapshot(null, null));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    /**
     * Copies a picture from target/screenshots to the folder named by the system property
     * {@code screenshots.dir} when it is set ({@code docs/screenshots.sh} sets it to docs/).
     */
    public static Path publish(Path file) throws IOException {
        String dir = System.getProperty("screenshots.dir");
        if (dir != null && !dir.isBlank()) {
            Files.copy(file, Path.of(dir).resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
