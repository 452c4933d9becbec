package org.verbatim.store;

import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.Annotation;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/**
 * A project made by the first schema version (checked in, never regenerated) still opens and shows its
 * annotations after every later schema change.
 */
class MigrationTest {

    private static final Path V1 = Path.of("src/test/resources/store/v1-project.verbatim");

    @TempDir
    Path dir;

    private Path copyOfV1() throws Exception {
        return Files.copy(V1, dir.resolve("old.verbatim"));
    }

    @Test
    void theFixtureReallyIsVersionOne() throws Exception {
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(V1), 100);
        assertThat(java.nio.ByteBuffer.wrap(header).getInt(60)).isEqualTo(1);
    }

    @Test
    void aVersionOneProjectOpensAndIsUpgradedToTheCurrentVersion() throws Exception {
        Path p = copyOfV1();
        try (ProjectFile file = ProjectFile.open(p)) {
            assertThat(file.userVersion()).isEqualTo(ProjectFile.SCHEMA_VERSION);
            assertThat(file.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aVersionTwoProjectGetsTheClassroomTablesAndStaysAPlainProject() throws Exception {
        Path p = dir.resolve("v2.verbatim");
        try (ProjectFile file = ProjectFile.create(p, 2)) {
            assertThat(file.userVersion()).isEqualTo(2);
        }
        try (ProjectStore store = ProjectStore.open(p, Pipeline.standard())) {
            assertThat(store.classroom()).isEqualTo(Classroom.PROJECT);
            assertThat(store.marks()).isEmpty();
        }
        try (ProjectFile file = ProjectFile.open(p)) {
            assertThat(file.userVersion()).isEqualTo(ProjectFile.SCHEMA_VERSION);
            assertThat(file.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aVersionOneProjectShowsItsAnnotations() throws Exception {
        try (ProjectStore store = ProjectStore.open(copyOfV1(), Pipeline.standard())) {
            assertThat(store.annotations()).extracting(Annotation::note)
                    .contains(V1Fixture.NOTE, "Compare with the Instagram post itself.");
            assertThat(store.annotations()).extracting(Annotation::status)
                    .containsExactly(AnnotationStatus.CONFIRMED, AnnotationStatus.FOLLOW_UP);
            assertThat(store.history(1)).isNotEmpty();
        }
    }

    @Test
    void aVersionOneProjectComparesAndKeepsItsAnnotationsInPlace() throws Exception {
        try (ProjectStore store = ProjectStore.open(copyOfV1(), Pipeline.standard())) {
            store.recompare();
            assertThat(store.orphans()).isEmpty();
            assertThat(store.annotation(1).orElseThrow().anchor().quote().exact()).isEqualTo("pie in the sky");
        }
    }
}
