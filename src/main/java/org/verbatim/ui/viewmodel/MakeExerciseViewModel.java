package org.verbatim.ui.viewmodel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.Exercises;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.ui.project.ProjectSession;

/**
 * "Make exercise…": which discrepancies go in the answer key (the confirmed ones to begin with), the
 * teacher's explanation of each (their note to begin with), hints, a title and instructions, an optional
 * password, and whether students may check once or as often as they like.
 */
public final class MakeExerciseViewModel {

    /** One discrepancy the teacher may put in the key. */
    public static final class Choice {
        private final DiscrepancyRow row;
        private final BooleanProperty chosen;
        private final StringProperty explanation;

        Choice(DiscrepancyRow row) {
            this.row = row;
            this.chosen = new SimpleBooleanProperty(row.status() == AnnotationStatus.CONFIRMED);
            this.explanation = new SimpleStringProperty(row.note() == null ? "" : row.note());
        }

        public DiscrepancyRow row() {
            return row;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        public StringProperty explanationProperty() {
            return explanation;
        }
    }

    private final ProjectSession project;
    private final Exercises exercises;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty instructions = new SimpleStringProperty(
            "Here are several reports of one story. Find what changed in the quotations, and say why it matters.");
    private final StringProperty hints = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final BooleanProperty checkOnce = new SimpleBooleanProperty(false);

    public MakeExerciseViewModel(ProjectSession project, Exercises exercises, List<DiscrepancyRow> rows,
                                 String storyTitle) {
        this.project = project;
        this.exercises = exercises;
        rows.forEach(r -> choices.add(new Choice(r)));
        title.set(storyTitle == null ? "" : storyTitle);
    }

    public ObservableList<Choice> getChoices() {
        return choices;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty instructionsProperty() {
        return instructions;
    }

    /** One hint per line. */
    public StringProperty hintsProperty() {
        return hints;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public BooleanProperty checkOnceProperty() {
        return checkOnce;
    }

    /** What the dialog says about protection, plainly. */
    public String protectionNote() {
        return password.get().isEmpty()
                ? "Without a password the answer key is only hidden in Verbatim's window: anyone who opens the file "
                        + "with another SQLite tool can read it."
                : "The answer key is encrypted with this password (PBKDF2 and AES-GCM). Students need it to check "
                        + "their answers: tell them when checking opens.";
    }

    /** What stops the exercise from being made, or null. */
    public String problem() {
        if (choices.stream().noneMatch(c -> c.chosenProperty().get())) {
            return "Choose at least one discrepancy for the answer key.";
        }
        if (title.get() == null || title.get().isBlank()) {
            return "Give the exercise a title.";
        }
        if (!password.get().equals(passwordAgain.get())) {
            return "The two passwords differ.";
        }
        return null;
    }

    /**
     * Writes the exercise file on the project's lane (the project itself is not changed), then tells
     * {@code said}, on the UI thread, what to tell the teacher.
     */
    public void make(Path target, Consumer<UserMessage> said) {
        if (problem() != null) {
            throw new IllegalStateException(problem());
        }
        List<AnswerKey.Item> key = choices.stream().filter(c -> c.chosenProperty().get())
                .map(c -> Exercises.itemOf(c.row().discrepancy(), c.explanationProperty().get())).toList();
        List<String> hintLines = Arrays.stream(hints.get().split("\\R")).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        char[] secret = password.get().isEmpty() ? null : password.get().toCharArray();
        Exercises.Setup setup = new Exercises.Setup(title.get().strip(), instructions.get().strip(), hintLines, key,
                secret, checkOnce.get());
        boolean protectedKey = secret != null;
        project.call("make the exercise", store -> {
            exercises.makeExercise(store, target, setup);
            return target;
        }, made -> said.accept(UserMessage.info("Exercise saved", "Give " + made.getFileName()
                + " to your students. " + (protectedKey ? "They will need the password to check their answers."
                : "Its key is not protected by a password."))),
                failure -> said.accept(UserMessage.error("Could not save the exercise", failure.getMessage())));
    }
}
