package org.verbatim.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class AnchorTest {

    private static final String REPORT = "The mayor of Lviv said on Tuesday that the city's power grid had been hit "
            + "overnight. \"We restored electricity to every hospital within two hours,\" he told reporters.";

    private static Span spanOf(String text, String words) {
        int start = text.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void describeKeepsTheExactTextThirtyTwoCharsOfContextEachSideAndThePosition() {
        Span span = spanOf(REPORT, "We restored electricity to every hospital");

        Anchor anchor = Anchor.describe(REPORT, span);

        assertThat(anchor.quote().exact()).isEqualTo("We restored electricity to every hospital");
        assertThat(anchor.quote().prefix()).isEqualTo("r grid had been hit overnight. \"");
        assertThat(anchor.quote().prefix()).hasSize(Anchor.CONTEXT_LENGTH);
        assertThat(anchor.quote().suffix()).isEqualTo(" within two hours,\" he told repo");
        assertThat(anchor.quote().suffix()).hasSize(Anchor.CONTEXT_LENGTH);
        assertThat(anchor.position()).isEqualTo(new TextPositionSelector(span.start(), span.end()));
    }

    @Test
    void contextIsShorterAtTheEdgesOfTheText() {
        Anchor first = Anchor.describe(REPORT, spanOf(REPORT, "The mayor"));
        Anchor last = Anchor.describe(REPORT, spanOf(REPORT, "told reporters."));

        assertThat(first.quote().prefix()).isEmpty();
        assertThat(last.quote().prefix()).hasSize(Anchor.CONTEXT_LENGTH);
        assertThat(last.quote().suffix()).isEmpty();
    }

    @Test
    void contextDoesNotCutAnEmojiInHalf() {
        // the 32nd char before the span is the second half of the flag's first regional indicator
        String text = "\uD83C\uDDFA\uD83C\uDDE6" + "x".repeat(28) + " Kyiv";
        Span kyiv = spanOf(text, "Kyiv");
        assertThat(Character.isLowSurrogate(text.charAt(kyiv.start() - Anchor.CONTEXT_LENGTH))).isTrue();

        String prefix = Anchor.describe(text, kyiv).quote().prefix();

        assertThat(prefix).hasSize(Anchor.CONTEXT_LENGTH - 1);
        assertThat(Character.isLowSurrogate(prefix.charAt(0))).isFalse();
    }

    @Test
    void anEmptySpanCannotBeAnchored() {
        assertThatThrownBy(() -> Anchor.describe(REPORT, new Span(4, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpanBeyondTheTextCannotBeAnchored() {
        assertThatThrownBy(() -> Anchor.describe("short", new Span(2, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnchorWhosePositionDoesNotFitItsQuoteIsRejected() {
        assertThatThrownBy(() -> new Anchor(new TextQuoteSelector("Lviv", "", ""), new TextPositionSelector(13, 20)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuoteSelectorNeedsExactText() {
        assertThatThrownBy(() -> new TextQuoteSelector("", "before", "after"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
