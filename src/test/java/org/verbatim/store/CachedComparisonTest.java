package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Comparison;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.review.AnnotationStatus;

/**
 * The comparison a store hands out is the engine's for the reports as they are now, and is only computed or
 * read again when an edit says it changed what the engine compares; never guessed from the edit's label.
 */
class CachedComparisonTest {

    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void aComparedProjectWithTheSample() throws Exception {
        store = ProjectStore.create(dir.resolve("elton.verbatim"), Pipeline.standard());
        for (String f : ProjectStoreTest.FILES) {
            ProjectStoreTest.addFile(store, ProjectStoreTest.SAMPLE.resolve(f));
        }
        store.comparison();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStudentsMarkKeepsTheComparisonInMemory() throws Exception {
        Comparison before = store.comparison();

        store.addMark("r1", new Span(0, 5), "r2", null, "word-deleted", "gone");

        assertThat(store.comparison()).isSameAs(before);
    }

    @Test
    void anAnnotationKeepsTheComparisonInMemory() throws Exception {
        Comparison before = store.comparison();

        store.annotate(ProjectStoreTest.theToDifference(store), AnnotationStatus.CONFIRMED, "typo");

        assertThat(store.comparison()).isSameAs(before);
    }

    @Test
    void aRenamedReportShowsItsNewTitleInTheSameComparison() throws Exception {
        Comparison before = store.comparison();
        String id = store.reports().get(0).id();

        store.editReport(id, new ReportMeta("Putin offers to meet Elton", null, null, null));

        Comparison after = store.comparison();
        assertThat(after.report(id).meta().title()).isEqualTo("Putin offers to meet Elton");
        assertThat(after.discrepancies()).isSameAs(before.discrepancies());
    }

    @Test
    void aRenamedReportShowsItsNewTitleAfterReopening() throws Exception {
        String id = store.reports().get(0).id();
        store.editReport(id, new ReportMeta("Putin offers to meet Elton", null, null, null));
        Path file = store.path();
        store.close();

        store = ProjectStore.open(file, Pipeline.standard());

        assertThat(store.comparison().report(id).meta().title()).isEqualTo("Putin offers to meet Elton");
    }

    @Test
    void anExclusionComparesAgainAndUndoingItToo() throws Exception {
        Comparison before = store.comparison();
        StoredReport kremlin = store.reports().get(2);
        int at = kremlin.report().text().indexOf("Thank-you to President");

        store.exclude(kremlin.id(), new Span(at, at + 20));
        assertThat(store.comparisonIsCurrent()).isFalse();
        Comparison excluded = store.comparison();
        store.undo();

        assertThat(excluded).isNotSameAs(before);
        assertThat(store.comparisonIsCurrent()).isFalse();
        assertThat(store.comparison().discrepancies()).isEqualTo(before.discrepancies());
    }

    @Test
    void eachEditSaysWhatItAffects() throws Exception {
        store.addMark("r1", new Span(0, 5), "r2", null, "word-deleted", "gone");
        assertThat(store.undo()).isEqualTo(Affects.REVIEW);
        store.editReport("r1", new ReportMeta("Renamed", null, null, null));
        assertThat(store.undo()).isEqualTo(Affects.REPORT_DETAILS);
        store.removeReport("r2");
        assertThat(store.undo()).isEqualTo(Affects.ENGINE_INPUT);
    }
}
