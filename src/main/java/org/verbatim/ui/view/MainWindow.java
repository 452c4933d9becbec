package org.verbatim.ui.view;

import java.net.URL;
import java.util.Objects;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** Puts the workbench into a stage: scene, stylesheet, title and size. */
public final class MainWindow {

    public static final double DEFAULT_WIDTH = 1366;
    public static final double DEFAULT_HEIGHT = 768;
    static final String STYLESHEET = "/org/verbatim/ui/verbatim.css";
    /** The base stylesheet first, then one per component. */
    static final java.util.List<String> STYLESHEETS = java.util.List.of(STYLESHEET,
            "/org/verbatim/ui/shell.css",
            "/org/verbatim/ui/reports.css",
            "/org/verbatim/ui/review.css",
            "/org/verbatim/ui/export.css",
            "/org/verbatim/ui/classroom.css");

    private MainWindow() {}

    /** The workbench scene at the default size, with the stylesheet applied. */
    public static Scene createScene(WorkbenchViewModel model, TaskRunner runner) {
        WorkbenchView view = new WorkbenchView(model, runner);
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> handleKey(e, model, view.reviewPanel()));
        for (String sheet : STYLESHEETS) {
            URL css = Objects.requireNonNull(MainWindow.class.getResource(sheet), sheet);
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }

    /**
     * The review keys: J / F8 next discrepancy, K / Shift+F8 previous, 1–5 set the status, Ctrl+Z undo,
     * Ctrl+Shift+Z (or Ctrl+Y) redo. Letters and digits are left alone while the user types a note.
     */
    static void handleKey(javafx.scene.input.KeyEvent e, WorkbenchViewModel model, ReviewPanel panel) {
        org.verbatim.ui.viewmodel.ReviewViewModel review = model.review();
        javafx.scene.input.KeyCode code = e.getCode();
        boolean typing = panel.isTyping();
        if (e.isShortcutDown() && code == javafx.scene.input.KeyCode.Z) {
            if (typing) {
                return;
            }
            if (e.isShiftDown()) {
                review.redo();
            } else {
                review.undo();
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown() && code == javafx.scene.input.KeyCode.Y && !typing) {
            review.redo();
            e.consume();
            return;
        }
        if (code == javafx.scene.input.KeyCode.F8) {
            panel.commitNote();
            if (e.isShiftDown()) {
                review.previous();
            } else {
                review.next();
            }
            e.consume();
            return;
        }
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (code) {
            case J -> review.next();
            case K -> review.previous();
            case DIGIT1, NUMPAD1 -> review.setStatus(org.verbatim.store.AnnotationStatus.values()[0]);
            case DIGIT2, NUMPAD2 -> review.setStatus(org.verbatim.store.AnnotationStatus.values()[1]);
            case DIGIT3, NUMPAD3 -> review.setStatus(org.verbatim.store.AnnotationStatus.values()[2]);
            case DIGIT4, NUMPAD4 -> review.setStatus(org.verbatim.store.AnnotationStatus.values()[3]);
            case DIGIT5, NUMPAD5 -> review.setStatus(org.verbatim.store.AnnotationStatus.values()[4]);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Sets the scene on the stage, binds the title, fits the stage to the screen and shows it. */
    public static void show(Stage stage, WorkbenchViewModel model, TaskRunner runner) {
        Scene scene = createScene(model, runner);
        stage.titleProperty().bind(model.windowTitleProperty());
        java.io.InputStream icon = MainWindow.class.getResourceAsStream("/icons/verbatim.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.centerOnScreen();
        stage.show();
    }
}
