package org.verbatim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

class PlainTextReaderTest {

    private static final String KREMLIN = "kremlin-rejects-claim-putin-phoned.txt";

    private final PlainTextReader reader = new PlainTextReader();

    private ReadResult sample(String name) throws ReadException {
        return reader.read(name, Fixtures.sample(name));
    }

    @Test
    void textIsTheDecodedFileUnchangedWithNothingHidden() throws ReadException {
        ReadResult r = sample(KREMLIN);
        assertThat(r.text()).isEqualTo(new String(Fixtures.sample(KREMLIN), StandardCharsets.UTF_8));
        assertThat(r.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(r.hidden()).isEmpty();
    }

    @Test
    void kremlinSampleStatesTitleDateUrlAndOutlet() throws ReadException {
        assertThat(sample(KREMLIN).meta()).isEqualTo(new ReportMeta(
                "Kremlin Rejects Claim That Putin Phoned Elton John",
                "themoscowtimes.com",
                "2015-09-15",
                "https://www.themoscowtimes.com/2015/09/15/kremlin-rejects-claim-that-putin-phoned-elton-john-a49577")
                .withEncoding("UTF-8"));
    }

    @Test
    void offersSampleStatesOnlyItsTitle() throws ReadException {
        assertThat(sample("putin-offers-to-meet-elton-john.txt").meta())
                .isEqualTo(ReportMeta.EMPTY.withTitle("Vladimir Putin offers to meet Elton John").withEncoding("UTF-8"));
    }

    @Test
    void forRealSampleTitleSkipsTheSiteBannerAboveTheHeadline() throws ReadException {
        // the saved page starts with the site's banner "Support The Moscow Times!", which is page furniture
        assertThat(sample("putin-calls-elton-john-for-real.txt").meta()).isEqualTo(ReportMeta.EMPTY
                .withTitle("Russia's Putin Calls Elton John, For Real This Time, Offers Meeting").withEncoding("UTF-8"));
    }

    @Test
    void crlfTextKeepsItsLineEndingsAndStillFindsTheLabels() throws ReadException {
        String text = "Headline\r\nSeptember 15, 2015\r\n\r\nBody.\r\nOriginal url:\r\n<https://example.org/x>\r\n";
        ReadResult r = reader.read("crlf.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.meta()).isEqualTo(new ReportMeta("Headline", "example.org", "2015-09-15", "https://example.org/x")
                .withEncoding("UTF-8"));
    }

    @Test
    void emptyFileIsRejectedWithItsName() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(ReadException.class)
                .hasMessage("empty.txt: empty file");
    }
}
