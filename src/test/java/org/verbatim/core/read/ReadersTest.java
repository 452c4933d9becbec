package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

class ReadersTest {

    private static final byte[] HTML = "<!DOCTYPE html><html><body><p>Hello.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "# Hello\n\nWorld.\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final Readers readers = Readers.defaults();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void missingFileIsNamedAndSaidSo() {
        Path missing = dir.resolve("nowhere.txt");
        assertThatThrownBy(() -> readers.read(missing))
                .isInstanceOf(ReadException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void directoryIsNotAFile() {
        assertThatThrownBy(() -> readers.read(dir))
                .isInstanceOf(ReadException.class)
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void unreadableFileSaysPermissionDenied() throws IOException {
        Path file = write("secret.txt", TEXT);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(file), "running with rights that read any file (root)");
        assertThatThrownBy(() -> readers.read(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": cannot read the file: permission denied");
    }

    @Test
    void accessDeniedWhileReadingSaysPermissionDenied() {
        assertThat(Readers.reasonFor(new AccessDeniedException("/x/secret.txt")))
                .isEqualTo("cannot read the file: permission denied");
    }

    @Test
    void fileOverTheSizeCapIsRefused() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Readers.MAX_FILE_BYTES + 1); // sparse: no 50 MB written
        }
        assertThatThrownBy(() -> readers.read(big))
                .isInstanceOf(ReadException.class)
                .hasMessage(big + ": the file is larger than 5 MB, the most one report may be");
    }

    @Test
    void emptyFileIsRejectedWithItsPath() throws IOException {
        Path empty = write("empty.md", new byte[0]);
        assertThatThrownBy(() -> readers.read(empty))
                .isInstanceOf(ReadException.class)
                .hasMessage(empty + ": empty file");
    }

    @Test
    void sampleFileIsReadFromDisk() throws IOException, ReadException {
        Path file = write("kremlin-rejects-claim-putin-phoned.txt", Fixtures.sample("kremlin-rejects-claim-putin-phoned.txt"));
        ReportMeta meta = readers.read(file).meta();
        assertThat(meta.title()).isEqualTo("Kremlin Rejects Claim That Putin Phoned Elton John");
        assertThat(meta.date()).isEqualTo("2015-09-15");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "story.txt, TEXT", "story.TEXT, TEXT", "story.md, MARKDOWN", "story.markdown, MARKDOWN",
            "story.html, HTML", "story.HTM, HTML", "story.xhtml, HTML",
            "https://example.org/a/story.md?x=1, MARKDOWN"})
    void extensionChoosesTheReader(String name, SourceFormat format) throws ReadException {
        byte[] bytes = format == SourceFormat.HTML ? HTML : TEXT;
        assertThat(readers.read(name, bytes).format()).isEqualTo(format);
    }

    @Test
    void textExtensionWinsOverHtmlContent() throws ReadException {
        assertThat(readers.read("page-source.txt", HTML).format()).isEqualTo(SourceFormat.TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"story", "story.dat", "/tmp/dir.d/story"})
    void htmlContentIsSniffedWhenTheExtensionSaysNothing(String name) throws ReadException {
        assertThat(readers.read(name, HTML).format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void htmlAfterBomXmlDeclarationAndCommentIsSniffed() {
        byte[] bytes = ("\uFEFF<?xml version=\"1.0\"?>\n<!-- saved\n page -->\n<HTML><body><p>x</p></body></HTML>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Readers.looksLikeHtml(bytes)).isTrue();
    }

    @Test
    void otherContentWithoutAnExtensionIsText() throws ReadException {
        assertThat(readers.read("story", TEXT).format()).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void constructorReadersAreTheOnesUsed() throws ReadException {
        ReadResult marker = new ReadResult("from the custom reader", SourceFormat.TEXT, ReportMeta.EMPTY, List.of());
        Readers custom = new Readers((n, b, o) -> marker, new MarkdownReader(), new HtmlReader(), UrlReader.defaults());
        assertThat(custom.read("x.txt", TEXT)).isSameAs(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "https://www.example.org/a/b.html?q=1#f", "  HTTPS://Example.org/  "})
    void httpAndHttpsAddressesAreUrls(String source) {
        assertThat(readers.isUrl(source)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"story.txt", "/home/me/story.html", "C:\\news\\story.md", "www.example.org/story",
            "ftp://example.org/a", "http://", "http:// spaces .org", "file:///tmp/a.txt"})
    void pathsAndOtherSchemesAreNotUrls(String source) {
        assertThat(readers.isUrl(source)).isFalse();
    }

    @Test
    void readSourceTakesAPathWhenItIsNoUrl() throws IOException, ReadException {
        Path file = write("note.md", TEXT);
        assertThat(readers.readSource(file.toString()).format()).isEqualTo(SourceFormat.MARKDOWN);
    }
}
