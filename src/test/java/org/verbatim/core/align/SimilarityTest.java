package org.verbatim.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class SimilarityTest {

    private static Unit unit(List<String> words, Set<String> stems) {
        return new Unit("u", "r1", new Span(0, 1), words, stems, null, null, stems, false);
    }

    @Test
    void theLongestRunIsTheLongestStretchOfWordsInCommon() {
        assertThat(Similarity.longestRun(
                List.of("i", "look", "forward", "to", "meeting", "you"),
                List.of("i", "look", "to", "forward", "to", "meeting", "you"))).isEqualTo(4);
    }

    @Test
    void nothingInCommonIsARunOfZero() {
        assertThat(Similarity.longestRun(List.of("strike"), List.of("talks"))).isZero();
        assertThat(Similarity.longestRun(List.of(), List.of("talks"))).isZero();
    }

    @Test
    void rareStemsWeighMoreThanCommonOnes() {
        Similarity s = Similarity.over(List.of(Set.of("council", "librari"), Set.of("council", "vote"),
                Set.of("council", "close")));

        assertThat(s.weight("librari")).isGreaterThan(s.weight("council"));
    }

    @Test
    void aStemTheStoryNeverUsesWeighsAsMuchAsTheRarestOne() {
        Similarity s = Similarity.over(List.of(Set.of("council", "librari"), Set.of("council", "vote")));

        assertThat(s.weight("pranksters")).isEqualTo(s.weight("librari"));
    }

    @Test
    void aUnitContainedInAnotherCoversItFully() {
        Similarity s = Similarity.over(List.of(Set.of("strike", "fair", "offer", "driver")));
        Unit whole = unit(List.of("strike", "fair", "offer", "driver"), Set.of("strike", "fair", "offer", "driver"));
        Unit part = unit(List.of("fair", "offer"), Set.of("fair", "offer"));

        Similarity.Score score = s.score(whole, part);

        assertThat(score.coverMin()).isEqualTo(1.0);
        assertThat(score.coverMax()).isLessThan(1.0);
        assertThat(score.shared()).isEqualTo(2);
        assertThat(score.run()).isEqualTo(2);
    }
}
