package org.verbatim.core.read;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.core.model.Span;

/** The hostile inputs of the fuzz campaign (issue 14) that crashed or fooled the readers, one test each. */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {

    private static final byte[] UNDECODABLE = {(byte) 0x81, (byte) 0x8d, (byte) 0x8f, (byte) 0x90, (byte) 0x9d, (byte) 0xff};
    private static final byte[] ONLY_A_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Readers readers = Readers.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "notes.txt", "notes.md"})
    void undecodableBytesAreRefusedWhateverTheExtension(String name) {
        assertThatThrownBy(() -> readers.read(name, UNDECODABLE))
                .isInstanceOf(ReadException.class)
                .hasMessage(name + ": " + TextDecoder.UNDECODABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "notes.txt", "notes.md"})
    void aFileOfOnlyAByteOrderMarkIsEmptyWhateverTheExtension(String name) {
        assertThatThrownBy(() -> readers.read(name, ONLY_A_BOM))
                .isInstanceOf(ReadException.class)
                .hasMessage(name + ": " + TextDecoder.EMPTY);
    }

    @Test
    void htmlNestedFiveThousandDivsDeepIsReadFromItsBodyAndSaysSo() throws ReadException {
        String html = "<html><body>" + "<div>".repeat(5000) + "<p>\u201CWe stay,\u201D the mayor said.</p>"
                + "</div>".repeat(5000) + "</body></html>";
        ReadResult r = readers.read("deep.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.text()).isEqualTo("\u201CWe stay,\u201D the mayor said.");
        assertThat(r.notes()).contains(HtmlReader.TOO_DEEP);
    }

    @ParameterizedTest(name = "a run of {0}")
    @ValueSource(strings = {"[", "*", "`", "_", ">", "![", "<"})
    void markdownWithCrOnlyLineEndingsAndLongRunsOfMarksIsRead(String mark) throws ReadException {
        String text = ("Title\r" + mark.repeat(20_000) + "\r\"Quoted,\" she said.\r" + mark.repeat(5_000) + " end\r");
        ReadResult r = readers.read("runs.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.text()).isEqualTo(text);
        for (Span s : r.hidden()) {
            assertThat(s.start()).isBetween(0, s.end());
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void markdownNestedTenThousandBlockQuotesDeepIsRead() throws ReadException {
        String text = ">".repeat(10_000) + " \"Deep,\" he said.\n";
        assertThat(readers.read("deep.md", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void aTextOverTheLimitIsRefusedUpFrontWithTheLimit() {
        byte[] big = new byte[(int) Readers.MAX_TEXT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> readers.read("huge.txt", big))
                .isInstanceOf(ReadException.class)
                .hasMessage("huge.txt: the file is larger than 5 MB, the most one report may be");
    }
}
