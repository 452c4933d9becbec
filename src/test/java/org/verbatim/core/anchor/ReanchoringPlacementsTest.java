package org.verbatim.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.core.anchor.Reanchoring.Held;
import org.verbatim.core.anchor.Reanchoring.Outcome;
import org.verbatim.core.anchor.Reanchoring.Placement;
import org.verbatim.core.anchor.Reanchoring.Target;
import org.verbatim.core.model.Span;

/** Annotations after a new comparison, without a project file: placed, moved or orphaned. */
class ReanchoringPlacementsTest {

    private static final String KREMLIN = "Putin wrote: \u201CI look forward to meeting you,\u201D the Kremlin said. "
            + "Peskov called the first call a prank.";
    private static final String INSTAGRAM = "Elton John posted: \u201CI look to forward to meeting you.\u201D";
    private static final String UPDATED = "UPDATE: corrected on September 16. " + KREMLIN;

    private final Reanchoring reanchoring = Reanchoring.standard();

    private static Span of(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Anchor anchor(String text, String words) {
        return Anchor.describe(text, of(text, words));
    }

    private Placement placeOne(Held held, Map<String, String> texts, Target... targets) {
        List<Placement> out = reanchoring.place(List.of(held), texts, List.of(targets));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).id()).isEqualTo(held.id());
        return out.get(0);
    }

    @Test
    void anAnnotationOnADifferenceThatIsStillThereIsPlacedWhereItWas() {
        Held held = new Held(1, "fp-to", "r2", anchor(INSTAGRAM, "to"));

        Placement p = placeOne(held, Map.of("r1", KREMLIN, "r2", INSTAGRAM), new Target("fp-to", "r2", of(INSTAGRAM, "to")));

        assertThat(p.outcome()).isEqualTo(Outcome.PLACED);
        assertThat(p.anchor()).isEqualTo(held.anchor());
    }

    @Test
    void anAnnotationOnADifferenceGoesWithItsFingerprintWhenTheWordsMove() {
        Held held = new Held(1, "fp-prank", "r1", anchor(KREMLIN, "prank"));

        Placement p = placeOne(held, Map.of("r1", UPDATED), new Target("fp-prank", "r1", of(UPDATED, "prank")));

        assertThat(p.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(p.fingerprint()).isEqualTo("fp-prank");
        assertThat(p.anchor().position().span()).isEqualTo(of(UPDATED, "prank"));
    }

    @Test
    void anAnnotationWhoseFingerprintIsGoneTakesTheDifferenceNowOverItsWords() {
        Held held = new Held(1, "fp-old", "r1", anchor(KREMLIN, "prank"));

        Placement p = placeOne(held, Map.of("r1", UPDATED),
                new Target("fp-elsewhere", "r1", of(UPDATED, "Peskov")),
                new Target("fp-new", "r1", of(UPDATED, "a prank")));

        assertThat(p.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(p.fingerprint()).isEqualTo("fp-new");
        assertThat(p.anchor().quote().exact()).isEqualTo("prank");
    }

    @Test
    void anAnnotationOnADifferenceWhoseWordsHaveNoDifferenceNowIsOrphanedAndKeepsWhatItHeld() {
        Held held = new Held(1, "fp-old", "r1", anchor(KREMLIN, "prank"));

        Placement p = placeOne(held, Map.of("r1", KREMLIN), new Target("fp-other", "r1", of(KREMLIN, "Peskov")));

        assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(p.fingerprint()).isEqualTo("fp-old");
        assertThat(p.anchor()).isEqualTo(held.anchor());
    }

    @Test
    void anAnnotationWhoseWordsAreGoneIsOrphaned() {
        Held held = new Held(1, null, "r1", anchor(KREMLIN, "called the first call a prank"));

        Placement p = placeOne(held, Map.of("r1", "Putin wrote: \u201CI look forward to meeting you.\u201D"));

        assertThat(p.outcome()).isEqualTo(Outcome.ORPHANED);
    }

    @Test
    void anAnnotationOnARemovedReportIsOrphaned() {
        Held held = new Held(1, null, "r3", anchor(KREMLIN, "prank"));

        assertThat(placeOne(held, Map.of("r1", KREMLIN)).outcome()).isEqualTo(Outcome.ORPHANED);
    }

    @Test
    void anAnnotationOnASpanOfTextFollowsItsWordsAndIsOnNoDifference() {
        Held held = new Held(1, null, "r1", anchor(KREMLIN, "Peskov called"));

        Placement moved = placeOne(held, Map.of("r1", UPDATED), new Target("fp", "r1", of(UPDATED, "Peskov")));
        Placement stayed = placeOne(held, Map.of("r1", KREMLIN));

        assertThat(moved.outcome()).isEqualTo(Outcome.MOVED);
        assertThat(moved.fingerprint()).isNull();
        assertThat(moved.anchor().position().span()).isEqualTo(of(UPDATED, "Peskov called"));
        assertThat(stayed.outcome()).isEqualTo(Outcome.PLACED);
    }

    @Test
    void everyAnnotationGetsOnePlacementInTheOrderGiven() {
        List<Held> held = List.of(new Held(7, null, "r1", anchor(KREMLIN, "prank")),
                new Held(3, "gone", "r9", anchor(KREMLIN, "Peskov")));

        List<Placement> out = reanchoring.place(held, Map.of("r1", KREMLIN), List.of());

        assertThat(out).extracting(Placement::id, Placement::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, Outcome.PLACED),
                        org.assertj.core.groups.Tuple.tuple(3L, Outcome.ORPHANED));
    }
}
