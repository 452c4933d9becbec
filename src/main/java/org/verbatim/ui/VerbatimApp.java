package org.verbatim.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Placeholder until the interim sample viewer lands. */
public class VerbatimApp extends Application {

    /** Starts the window; called by {@code org.verbatim.Main} when it is given no command. */
    public static void launchApp(String[] args) {
        Application.launch(VerbatimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Verbatim");
        stage.show();
    }
}
