package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Variation points of several versions against the base. */
class ApparatusTest {

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static List<Apparatus.Place> places(Set<Integer> whole, String... versions) {
        return Apparatus.places(Arrays.stream(versions).map(ApparatusTest::words).toList(), whole);
    }

    private static Apparatus.Range range(int from, int to) {
        return new Apparatus.Range(from, to);
    }

    @Test
    void identicalVersionsHaveNoVariationPoint() {
        assertThat(places(Set.of(), "I look forward", "I look forward")).isEmpty();
    }

    @Test
    void aWordTheOtherLeavesOutIsOnePlace() {
        List<Apparatus.Place> p = places(Set.of(), "I look to forward", "I look forward");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).base()).isEqualTo(range(2, 3));
        assertThat(p.get(0).readings()).containsExactly(range(2, 3), range(2, 2));
    }

    @Test
    void aWordTheOtherAddsIsAPlaceBetweenTwoBaseWords() {
        List<Apparatus.Place> p = places(Set.of(), "I look forward", "I really look forward");
        assertThat(p.get(0).base()).isEqualTo(range(1, 1));
        assertThat(p.get(0).readings()).containsExactly(range(1, 1), range(1, 2));
    }

    @Test
    void differencesOfSeveralVersionsThatTouchAreMergedIntoOnePlace() {
        // version 1 drops "to"; version 2 changes "look to" into "hope": one place over "look to"
        List<Apparatus.Place> p = places(Set.of(), "I look to forward", "I look forward", "I hope forward");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).base()).isEqualTo(range(1, 3));
        assertThat(p.get(0).readings()).containsExactly(range(1, 3), range(1, 2), range(1, 2));
    }

    @Test
    void separatePlacesKeepTheWordsBetweenThemShared() {
        List<Apparatus.Place> p = places(Set.of(), "a b c d e", "a x c d e", "a b c d y");
        assertThat(p).extracting(Apparatus.Place::base).containsExactly(range(1, 2), range(4, 5));
        assertThat(p.get(1).readings()).containsExactly(range(4, 5), range(4, 5), range(4, 5));
    }

    @Test
    void anotherTranslationIsOnePlaceOverEverything() {
        List<Apparatus.Place> p = places(Set.of(1), "they are harmless people", "those guys are harmless");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).readings()).containsExactly(range(0, 4), range(0, 4));
    }
}
