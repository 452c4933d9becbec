package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.store.AnnotationStatus;
import org.verbatim.store.ProjectStore;

/** The discrepancy list and annotation editor, without a screen. */
class ReviewViewModelTest {

    private static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");

    @TempDir
    Path dir;
    ProjectStore store;
    ReviewViewModel review;

    @BeforeEach
    void theSampleUnderReview() throws Exception {
        store = ProjectStore.create(dir.resolve("p.verbatim"), Pipeline.standard());
        for (String f : List.of("putin-offers-to-meet-elton-john.txt", "putin-calls-elton-john-for-real.txt",
                "kremlin-rejects-claim-putin-phoned.txt")) {
            Path p = SAMPLE.resolve(f);
            store.addReport(p.toString(), f, Files.readAllBytes(p), Readers.defaults().read(p));
        }
        review = new ReviewViewModel();
        review.load(store, store.comparison(), store.annotations());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int rowOfTheWordTo() {
        for (int i = 0; i < review.getRows().size(); i++) {
            if (review.getRows().get(i).change().equals("\u00ABto\u00BB \u2192 (nothing)")) {
                return i;
            }
        }
        throw new AssertionError("no 'to' row in " + review.getRows());
    }

    @Test
    void theListHoldsTheToDifferenceOfTheCaption() {
        DiscrepancyRow to = review.getRows().get(rowOfTheWordTo());
        assertThat(to.kind()).isEqualTo("word-deleted");
        assertThat(to.speaker()).isEqualTo("Elton John");
        assertThat(to.status()).isEqualTo(AnnotationStatus.UNREVIEWED);
    }

    @Test
    void selectingADifferenceFocusesItInEveryReportThatPrintsTheCaption() throws Exception {
        review.select(rowOfTheWordTo());
        assertThat(review.focusProperty().get()).containsOnlyKeys("r1", "r3");
        String kremlin = store.comparison().report("r3").text();
        assertThat(review.focusProperty().get().get("r3").of(kremlin)).startsWith("Thank-you to President");
    }

    @Test
    void nextAndPreviousWalkTheListInOrder() {
        review.next();
        review.next();
        assertThat(review.selectedIndexProperty().get()).isEqualTo(1);
        review.previous();
        assertThat(review.selectedIndexProperty().get()).isZero();
        review.previous();
        assertThat(review.selectedIndexProperty().get()).isZero();
    }

    @Test
    void aStatusIsWrittenToTheProjectAtOnce() throws Exception {
        review.select(rowOfTheWordTo());
        review.setStatus(AnnotationStatus.CONFIRMED);
        assertThat(store.annotations()).extracting(a -> a.status()).containsExactly(AnnotationStatus.CONFIRMED);
        assertThat(review.selectedProperty().get().status()).isEqualTo(AnnotationStatus.CONFIRMED);
        assertThat(review.progressProperty().get()).startsWith("1 of ");
    }

    @Test
    void aNoteIsWrittenAndUndoTakesItBack() throws Exception {
        review.select(rowOfTheWordTo());
        review.setNote("Instagram prints 'look to forward'");
        assertThat(review.selectedProperty().get().note()).isEqualTo("Instagram prints 'look to forward'");
        review.undo();
        assertThat(review.selectedProperty().get().note()).isEmpty();
        review.redo();
        assertThat(review.selectedProperty().get().note()).isEqualTo("Instagram prints 'look to forward'");
    }
}
