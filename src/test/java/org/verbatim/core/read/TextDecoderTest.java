package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String CAFE = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve\n";

    private final TextDecoder decoder = new TextDecoder();

    private TextDecoder.Decoded decode(String fixture) throws ReadException {
        return decoder.decode(fixture, Fixtures.bytes(fixture));
    }

    @Test
    void utf8WithoutBomIsDecodedAsUtf8() throws ReadException {
        TextDecoder.Decoded d = decode("encoding/utf8-no-bom.txt");
        assertThat(d.text()).isEqualTo(CAFE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.bom()).isFalse();
    }

    @Test
    void utf8BomIsLeftOutOfTheText() throws ReadException {
        TextDecoder.Decoded d = decode("encoding/utf8-bom.txt");
        assertThat(d.text()).isEqualTo(CAFE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.bom()).isTrue();
    }

    @Test
    void utf16LittleEndianBomIsHonoured() throws ReadException {
        TextDecoder.Decoded d = decode("encoding/utf16le-bom.txt");
        assertThat(d.text()).isEqualTo(CAFE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16BigEndianBomIsHonoured() throws ReadException {
        TextDecoder.Decoded d = decode("encoding/utf16be-bom.txt");
        assertThat(d.text()).isEqualTo(CAFE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void windows1252CurlyQuotesDecodeToCurlyQuotes() throws ReadException {
        TextDecoder.Decoded d = decode("encoding/windows1252-curly-quotes.txt");
        assertThat(d.text()).isEqualTo("He said \u201chello\u201d \u2013 caf\u00e9.\n");
        assertThat(d.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
    }

    @Test
    void crlfLineEndingsAreKept() throws ReadException {
        assertThat(decode("encoding/crlf-line-endings.txt").text()).isEqualTo("First line\r\nSecond line\r\n");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> decode("rejects/empty.txt"))
                .isInstanceOf(ReadException.class)
                .hasMessage("rejects/empty.txt: empty file");
    }

    @Test
    void whitespaceOnlyCountsAsEmpty() {
        assertThatThrownBy(() -> decode("rejects/whitespace-only.txt"))
                .isInstanceOf(ReadException.class)
                .extracting(e -> ((ReadException) e).reason()).isEqualTo("empty file");
    }

    @Test
    void bomOnlyCountsAsEmpty() {
        assertThatThrownBy(() -> decoder.decode("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .isInstanceOf(ReadException.class)
                .extracting(e -> ((ReadException) e).reason()).isEqualTo("empty file");
    }

    @Test
    void nulBytesMeanBinaryData() {
        assertThatThrownBy(() -> decode("rejects/binary-nul-bytes.png"))
                .isInstanceOf(ReadException.class)
                .hasMessage("rejects/binary-nul-bytes.png: binary data, not text");
    }

    @Test
    void manyControlCharactersMeanBinaryData() {
        assertThatThrownBy(() -> decode("rejects/binary-control-chars.dat"))
                .isInstanceOf(ReadException.class)
                .extracting(e -> ((ReadException) e).reason()).isEqualTo("binary data, not text");
    }

    @Test
    void nulCharactersInUtf16AreBinaryData() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0, 0, 'b', 0};
        assertThatThrownBy(() -> decoder.decode("nul.txt", bytes))
                .isInstanceOf(ReadException.class)
                .extracting(e -> ((ReadException) e).reason()).isEqualTo("binary data, not text");
    }

    @Test
    void bytesNoCandidateDecodesAreRejected() {
        assertThatThrownBy(() -> decode("rejects/undecodable-bytes.txt"))
                .isInstanceOf(ReadException.class)
                .hasMessage("rejects/undecodable-bytes.txt: " + TextDecoder.UNDECODABLE);
    }

    @Test
    void utf16WithAnUnpairedSurrogateIsUndecodable() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        assertThatThrownBy(() -> decoder.decode("surrogate.txt", bytes))
                .isInstanceOf(ReadException.class)
                .extracting(e -> ((ReadException) e).reason()).isEqualTo(TextDecoder.UNDECODABLE);
    }
}
