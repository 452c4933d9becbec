package org.verbatim.ui.view;

import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.verbatim.ui.settings.WindowSettings;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * The window's menus. Items that need an open project are greyed while none is. Other parts of the window
 * add their own items through {@link #file()}, {@link #edit()}, {@link #view()} and {@link #add(Menu)}.
 */
public final class AppMenuBar extends MenuBar {

    private final Menu file = new Menu("_File");
    private final Menu edit = new Menu("_Edit");
    private final Menu view = new Menu("_View");
    private final Menu help = new Menu("_Help");
    private final Menu recent = new Menu("Open _recent");
    private final CheckMenuItem sideList = new CheckMenuItem("_Reports list");
    private final ShellActions actions;
    private MenuItem saveAs;

    public AppMenuBar(ShellActions actions, Runnable excludeSelection, Runnable includeSelection) {
        this.actions = actions;
        WorkbenchViewModel model = actions.model();
        setId("menu-bar");
        setUseSystemMenuBar(true);

        MenuItem create = item("_New project…", actions::newProject, shortcut(KeyCode.N));
        MenuItem open = item("_Open…", actions::openProject, shortcut(KeyCode.O));
        MenuItem sample = item("Open the _sample story", actions::openSample, null);
        saveAs = needsProject(item("Save _as…", actions::saveAs,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)));
        MenuItem close = item("_Close project", actions::closeProject, shortcut(KeyCode.W));
        close.disableProperty().bind(model.hasProjectProperty().not().and(model.studentProperty().isNull()));
        MenuItem quit = item("_Quit", () -> actions.owner().hide(), shortcut(KeyCode.Q));
        file.getItems().addAll(create, open, recent, sample, new SeparatorMenuItem(), saveAs,
                new SeparatorMenuItem(), close, quit);
        model.getRecentProjects().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();

        MenuItem undo = needsProject(item("_Undo", model::undo, shortcut(KeyCode.Z)));
        MenuItem redo = needsProject(item("_Redo", model::redo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)));
        MenuItem exclude = needsProject(item("_Exclude selection from comparison", excludeSelection, null));
        MenuItem include = needsProject(item("_Include selection again", includeSelection, null));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), exclude, include);

        sideList.setSelected(model.settingsProperty().get().sideListShown());
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light theme");
        RadioMenuItem dark = new RadioMenuItem("_Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setId("theme-light");
        dark.setId("theme-dark");
        (model.settingsProperty().get().theme() == WindowSettings.Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> actions.theme(WindowSettings.Theme.LIGHT));
        dark.setOnAction(e -> actions.theme(WindowSettings.Theme.DARK));
        model.settingsProperty().addListener((obs, old, s) ->
                (s.theme() == WindowSettings.Theme.DARK ? dark : light).setSelected(true));
        MenuItem bigger = item("_Bigger text", actions::biggerText,
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem smaller = item("_Smaller text", actions::smallerText, shortcut(KeyCode.MINUS));
        MenuItem normal = item("_Normal text size", actions::resetText, shortcut(KeyCode.DIGIT0));
        view.getItems().addAll(sideList, new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(),
                bigger, smaller, normal);

        MenuItem keys = item("_Keyboard shortcuts", this::showKeys, new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("_About Verbatim", this::showAbout, null);
        help.getItems().addAll(keys, about);

        getMenus().addAll(file, edit, view, help);
    }

    /** File → Save as…, for placing items before it. */
    public MenuItem saveAsItem() {
        return saveAs;
    }

    /** Shown/hidden state of the reports list; the workbench binds its side panel to it. */
    public CheckMenuItem sideListItem() {
        return sideList;
    }

    public Menu file() {
        return file;
    }

    public Menu edit() {
        return edit;
    }

    public Menu view() {
        return view;
    }

    /** Adds a menu before Help. */
    public void add(Menu menu) {
        getMenus().add(getMenus().size() - 1, menu);
    }

    /** A menu item greyed while no project is open. */
    public MenuItem needsProject(MenuItem item) {
        item.disableProperty().bind(actions.model().hasProjectProperty().not()
                .or(actions.model().loadingProperty()));
        return item;
    }

    /** A menu item that runs {@code action}, with an optional accelerator. */
    public static MenuItem item(String text, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : actions.model().getRecentProjects()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(actions.owner());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        Label text = new Label(String.join("\n",
                "J or F8\tnext discrepancy",
                "K or Shift+F8\tprevious discrepancy",
                "1 … 5\tset the status (unreviewed, confirmed, acceptable variant, error in our copy, needs follow-up)",
                "Ctrl+Z\tundo",
                "Ctrl+Shift+Z\tredo",
                "Ctrl+F\tsearch the discrepancies",
                "Ctrl+N / Ctrl+O\tnew / open project",
                "Ctrl+plus / Ctrl+minus / Ctrl+0\ttext size",
                "Tab\tmove between the panes, the list and the editor",
                "Click a quote\tscroll the other reports to it"));
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(actions.owner());
        alert.setTitle("About Verbatim");
        alert.setHeaderText("Verbatim");
        alert.setContentText("A workbench for comparing several reports of one story: the quotations in each, "
                + "how they line up, and every word that changed.\nYour work is kept in the project file, "
                + "on this computer only.");
        alert.show();
    }
}
