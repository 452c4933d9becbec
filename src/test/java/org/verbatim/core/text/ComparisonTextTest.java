package org.verbatim.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class ComparisonTextTest {

    private static ComparisonText folded(String original) {
        return ComparisonText.of(original, List.of());
    }

    @Test
    void curlyQuotesAndApostrophesFoldToStraightOnes() {
        assertThat(folded("“We won’t back down,” she said.").text())
                .isEqualTo("\"We won't back down,\" she said.");
    }

    @Test
    void guillemetsAndLowHighMarksFoldToStraightDoubleQuotes() {
        assertThat(folded("«Non» and „Nein“").text()).isEqualTo("\"Non\" and \"Nein\"");
    }

    @Test
    void everyDashFoldsToAHyphen() {
        assertThat(folded("face—to–face, 2014‒2015, −3").text()).isEqualTo("face-to-face, 2014-2015, -3");
    }

    @Test
    void ellipsisCharacterFoldsToThreeDotsThatAllMapBackToIt() {
        String original = "pie in the sky… He may laugh";
        ComparisonText t = folded(original);

        assertThat(t.text()).isEqualTo("pie in the sky... He may laugh");
        int ellipsis = original.indexOf('…');
        assertThat(List.of(t.originStart(14), t.originStart(15), t.originStart(16)))
                .containsOnly(ellipsis);
        assertThat(t.originStart(18)).isEqualTo(original.indexOf("He"));
    }

    @Test
    void noBreakAndThinSpacesFoldToAPlainSpace() {
        assertThat(folded("Mr\u00A0Peskov at 8\u202Fam").text()).isEqualTo("Mr Peskov at 8 am");
    }

    @Test
    void softHyphensAndZeroWidthSpacesVanishWithoutShiftingTheOffsetsAfterThem() {
        String original = "cam\u00ADpaign\u200B group";
        ComparisonText t = folded(original);

        assertThat(t.text()).isEqualTo("campaign group");
        assertThat(t.originStart(t.text().indexOf("group"))).isEqualTo(original.indexOf("group"));
    }

    @Test
    void backslashOfAMarkdownEscapeIsDroppedAndTheEscapedCharKeepsItsOwnOffset() {
        String original = "@president\\_vladimir\\_putin";
        ComparisonText t = folded(original);

        assertThat(t.text()).isEqualTo("@president_vladimir_putin");
        assertThat(t.originStart(t.text().indexOf('_'))).isEqualTo(original.indexOf('_'));
    }

    @Test
    void aBackslashBeforeALetterIsNotAnEscapeAndStays() {
        assertThat(folded("C:\\news").text()).isEqualTo("C:\\news");
    }

    @Test
    void hiddenSpansAreLeftOutOfTheFoldedText() {
        String original = "**Peskov** said [no](https://example.org/call)";
        List<Span> hidden = List.of(new Span(0, 2), new Span(8, 10), new Span(16, 17), new Span(19, 46));
        ComparisonText t = ComparisonText.of(original, hidden);

        assertThat(t.text()).isEqualTo("Peskov said no");
        assertThat(t.originStart(0)).isEqualTo(2);
        assertThat(t.originStart(t.text().indexOf("no"))).isEqualTo(original.indexOf("no]"));
    }

    @Test
    void everyFoldedCharMapsBackToTheOriginalCharItCameFrom() {
        String original = "“It’s probably pie in the sky … he may laugh,” John said\u00A0— twice.\r\n";
        ComparisonText t = folded(original);

        for (int i = 0; i < t.text().length(); i++) {
            char origin = original.charAt(t.originStart(i));
            assertThat(ComparisonText.fold(origin)).as("folded char %d", i).contains(String.valueOf(t.text().charAt(i)));
        }
    }

    @Test
    void originEndIsOnePastTheLastOriginalCharOfARange() {
        String original = "“No,” he said.";
        ComparisonText t = folded(original);
        int no = t.text().indexOf("No");

        assertThat(original.substring(t.originStart(no), t.originEnd(no + 2))).isEqualTo("No");
        assertThat(t.originStart(t.text().length())).isEqualTo(original.length());
    }
}
