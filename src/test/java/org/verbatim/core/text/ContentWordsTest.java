package org.verbatim.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

    private static List<String> stems(String text) {
        return new ContentWords().stems(Tokenizer.icu().tokenize(text, List.of()));
    }

    @Test
    void functionWordsAndPunctuationCarryNoStems() {
        assertThat(stems("He said that they were there, and it was over.")).isEmpty();
    }

    @Test
    void inflectionsOfOneWordShareAStem() {
        assertThat(stems("Don't get offended")).isEqualTo(stems("do not get offend"));
    }

    @Test
    void aPossessiveSharesTheStemOfItsName() {
        assertThat(stems("Putin's call")).isEqualTo(stems("Putin call"));
    }

    @Test
    void stemsIgnoreCase() {
        assertThat(stems("The Pranksters")).isEqualTo(stems("the pranksters"));
    }

    @Test
    void numbersAreContentWords() {
        assertThat(stems("It took 12 hours")).containsExactly("took", "12", "hour");
    }
}
