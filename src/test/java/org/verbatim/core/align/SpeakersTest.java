package org.verbatim.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {

    @Test
    void aSurnameAndTheFullNameAreOnePerson() {
        assertThat(Speakers.same("Peskov", "Dmitry Peskov")).isTrue();
    }

    @Test
    void honorificsAndCaseDoNotMatter() {
        assertThat(Speakers.same("Mr Peskov", "dmitry peskov")).isTrue();
        assertThat(Speakers.same("Sir Elton John", "Elton John")).isTrue();
    }

    @Test
    void differentPeopleAreNotTheSame() {
        assertThat(Speakers.same("Rosa Alvarado", "Ben Tully")).isFalse();
    }

    @Test
    void twoPeopleSharingASurnameAreNotTheSame() {
        assertThat(Speakers.same("Anna Berg", "Jonas Berg")).isFalse();
    }

    @Test
    void anUnknownSpeakerIsOnlyTheSameAsAnotherUnknown() {
        assertThat(Speakers.same(null, null)).isTrue();
        assertThat(Speakers.same(null, "Ben Tully")).isFalse();
    }
}
