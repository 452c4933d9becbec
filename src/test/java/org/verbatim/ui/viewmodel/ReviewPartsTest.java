package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;
import org.verbatim.store.ProjectStore;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.task.Delay;
import org.verbatim.ui.task.SynchronousTaskRunner;

/**
 * The review's three parts (list, inspector, annotation editor) over the sample, without a screen: they follow one
 * selected row, a typed note is never lost, and the inspector says who prints what and who most likely copied whom.
 */
class ReviewPartsTest {

    private static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");

    /** A clock moved by hand: what is due runs when the test says the pause is over. */
    static final class HandClock implements Delay {
        final List<Runnable> due = new ArrayList<>();
        final List<Duration> asked = new ArrayList<>();

        @Override
        public Cancel after(Duration wait, Runnable action) {
            asked.add(wait);
            due.add(action);
            return () -> due.remove(action);
        }

        void pauseIsOver() {
            List.copyOf(due).forEach(Runnable::run);
            due.clear();
        }
    }

    @TempDir
    Path dir;
    ProjectStore store;
    HandClock clock = new HandClock();
    ReviewViewModel review;

    @BeforeEach
    void theSampleUnderReview() throws Exception {
        store = ProjectStore.create(dir.resolve("p.verbatim"), Pipeline.standard());
        for (String f : List.of("putin-offers-to-meet-elton-john.txt", "putin-calls-elton-john-for-real.txt",
                "kremlin-rejects-claim-putin-phoned.txt")) {
            Path p = SAMPLE.resolve(f);
            store.addReport(p.toString(), f, Files.readAllBytes(p), Readers.defaults().read(p));
        }
        review = new ReviewViewModel(clock);
        review.load(ProjectSession.over(store, new SynchronousTaskRunner().newLane("review"), "p", false),
                store.comparison(), store.annotations());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int rowOf(String change) {
        for (int i = 0; i < review.getRows().size(); i++) {
            if (review.getRows().get(i).change().equals(change)) {
                return i;
            }
        }
        throw new AssertionError("no " + change + " row in " + review.getRows());
    }

    private int rowOfTheWordTo() {
        return rowOf("\u00ABto\u00BB \u2192 (nothing)");
    }

    private String noteInTheProjectOf(int row) throws Exception {
        String fingerprint = review.getRows().get(row).discrepancy().fingerprint();
        return store.annotations().stream().filter(a -> fingerprint.equals(a.fingerprint())).map(Annotation::note)
                .findFirst().orElse("");
    }

    private int anotherRowThan(int row) {
        return row == 0 ? 1 : 0;
    }

    // ------------------------------------------------------------------------------- one selected row

    @Test
    void theInspectorAndTheEditorFollowTheListsSelectedRow() {
        review.list().select(rowOfTheWordTo());

        assertThat(review.inspector().alignmentProperty().get().rows()).isNotEmpty();
        assertThat(review.inspector().getAttributions()).isNotEmpty();
        assertThat(review.editor().noteTextProperty().get()).isEmpty();

        review.list().select(-1);

        assertThat(review.inspector().alignmentProperty().get()).isEqualTo(AlignmentTable.EMPTY);
        assertThat(review.inspector().getAttributions()).isEmpty();
    }

    // ------------------------------------------------------------------------------ a note is not lost

    @Test
    void aNoteTypedAndLeftIsSavedWhenAnotherRowIsSelected() throws Exception {
        int to = rowOfTheWordTo();
        review.select(to);
        review.editor().noteTextProperty().set("Instagram prints 'look to forward'");

        review.select(anotherRowThan(to));

        assertThat(noteInTheProjectOf(rowOfTheWordTo())).isEqualTo("Instagram prints 'look to forward'");
        assertThat(review.editor().noteTextProperty().get()).isEqualTo(review.selectedProperty().get().note());
    }

    @Test
    void aNoteIsSavedAfterAPauseInTyping() throws Exception {
        review.select(rowOfTheWordTo());
        review.editor().noteTextProperty().set("Instagram");
        review.editor().noteTextProperty().set("Instagram prints it");
        assertThat(noteInTheProjectOf(rowOfTheWordTo())).isEmpty();

        clock.pauseIsOver();

        assertThat(clock.asked).allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(1)));
        assertThat(clock.due).isEmpty();
        assertThat(noteInTheProjectOf(rowOfTheWordTo())).isEqualTo("Instagram prints it");
        assertThat(review.editor().noteTextProperty().get()).isEqualTo("Instagram prints it");
    }

    @Test
    void typingOnPutsTheSaveOffUntilThePause() {
        review.select(rowOfTheWordTo());
        review.editor().noteTextProperty().set("I");
        review.editor().noteTextProperty().set("In");

        assertThat(clock.due).hasSize(1);
    }

    @Test
    void theNoteBeingTypedIsSavedWhenTheWindowAsksBeforeClosing() throws Exception {
        review.select(rowOfTheWordTo());
        review.editor().noteTextProperty().set("checked with the Kremlin");

        review.commitPendingNote();

        assertThat(noteInTheProjectOf(rowOfTheWordTo())).isEqualTo("checked with the Kremlin");
        assertThat(review.editor().hasPendingNote()).isFalse();
    }

    @Test
    void undoTakesATypedNoteBackAndTheFieldShowsTheOldWords() throws Exception {
        review.select(rowOfTheWordTo());
        review.editor().noteTextProperty().set("a slip");
        clock.pauseIsOver();

        review.undo();

        assertThat(noteInTheProjectOf(rowOfTheWordTo())).isEmpty();
        assertThat(review.editor().noteTextProperty().get()).isEmpty();
    }

    @Test
    void undoOfANoteOnAnotherRowSelectsThatRowAndSaysWhatItUndid() throws Exception {
        int to = rowOfTheWordTo();
        review.select(to);
        review.editor().noteTextProperty().set("a slip");
        review.select(anotherRowThan(to));

        review.undo();

        assertThat(review.selectedIndexProperty().get()).isEqualTo(rowOfTheWordTo());
        assertThat(review.undoneProperty().get()).isEqualTo("Undid the note of \u00ABto\u00BB \u2192 (nothing)");
    }

    // ------------------------------------------------------------------------------------ the history

    @Test
    void theHistorySaysTheStatusInWordsAndNoFingerprint() {
        review.select(rowOfTheWordTo());
        review.setStatus(AnnotationStatus.CONFIRMED);

        List<String> lines = review.getHistory().stream().map(AnnotationEditorViewModel::describe).toList();

        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("status: Unreviewed \u2192 Confirmed"));
        String fingerprint = review.selectedProperty().get().discrepancy().fingerprint();
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(fingerprint));
        assertThat(review.getHistory()).extracting(HistoryEntry::field).contains("created");
    }

    // ---------------------------------------------------------------------------------- the inspector

    @Test
    void theSelectedPlaceSaysWhichReportsPrintWhichReading() {
        review.select(rowOfTheWordTo());

        assertThat(review.inspector().getReadings()).extracting(InspectorViewModel.ReadingRow::line).containsExactly(
                "\u00ABto\u00BB: Vladimir Putin offers to meet Elton John",
                "(nothing): Kremlin Rejects Claim That Putin Phoned Elton John (twice)");
    }

    @Test
    void theRowsOfAReportThatPrintsTheCaptionTwiceAreToldApart() {
        review.select(rowOfTheWordTo());

        AlignmentTable t = review.inspector().alignmentProperty().get();
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            labels.add(t.label(r));
        }

        assertThat(labels).doesNotHaveDuplicates().hasSize(t.rows().size());
        assertThat(labels).anySatisfy(l -> assertThat(l).startsWith("Kremlin Rejects").endsWith("\u00B7 post"));
    }

    @Test
    void theInspectorShowsWhoMostLikelyPrintedTheSelectedGroupFirst() {
        review.select(rowOfTheWordTo());

        assertThat(review.inspector().getProvenance()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).doesNotContain("r1").doesNotContain("r3"));
        assertThat(review.inspector().getProvenance().get(0)).startsWith("First printed by Kremlin Rejects Claim");
        assertThat(review.inspector().getProvenance()).anySatisfy(l ->
                assertThat(l).startsWith("Vladimir Putin offers to meet Elton John most likely from"));
    }
}
