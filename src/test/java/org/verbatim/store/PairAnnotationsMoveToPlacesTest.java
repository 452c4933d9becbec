package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.HistoryEntry;

/**
 * A project of schema version 3 listed each difference once per pair of versions, and its annotations hang on
 * pair fingerprints. Opened now, each annotation moves onto the variant place that holds its words; two that
 * land on one place become one with both notes and both histories.
 */
class PairAnnotationsMoveToPlacesTest {

    @TempDir
    Path dir;

    /**
     * The sample with the caption's "to" annotated twice, as a schema-3 project had it: once for the reference
     * against the Kremlin report's quote, once against its embedded post, each under its pair's fingerprint.
     */
    private Path aPairEraProject() throws Exception {
        Path file = dir.resolve("pairs.verbatim");
        try (ProjectStore store = ProjectStore.create(file, Pipeline.standard()).as("desk editor")) {
            for (String f : ProjectStoreTest.FILES) {
                ProjectStoreTest.addFile(store, ProjectStoreTest.SAMPLE.resolve(f));
            }
            Discrepancy to = ProjectStoreTest.theToDifference(store);
            store.annotate(to, AnnotationStatus.CONFIRMED, "The quote drops 'to'.");
            Annotation second = store.annotate(to, null, null);
            assertThat(second.id()).isEqualTo(1); // one place, one annotation: the pair era is made by hand below
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE annotation SET fingerprint = 'pair-r1-r3q1'");
            s.executeUpdate("INSERT INTO annotation (target, fingerprint, report_id, exact, prefix, suffix, start, end, "
                    + "status, note, author, created_at, updated_at) SELECT target, 'pair-r1-r3q2', report_id, exact, "
                    + "prefix, suffix, start, end, 'follow-up', 'Ask the agency about the embedded post.', 'researcher', "
                    + "created_at, updated_at FROM annotation WHERE id = 1");
            s.executeUpdate("INSERT INTO annotation_history (annotation_id, at, author, field, old_value, new_value) "
                    + "VALUES (2, '2026-01-01T00:00:00Z', 'researcher', 'status', 'unreviewed', 'follow-up')");
            // what schema 4 added, taken away again
            s.executeUpdate("DROP TABLE correction");
            s.executeUpdate("ALTER TABLE report DROP COLUMN author");
            s.executeUpdate("ALTER TABLE report DROP COLUMN encoding");
            s.executeUpdate("UPDATE result SET engine = 'a pair-era engine'");
            s.executeUpdate("PRAGMA user_version = 3");
        }
        return file;
    }

    @Test
    void twoPairAnnotationsOfOnePlaceBecomeOneWithBothNotes() throws Exception {
        try (ProjectStore store = ProjectStore.open(aPairEraProject(), Pipeline.standard())) {
            Discrepancy to = ProjectStoreTest.theToDifference(store);
            assertThat(store.annotations()).hasSize(1);
            Annotation a = store.annotationOf(to).orElseThrow();
            assertThat(a.note()).contains("The quote drops 'to'.").contains("Ask the agency about the embedded post.");
            assertThat(a.status()).isEqualTo(AnnotationStatus.CONFIRMED);
            assertThat(a.note()).contains("needs follow-up");
        }
    }

    @Test
    void theHistoriesOfBothAreKeptOnTheOneThatStays() throws Exception {
        try (ProjectStore store = ProjectStore.open(aPairEraProject(), Pipeline.standard())) {
            Annotation a = store.annotationOf(ProjectStoreTest.theToDifference(store)).orElseThrow();
            assertThat(store.history(a.id())).extracting(HistoryEntry::author).contains("desk editor", "researcher");
            assertThat(store.history(a.id())).extracting(HistoryEntry::field).contains("merged", "fingerprint");
        }
    }

    @Test
    void theProjectIsOfTheCurrentSchemaAfterwards() throws Exception {
        Path file = aPairEraProject();
        try (ProjectStore store = ProjectStore.open(file, Pipeline.standard())) {
            store.comparison();
        }
        try (ProjectFile f = ProjectFile.open(file)) {
            assertThat(f.userVersion()).isEqualTo(ProjectFile.SCHEMA_VERSION);
            assertThat(f.integrityCheck()).isEqualTo("ok");
        }
    }
}
