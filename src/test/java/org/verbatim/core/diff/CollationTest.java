package org.verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Variation points of several versions against the base. */
class CollationTest {

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static List<Collation.Place> places(Set<Integer> whole, String... versions) {
        return Collation.places(Arrays.stream(versions).map(CollationTest::words).toList(), whole);
    }

    private static Collation.Range range(int from, int to) {
        return new Collation.Range(from, to);
    }

    @Test
    void identicalVersionsHaveNoVariationPoint() {
        assertThat(places(Set.of(), "I look forward", "I look forward")).isEmpty();
    }

    @Test
    void aWordTheOtherLeavesOutIsOnePlace() {
        List<Collation.Place> p = places(Set.of(), "I look to forward", "I look forward");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).base()).isEqualTo(range(2, 3));
        assertThat(p.get(0).readings()).containsExactly(range(2, 3), range(2, 2));
    }

    @Test
    void aWordTheOtherAddsIsAPlaceBetweenTwoBaseWords() {
        List<Collation.Place> p = places(Set.of(), "I look forward", "I really look forward");
        assertThat(p.get(0).base()).isEqualTo(range(1, 1));
        assertThat(p.get(0).readings()).containsExactly(range(1, 1), range(1, 2));
    }

    @Test
    void differencesOfSeveralVersionsThatTouchAreMergedIntoOnePlace() {
        // version 1 drops "to"; version 2 changes "look to" into "hope": one place over "look to"
        List<Collation.Place> p = places(Set.of(), "I look to forward", "I look forward", "I hope forward");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).base()).isEqualTo(range(1, 3));
        assertThat(p.get(0).readings()).containsExactly(range(1, 3), range(1, 2), range(1, 2));
    }

    @Test
    void separatePlacesKeepTheWordsBetweenThemShared() {
        List<Collation.Place> p = places(Set.of(), "a b c d e", "a x c d e", "a b c d y");
        assertThat(p).extracting(Collation.Place::base).containsExactly(range(1, 2), range(4, 5));
        assertThat(p.get(1).readings()).containsExactly(range(4, 5), range(4, 5), range(4, 5));
    }

    @Test
    void anotherTranslationIsOnePlaceOverEverything() {
        List<Collation.Place> p = places(Set.of(1), "they are harmless people", "those guys are harmless");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).readings()).containsExactly(range(0, 4), range(0, 4));
    }
}
