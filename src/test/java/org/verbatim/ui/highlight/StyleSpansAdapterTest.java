package org.verbatim.ui.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.ui.highlight.StyleSpansAdapter.describe;
import static org.verbatim.ui.highlight.StyleSpansAdapter.toStyleSpans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleSpansAdapterTest {

    private static Highlight h(int start, int end, String cls) {
        return new Highlight(start, end, cls);
    }

    private static String spans(int length, Highlight... highlights) {
        StyleSpans<Collection<String>> spans = toStyleSpans(length, List.of(highlights));
        assertThat(spans.length()).as("spans cover the whole text").isEqualTo(length);
        return describe(spans);
    }

    @Test
    void noHighlightsGiveOneUnstyledRun() {
        assertThat(spans(10)).isEqualTo("10[]");
    }

    @Test
    void emptyTextGivesOneEmptyRun() {
        assertThat(spans(0)).isEqualTo("0[]");
        assertThat(spans(0, h(0, 5, "quote"))).isEqualTo("0[]");
    }

    @Test
    void negativeTextLengthIsRejected() {
        assertThatThrownBy(() -> toStyleSpans(-1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singleHighlightInTheMiddle() {
        assertThat(spans(10, h(2, 5, "quote"))).isEqualTo("2[] 3[quote] 5[]");
    }

    @Test
    void highlightsAtBothEdges() {
        assertThat(spans(10, h(0, 3, "quote"), h(7, 10, "clutter"))).isEqualTo("3[quote] 4[] 3[clutter]");
    }

    @Test
    void highlightCoveringEverything() {
        assertThat(spans(4, h(0, 4, "quote"))).isEqualTo("4[quote]");
    }

    @Test
    void gapsStayUnstyled() {
        assertThat(spans(12, h(1, 3, "quote"), h(5, 6, "diff-ins"), h(9, 11, "quote")))
                .isEqualTo("1[] 2[quote] 2[] 1[diff-ins] 3[] 2[quote] 1[]");
    }

    @Test
    void partialOverlapCombinesClasses() {
        assertThat(spans(10, h(1, 6, "quote"), h(4, 8, "diff-chg")))
                .isEqualTo("1[] 3[quote] 2[diff-chg,quote] 2[diff-chg] 2[]");
    }

    @Test
    void nestedHighlightSplitsTheOuterOne() {
        assertThat(spans(10, h(0, 10, "quote"), h(3, 5, "diff-del")))
                .isEqualTo("3[quote] 2[diff-del,quote] 5[quote]");
    }

    @Test
    void identicalRangesCombine() {
        assertThat(spans(5, h(1, 4, "quote"), h(1, 4, "quote-3"))).isEqualTo("1[] 3[quote,quote-3] 1[]");
    }

    @Test
    void sameClassOverlappingIsOneRun() {
        assertThat(spans(10, h(0, 5, "quote"), h(3, 8, "quote"))).isEqualTo("8[quote] 2[]");
    }

    @Test
    void sameClassNestedStaysOpenUntilTheOuterEnds() {
        assertThat(spans(10, h(0, 8, "quote"), h(2, 4, "quote"))).isEqualTo("8[quote] 2[]");
    }

    @Test
    void adjacentEqualRunsAreMerged() {
        assertThat(spans(9, h(0, 3, "quote"), h(3, 6, "quote"), h(6, 9, "quote"))).isEqualTo("9[quote]");
    }

    @Test
    void adjacentDifferentRunsAreKept() {
        assertThat(spans(6, h(0, 3, "quote"), h(3, 6, "clutter"))).isEqualTo("3[quote] 3[clutter]");
    }

    @Test
    void inputOrderDoesNotMatter() {
        String forward = spans(20, h(1, 9, "quote"), h(4, 12, "diff-ins"), h(15, 18, "clutter"));
        String backward = spans(20, h(15, 18, "clutter"), h(4, 12, "diff-ins"), h(1, 9, "quote"));
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void severalClassesInOneHighlight() {
        assertThat(spans(6, h(1, 5, "quote  quote-2 "))).isEqualTo("1[] 4[quote,quote-2] 1[]");
        assertThat(spans(6, h(1, 5, "quote quote"))).isEqualTo("1[] 4[quote] 1[]");
    }

    @Test
    void outOfRangeHighlightsAreClamped() {
        assertThat(spans(10, h(-5, 3, "quote"))).isEqualTo("3[quote] 7[]");
        assertThat(spans(10, h(7, 50, "quote"))).isEqualTo("7[] 3[quote]");
        assertThat(spans(10, h(-1, 11, "quote"))).isEqualTo("10[quote]");
    }

    @Test
    void highlightsEntirelyOutsideTheTextAreDropped() {
        assertThat(spans(10, h(10, 20, "quote"), h(-9, -2, "quote"), h(12, 12, "quote"))).isEqualTo("10[]");
    }

    @Test
    void emptyHighlightsAreDropped() {
        assertThat(spans(10, h(4, 4, "quote"))).isEqualTo("10[]");
        assertThat(spans(10, h(2, 6, "quote"), h(4, 4, "diff-ins"))).isEqualTo("2[] 4[quote] 4[]");
    }

    @Test
    void runClassesAreImmutable() {
        StyleSpans<Collection<String>> spans = toStyleSpans(5, List.of(h(0, 5, "quote")));
        assertThatThrownBy(() -> spans.getStyleSpan(0).getStyle().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void matchesAPerCharacterModelOnRandomInput() {
        String[] classes = {"quote", "quote-1", "quote-5", "clutter", "diff-ins", "diff-del", "diff-chg"};
        Random random = new Random(20150915);
        for (int round = 0; round < 500; round++) {
            int length = random.nextInt(40);
            List<Highlight> highlights = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(length + 10) - 5;
                int end = start + random.nextInt(15);
                highlights.add(h(start, end, classes[random.nextInt(classes.length)]));
            }

            StyleSpans<Collection<String>> spans = toStyleSpans(length, highlights);

            assertThat(spans.length()).isEqualTo(length);
            List<Collection<String>> perChar = new ArrayList<>();
            Collection<String> previous = null;
            for (StyleSpan<Collection<String>> span : spans) {
                if (length > 0) {
                    assertThat(span.getLength()).as("no empty runs").isPositive();
                    assertThat(span.getStyle()).as("adjacent runs differ").isNotEqualTo(previous);
                }
                previous = span.getStyle();
                for (int i = 0; i < span.getLength(); i++) {
                    perChar.add(span.getStyle());
                }
            }
            for (int c = 0; c < length; c++) {
                TreeSet<String> expected = new TreeSet<>();
                for (Highlight hl : highlights) {
                    if (hl.start() <= c && c < hl.end()) {
                        expected.add(hl.styleClass());
                    }
                }
                assertThat(perChar.get(c)).as("classes at %d in %s", c, highlights).containsExactlyElementsOf(expected);
            }
        }
    }
}
