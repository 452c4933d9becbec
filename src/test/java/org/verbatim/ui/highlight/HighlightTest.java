package org.verbatim.ui.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void rejectsRangesThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> new Highlight(5, 4, "quote")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingOrBlankClasses() {
        assertThatThrownBy(() -> new Highlight(0, 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Highlight(0, 1, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowsEmptyAndOutOfRangeRanges() {
        assertThat(new Highlight(3, 3, "quote").length()).isZero();
        assertThat(new Highlight(-2, 100, "quote").length()).isEqualTo(102);
    }

    @Test
    void quoteGroupsWrapAroundThePalette() {
        assertThat(HighlightStyles.quoteGroup(0)).isEqualTo("quote-0");
        assertThat(HighlightStyles.quoteGroup(7)).isEqualTo("quote-7");
        assertThat(HighlightStyles.quoteGroup(8)).isEqualTo("quote-0");
        assertThat(HighlightStyles.quoteGroup(-1)).isEqualTo("quote-7");
        assertThat(HighlightStyles.groupedQuote(10)).isEqualTo("quote quote-2");
    }
}
