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

    private MainWindow() {}

    /** The workbench scene at the default size, with the stylesheet applied. */
    public static Scene createScene(WorkbenchViewModel model, TaskRunner runner) {
        WorkbenchView view = new WorkbenchView(model, runner);
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        URL css = Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET), STYLESHEET);
        scene.getStylesheets().add(css.toExternalForm());
        return scene;
    }

    /** Sets the scene on the stage, binds the title, fits the stage to the screen and shows it. */
    public static void show(Stage stage, WorkbenchViewModel model, TaskRunner runner) {
        Scene scene = createScene(model, runner);
        stage.titleProperty().bind(model.windowTitleProperty());
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
