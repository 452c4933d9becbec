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
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;
import org.verbatim.core.text.Tokenizer;
import org.verbatim.ui.project.ProjectSession;
import org.verbatim.ui.task.SynchronousTaskRunner;

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
        review.load(ProjectSession.over(store, new SynchronousTaskRunner().newLane("review"), "p", false),
                store.comparison(), store.annotations());
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
        assertThat(to.kind()).isEqualTo("word left out");
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

    @Test
    void cosmeticDifferencesAreHiddenUntilAskedFor() {
        int shown = review.getRows().size();

        review.showCosmeticProperty().set(true);

        assertThat(review.getAllRows()).anyMatch(r -> r.discrepancy().severity()
                == org.verbatim.core.diff.Severity.COSMETIC);
        assertThat(review.getRows().size()).isGreaterThan(shown);
        assertThat(review.getRows()).hasSameSizeAs(review.getAllRows());
    }

    @Test
    void theKindFilterListsOnlyThatKind() {
        review.kindFilter().add(org.verbatim.core.diff.DiffKind.WORD_DELETED);

        assertThat(review.getRows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo("word left out"));
    }

    @Test
    void theSearchFindsTheSpeakerAndTheWords() {
        review.searchProperty().set("sic");
        List<String> sic = review.getRows().stream().map(DiscrepancyRow::change).toList();
        review.searchProperty().set("putin");
        List<String> putin = review.getRows().stream().map(DiscrepancyRow::speaker).distinct().toList();

        assertThat(sic).isNotEmpty().allSatisfy(c -> assertThat(c).contains("(sic)"));
        assertThat(putin).contains("Vladimir Putin");
    }

    @Test
    void theStatusFilterAndTheCountFollowTheReview() {
        review.select(rowOfTheWordTo());
        review.setStatus(AnnotationStatus.CONFIRMED);

        review.statusFilter().add(AnnotationStatus.CONFIRMED);

        assertThat(review.getRows()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(AnnotationStatus.CONFIRMED));
        assertThat(review.progressProperty().get()).startsWith("1 of " + review.getAllRows().size() + " reviewed (");
        assertThat(review.progressProperty().get()).endsWith("1 shown");
    }

    @Test
    void aRowThatLeavesTheFilterHandsTheSelectionToTheNextRow() {
        review.statusFilter().add(AnnotationStatus.UNREVIEWED);
        review.select(0);
        DiscrepancyRow second = review.getRows().get(1);

        review.setStatus(AnnotationStatus.ACCEPTABLE);

        assertThat(review.selectedProperty().get().discrepancy().fingerprint())
                .isEqualTo(second.discrepancy().fingerprint());
    }

    @Test
    void jAndKFollowTheSortedOrder() {
        review.comparatorProperty().set(java.util.Comparator.comparing(DiscrepancyRow::kind).reversed());
        review.select(0);
        review.next();

        assertThat(review.selectedProperty().get()).isEqualTo(review.getRows().get(1));
        assertThat(review.getRows().get(0).kind()).isGreaterThanOrEqualTo(review.getRows().get(1).kind());
    }

    @Test
    void theInspectorAlignsTheCaptionWithToAsAVariant() {
        review.select(rowOfTheWordTo());

        AlignmentTable t = review.alignmentProperty().get();

        assertThat(t.rows()).contains("Vladimir Putin offers to meet Elton John",
                "Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(t.columns()).anySatisfy(c -> {
            assertThat(c.variant()).isTrue();
            assertThat(c.readings()).contains("to", "");
        });
    }

    @Test
    void theInspectorShowsWhoSaidItInEachReport() {
        review.select(rowOfTheWordTo());

        assertThat(review.getAttributions()).extracting(InspectorViewModel.AttributionRow::speaker)
                .contains("Elton John");
    }

    @Test
    void categoryAndTagsAreSavedWithTheirHistoryAndUndone() throws Exception {
        review.select(rowOfTheWordTo());

        review.setCategory("quote altered");
        review.setTags("instagram, typo");

        assertThat(store.annotations()).singleElement().satisfies(a -> {
            assertThat(a.category()).isEqualTo("quote altered");
            assertThat(a.tags()).containsExactly("instagram", "typo");
        });
        assertThat(review.getHistory()).extracting(org.verbatim.review.HistoryEntry::field).contains("category");
        review.undo();
        assertThat(store.annotations().get(0).tags()).isEmpty();
    }
}
