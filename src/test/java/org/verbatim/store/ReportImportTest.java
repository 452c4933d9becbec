package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Fingerprints;
import org.verbatim.core.read.HtmlReader;
import org.verbatim.core.read.MarkdownReader;
import org.verbatim.core.read.PlainTextReader;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;
import org.verbatim.core.read.ReportReader;
import org.verbatim.core.read.UrlReader;

/** A file is imported from one read: the SHA-256 the project keeps is of the bytes its text was read from. */
class ReportImportTest {

    @TempDir
    Path dir;

    @Test
    void theHashIsOfTheBytesTheTextWasReadFromEvenIfTheFileChangesMeanwhile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "\u201CWe will stay,\u201D Alvarado said.");
        List<byte[]> given = new ArrayList<>();
        PlainTextReader plain = new PlainTextReader();
        ReportReader editedWhileRead = (name, bytes, options) -> {
            given.add(bytes.clone());
            try {
                Files.writeString(file, "Edited meanwhile: \u201CWe will go,\u201D Alvarado said.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return plain.read(name, bytes);
        };
        Readers readers = new Readers(editedWhileRead, new MarkdownReader(), new HtmlReader(), UrlReader.defaults());

        ReportImport imported = ReportImport.of(readers, file.toString());

        assertThat(given).hasSize(1);
        assertThat(imported.bytes()).isEqualTo(given.get(0));
        assertThat(new String(imported.bytes(), StandardCharsets.UTF_8)).isEqualTo(imported.read().text());
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.verbatim"), Pipeline.standard())) {
            String id = imported.addTo(store);
            assertThat(store.report(id).sha256()).isEqualTo(Fingerprints.sha256Hex(given.get(0)));
        }
    }

    @Test
    void aMissingFileIsNamedWithTheReadersReason() {
        Path gone = dir.resolve("gone.txt");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReportImport.of(Readers.defaults(),
                gone.toString()))).hasMessage(gone + ": " + Readers.FILE_NOT_FOUND);
    }

    @Test
    void aFolderIsNamedWithTheReadersReason() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReportImport.of(Readers.defaults(),
                dir.toString()))).hasMessage(dir + ": " + Readers.DIRECTORY);
    }

    @Test
    void theReaderGetsTheFileNameToChooseByItsExtension() throws Exception {
        Path md = Files.writeString(dir.resolve("report.md"), "# Title\n\n\u201CWe will stay,\u201D Alvarado said.\n");
        ReadResult read = ReportImport.of(Readers.defaults(), md.toString()).read();
        assertThat(read.format()).isEqualTo(org.verbatim.core.model.SourceFormat.MARKDOWN);
    }
}
