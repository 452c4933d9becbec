package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;

/** Hostile and broken files: a clear message naming the file, the file untouched, nothing run. */
class BadProjectFilesTest {

    @TempDir
    Path dir;

    private ProjectException opening(Path p) {
        return (ProjectException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ProjectStore.open(p, Pipeline.standard()).close());
    }

    private Path aProject() throws Exception {
        Path p = dir.resolve("story.verbatim");
        ProjectStore.create(p, Pipeline.standard()).close();
        return p;
    }

    @Test
    void aTextFileIsNotAProject() throws Exception {
        Path p = Files.writeString(dir.resolve("notes.verbatim"), "Putin phoned Elton John.");
        assertThat(opening(p)).hasMessage(p + ": not a Verbatim project (not an SQLite database)");
        assertThat(Files.readString(p)).isEqualTo("Putin phoned Elton John.");
    }

    @Test
    void anEmptyFileIsNotAProject() throws Exception {
        Path p = Files.createFile(dir.resolve("empty.verbatim"));
        assertThat(opening(p).reason()).contains("empty file");
    }

    @Test
    void aMissingFileIsNamed() {
        Path p = dir.resolve("gone.verbatim");
        assertThat(opening(p)).hasMessage(p + ": file not found");
    }

    @Test
    void anotherApplicationsSqliteFileIsRefusedUntouched() throws Exception {
        Path p = dir.resolve("browser-history.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE visits (url TEXT)");
        }
        byte[] before = Files.readAllBytes(p);
        assertThat(opening(p).reason()).isEqualTo("an SQLite database of another application, not a Verbatim project");
        assertThat(Files.readAllBytes(p)).isEqualTo(before);
    }

    @Test
    void aProjectFromANewerVersionIsRefused() throws Exception {
        Path p = aProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThat(opening(p).reason()).contains("newer version of Verbatim").contains("99");
    }

    @Test
    void aTruncatedFileIsDamaged() throws Exception {
        Path p = aProject();
        byte[] bytes = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(bytes, bytes.length - 1500));
        assertThat(opening(p).reason()).contains("damaged");
    }

    @Test
    void aCorruptedPageIsDamaged() throws Exception {
        Path p = aProject();
        byte[] bytes = Files.readAllBytes(p);
        // the second page: the root of the first table (the middle of the file is the cache's text, which its
        // own check guards)
        for (int i = 4096; i < 4096 + 600 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(p, bytes);
        assertThat(opening(p).reason()).contains("damaged");
    }

    @Test
    void aDamagedFileIsSaidInOneLineWithWhatToDo() throws Exception {
        Path p = aProject();
        try (ProjectStore store = ProjectStore.open(p, Pipeline.standard())) {
            for (int i = 0; i < 40; i++) {
                store.setSettings(store.settings().withIgnoreCase(i % 2 == 0));
            }
        }
        byte[] bytes = Files.readAllBytes(p);
        for (int page = 1; page * 4096 < bytes.length; page++) {
            bytes[page * 4096 + 3] ^= 0x5A;
            bytes[page * 4096 + 7] ^= 0x5A;
        }
        Files.write(p, bytes);
        String reason = opening(p).reason();
        assertThat(reason).contains("damaged").contains("backup").doesNotContain("\n");
    }

    @Test
    void aReceivedProjectWithATriggerIsRefusedAndTheTriggerNeverRuns() throws Exception {
        Path p = aProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stolen (note TEXT)");
            s.execute("CREATE TRIGGER leak AFTER INSERT ON annotation BEGIN INSERT INTO stolen VALUES (new.note); END");
        }
        assertThat(opening(p).reason()).contains("trigger leak").contains("none of it ran");
    }

    @Test
    void aReceivedProjectWithAViewIsRefused() throws Exception {
        Path p = aProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW everything AS SELECT * FROM annotation");
        }
        assertThat(opening(p).reason()).contains("view everything");
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndSaysSo() throws Exception {
        Path p = aProject();
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(p), "root can write anything");
            try (ProjectStore store = ProjectStore.open(p, Pipeline.standard())) {
                assertThat(store.isReadOnly()).isTrue();
                assertThatThrownBy(() -> store.setSettings(store.settings()))
                        .hasMessageContaining("opened read-only");
            }
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aProjectOpenedReadOnlyRefusesChangesAndLeavesTheFileAsItWas() throws Exception {
        Path p = aProject();
        byte[] before = Files.readAllBytes(p);
        try (ProjectStore store = ProjectStore.openReadOnly(p, Pipeline.standard())) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.summary().reports()).isZero();
            assertThatThrownBy(() -> store.setSettings(store.settings()))
                    .hasMessage(p + ": opened read-only; cannot change comparison settings");
        }
        assertThat(Files.readAllBytes(p)).isEqualTo(before);
    }

    @Test
    void aProjectOpenInAnotherVerbatimIsRefusedWithoutHarm() throws Exception {
        Path p = aProject();
        try (ProjectStore first = ProjectStore.open(p, Pipeline.standard())) {
            assertThat(opening(p).reason()).contains("already open");
            assertThat(first.integrityCheck()).isEqualTo("ok");
        }
        try (ProjectStore again = ProjectStore.open(p, Pipeline.standard())) {
            assertThat(again.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aCreateThatFailsHalfWayLeavesNoFileAndHoldsNothingOpen() throws Exception {
        Path p = dir.resolve("half.verbatim");

        assertThatThrownBy(() -> ProjectFile.create(p, ProjectFile.SCHEMA_VERSION + 1))
                .hasMessageContaining("format " + (ProjectFile.SCHEMA_VERSION + 1));

        assertThat(OpenFiles.under(p)).isZero();
        assertThat(Files.exists(p)).isFalse();
        ProjectStore.create(p, Pipeline.standard()).close();
    }

    @Test
    void aRefusedFileIsNotHeldOpen() throws Exception {
        Path p = aProject();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW everything AS SELECT * FROM annotation");
        }
        opening(p);
        assertThat(OpenFiles.under(p)).isZero();
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path p = Files.writeString(dir.resolve("keep.verbatim"), "precious");
        assertThatThrownBy(() -> ProjectStore.create(p, Pipeline.standard()))
                .hasMessage(p + ": a file of that name already exists");
        assertThat(Files.readString(p)).isEqualTo("precious");
    }
}
