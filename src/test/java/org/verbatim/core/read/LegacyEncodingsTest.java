package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reports saved in the legacy encodings of their languages (read/encoding/legacy): each is read as the same
 * text as its UTF-8 twin, says which encoding it was read in, and compared with the twin gives the same
 * quotes, grouped together.
 */
class LegacyEncodingsTest {

    private final Readers readers = Readers.defaults();

    private ReadReport read(String file) throws ReadException {
        String path = "encoding/legacy/" + file;
        return readers.readAll(path, Fixtures.bytes(path), ReadOptions.DEFAULTS).single();
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "russian-windows-1251.txt, windows-1251, russian-utf8.txt",
            "russian-plain-quotes-koi8-r.txt, KOI8-R, russian-plain-quotes-utf8.txt",
            "japanese-shift_jis.txt, Shift_JIS, japanese-utf8.txt",
            "japanese-euc-jp.txt, EUC-JP, japanese-utf8.txt",
            "korean-euc-kr.txt, EUC-KR, korean-utf8.txt",
            "chinese-simplified-gb18030.txt, GB18030, chinese-simplified-utf8.txt",
            "chinese-traditional-big5.txt, Big5, chinese-traditional-utf8.txt",
            "polish-iso-8859-2.txt, ISO-8859-2, polish-utf8.txt"})
    void aLegacyEncodingIsDetectedAndReadAsItsUtf8Twin(String file, String encoding, String twin) throws ReadException {
        ReadReport legacy = read(file);
        assertThat(legacy.result().meta().encoding()).isEqualTo(Charset.forName(encoding).name());
        assertThat(legacy.result().text()).isEqualTo(read(twin).result().text());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "russian-windows-1251.txt, russian-utf8.txt",
            "japanese-shift_jis.txt, japanese-utf8.txt",
            "korean-euc-kr.txt, korean-utf8.txt"})
    void comparedWithItsUtf8TwinTheQuotesAreTheSameAndGroupedTogether(String file, String twin) throws ReadException {
        Twins.assertSameQuotesGroupedTogether(read(file), read(twin));
    }

    @Test
    void theUtf8TwinSaysUtf8AndNothingElse() throws ReadException {
        ReadResult r = read("russian-utf8.txt").result();
        assertThat(r.meta().encoding()).isEqualTo("UTF-8");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void theEncodingTheUserNamesWinsOverTheGuess() throws ReadException {
        String path = "encoding/legacy/russian-windows-1251.txt";
        ReadResult r = readers.readAll(path, Fixtures.bytes(path), ReadOptions.encoding(Charset.forName("KOI8-R")))
                .single().result();
        assertThat(r.meta().encoding()).isEqualTo("KOI8-R");
        assertThat(r.text()).doesNotContain("Песков");
    }

    @Test
    void anEncodingThatCannotReadTheBytesIsRefusedWithItsName() {
        String path = "encoding/legacy/japanese-shift_jis.txt";
        assertThatThrownBy(() -> readers.readAll(path, Fixtures.bytes(path), ReadOptions.encoding(Charset.forName("UTF-8"))))
                .isInstanceOf(ReadException.class)
                .hasMessage(path + ": cannot decode the text as UTF-8");
    }

    @Test
    void aShortGuessSaysItIsUncertain() throws ReadException {
        byte[] bytes = new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'c', 'r', (byte) 0xE8, 'm', 'e'};
        ReadResult r = readers.read("menu.txt", bytes);
        assertThat(r.text()).isEqualTo("Café crème");
        assertThat(r.notes()).singleElement().asString().startsWith("the encoding windows-1252 is a guess");
    }
}
