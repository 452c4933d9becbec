package org.verbatim.ui.view;

import java.net.URL;
import java.util.Objects;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.verbatim.review.AnnotationStatus;
import org.verbatim.ui.print.ReportPrinter;
import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.ExportViewModel;
import org.verbatim.ui.viewmodel.ReportsViewModel;
import org.verbatim.ui.viewmodel.ReviewViewModel;
import org.verbatim.ui.viewmodel.StudentViewModel;
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

    /**
     * The workbench scene at the default size, with the stylesheets applied, file choosers on screen and
     * {@code parts} added.
     */
    public static Scene createScene(WorkbenchViewModel model, TaskRunner runner, WindowPart... parts) {
        return createScene(model, runner, FileDialogs.standard(), parts);
    }

    /** The workbench scene, asking for files through {@code files}, with {@code parts} added. */
    public static Scene createScene(WorkbenchViewModel model, TaskRunner runner, FileDialogs files,
                                    WindowPart... parts) {
        Scene[] self = new Scene[1];
        ShellActions actions = new ShellActions(model, files,
                () -> self[0] == null ? null : self[0].getWindow());
        WorkbenchView view = new WorkbenchView(model, runner, actions);
        addReportsList(view, model, actions);
        addExportAndPrint(view, model, runner, actions);
        for (WindowPart part : parts) {
            part.addTo(view, model, actions, runner);
        }
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        self[0] = scene;
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> handleKey(e, model, view.reviewPanel(), actions));
        for (String sheet : STYLESHEETS) {
            URL css = Objects.requireNonNull(MainWindow.class.getResource(sheet), sheet);
            scene.getStylesheets().add(css.toExternalForm());
        }
        applyTheme(view, model.settingsProperty().get().theme());
        model.settingsProperty().addListener((obs, old, now) -> applyTheme(view, now.theme()));
        return scene;
    }

    /** The reports side list, its Add commands in the File menu, and files dropped anywhere on the window. */
    private static void addReportsList(WorkbenchView view, WorkbenchViewModel model, ShellActions actions) {
        ReportsViewModel reports = new ReportsViewModel(model);
        ReportsList list = new ReportsList(reports, actions::owner);
        view.setSidePanel(list);
        list.install(view);
        AppMenuBar menu = view.menu();
        int at = menu.file().getItems().indexOf(menu.saveAsItem());
        menu.file().getItems().addAll(at, java.util.List.of(
                menu.needsProject(AppMenuBar.item("Add _files…", list::chooseFiles,
                        new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.I,
                                javafx.scene.input.KeyCombination.SHORTCUT_DOWN))),
                menu.needsProject(AppMenuBar.item("_Paste text as a report…", () -> list.paste(null), null)),
                menu.needsProject(AppMenuBar.item("Add from a _web address…", list::fetchAddress, null)),
                new javafx.scene.control.SeparatorMenuItem()));
    }

    /** File → Export… and File → Print…, after Save as. */
    private static void addExportAndPrint(WorkbenchView view, WorkbenchViewModel model, TaskRunner runner,
                                          ShellActions actions) {
        AppMenuBar menu = view.menu();
        int at = menu.file().getItems().indexOf(menu.saveAsItem()) + 1;
        menu.file().getItems().addAll(at, java.util.List.of(
                menu.needsProject(AppMenuBar.item("_Export…", () -> ExportDialog.show(actions.owner(),
                        new ExportViewModel(model, runner)),
                        new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                                javafx.scene.input.KeyCombination.SHORTCUT_DOWN))),
                menu.needsProject(AppMenuBar.item("_Print…",
                        () -> ReportPrinter.print(actions.owner(), model),
                        new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.P,
                                javafx.scene.input.KeyCombination.SHORTCUT_DOWN)))));
    }

    private static void applyTheme(javafx.scene.Parent root, WindowSettings.Theme theme) {
        root.getStyleClass().remove("dark");
        if (theme == WindowSettings.Theme.DARK) {
            root.getStyleClass().add("dark");
        }
    }

    /** Ctrl+plus (also Ctrl+= and the keypad's +), Ctrl+minus and Ctrl+0 size the reading text. */
    private static boolean handleTextSize(javafx.scene.input.KeyEvent e, ShellActions actions) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> actions.biggerText();
            case MINUS, SUBTRACT -> actions.smallerText();
            case DIGIT0, NUMPAD0 -> actions.resetText();
            default -> {
                return false;
            }
        }
        e.consume();
        return true;
    }

    /**
     * The review keys: J / F8 next discrepancy, K / Shift+F8 previous, 1–5 set the status, Ctrl+Z undo,
     * Ctrl+Shift+Z (or Ctrl+Y) redo. Letters and digits are left alone while the user types a note.
     */
    static void handleKey(javafx.scene.input.KeyEvent e, WorkbenchViewModel model, ReviewPanel panel,
                          ShellActions actions) {
        if (handleTextSize(e, actions)) {
            return;
        }
        StudentViewModel student = model.studentProperty().get();
        if (student != null && e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.Z
                && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            if (e.isShiftDown()) {
                student.redo();
            } else {
                student.undo();
            }
            e.consume();
            return;
        }
        if (!model.hasProjectProperty().get()) {
            return;
        }
        ReviewViewModel review = model.review();
        javafx.scene.input.KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == javafx.scene.input.KeyCode.F) {
            panel.focusSearch();
            e.consume();
            return;
        }
        boolean typing = panel.isTyping();
        if (e.isShortcutDown() && code == javafx.scene.input.KeyCode.Z) {
            if (typing) {
                return;
            }
            if (e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown() && code == javafx.scene.input.KeyCode.Y && !typing) {
            model.redo();
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
            case DIGIT1, NUMPAD1 -> review.setStatus(AnnotationStatus.values()[0]);
            case DIGIT2, NUMPAD2 -> review.setStatus(AnnotationStatus.values()[1]);
            case DIGIT3, NUMPAD3 -> review.setStatus(AnnotationStatus.values()[2]);
            case DIGIT4, NUMPAD4 -> review.setStatus(AnnotationStatus.values()[3]);
            case DIGIT5, NUMPAD5 -> review.setStatus(AnnotationStatus.values()[4]);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Sets the scene (with {@code parts} added) on the stage, binds the title, puts the stage where it was last time (or fits it to the
     * screen), shows it, and remembers the layout when it closes.
     */
    public static void show(Stage stage, WorkbenchViewModel model, TaskRunner runner, WindowPart... parts) {
        Scene scene = createScene(model, runner, parts);
        stage.titleProperty().bind(model.windowTitleProperty());
        java.io.InputStream icon = MainWindow.class.getResourceAsStream("/icons/verbatim.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        place(stage, model.settingsProperty().get());
        stage.setOnHiding(e -> rememberLayout(stage, model, (WorkbenchView) scene.getRoot()));
        stage.show();
    }

    /** The remembered bounds when they are on a screen now, else the default size centred. */
    static void place(Stage stage, WindowSettings settings) {
        WindowSettings.Bounds b = settings.bounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (b != null && b.width() >= 640 && b.height() >= 420
                && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized());
    }

    private static void rememberLayout(Stage stage, WorkbenchViewModel model, WorkbenchView view) {
        WindowSettings.Bounds bounds = stage.isMaximized()
                ? model.settingsProperty().get().bounds()
                : new WindowSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight());
        model.remember(model.settingsProperty().get().withLayout(bounds, stage.isMaximized(),
                view.sideListShown(), view.panesDivider()));
    }
}
