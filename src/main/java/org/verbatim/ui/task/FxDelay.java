package org.verbatim.ui.task;

import java.time.Duration;

import javafx.animation.PauseTransition;


/** {@link Delay} on the JavaFX timer: the action runs on the application thread after the pause. */
public final class FxDelay implements Delay {

    @Override
    public Cancel after(Duration wait, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
