package org.verbatim.ui.view;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows with no project open: start with the sample, make a new project, open one, or pick
 * a recent one.
 */
public final class WelcomeView extends StackPane {

    public WelcomeView(ShellActions actions) {
        getStyleClass().add("welcome");
        setId("welcome");

        Label name = new Label("Verbatim");
        name.getStyleClass().add("welcome-name");
        Label tagline = new Label("Compare several reports of one story: who said what, and how each outlet "
                + "printed it.");
        tagline.getStyleClass().add("welcome-tagline");
        tagline.setWrapText(true);

        Button sample = new Button("Open the sample story");
        sample.setId("open-sample");
        sample.setDefaultButton(true);
        sample.getStyleClass().add("welcome-primary");
        sample.setMaxWidth(Double.MAX_VALUE);
        sample.setOnAction(e -> actions.openSample());
        Label sampleNote = new Label("Three reports of Putin's offer to meet Elton John, as a temporary project "
                + "you can save.");
        sampleNote.getStyleClass().add("welcome-note");
        sampleNote.setWrapText(true);

        Button create = new Button("New project…");
        create.setId("new-project");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> actions.newProject());
        Button open = new Button("Open…");
        open.setId("open-project");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> actions.openProject());
        HBox fileButtons = new HBox(8, create, open);
        HBox.setHgrow(create, Priority.ALWAYS);
        HBox.setHgrow(open, Priority.ALWAYS);

        VBox start = new VBox(10, sample, sampleNote, fileButtons);
        start.getStyleClass().add("welcome-start");

        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("welcome-heading");
        ListView<Path> recent = new ListView<>(actions.model().getRecentProjects());
        recent.setId("recent-projects");
        recent.getStyleClass().add("welcome-recent");
        recent.setPlaceholder(new Label("Projects you open appear here."));
        recent.setPrefHeight(220);
        recent.setCellFactory(list -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() >= 1) {
                actions.openRecent(p);
            }
        });
        recent.setOnKeyPressed(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.ENTER) {
                actions.openRecent(p);
                e.consume();
            }
        });

        VBox card = new VBox(18, name, tagline, start, recentTitle, recent);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(520);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    /** A recent project: its name, and its folder below; a file that is gone says so. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label file = new Label(p.getFileName().toString().replaceFirst("\\.verbatim$", ""));
            file.getStyleClass().add("recent-name");
            boolean gone = !Files.exists(p);
            Label where = new Label((gone ? "(moved or deleted) " : "") + p.getParent());
            where.getStyleClass().add("recent-folder");
            VBox box = new VBox(1, file, where);
            if (gone) {
                box.getStyleClass().add("recent-gone");
            }
            setText(null);
            setGraphic(box);
        }
    }
}
