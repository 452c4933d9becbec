package org.verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiffKindTest {

    @ParameterizedTest
    @EnumSource(value = DiffKind.class, names = {"TYPOGRAPHIC", "PUNCTUATION", "CASE", "SPELLING"})
    void kindsThatLeaveTheWordsAloneAreCosmetic(DiffKind kind) {
        assertThat(kind.severity()).isEqualTo(Severity.COSMETIC);
    }

    @ParameterizedTest
    @EnumSource(value = DiffKind.class, names = {"WORD_INSERTED", "WORD_DELETED", "WORD_SUBSTITUTED", "NUMBER",
            "NAME", "DATE_TIME", "TRUNCATION", "EDITORIAL", "TRANSLATION", "SPEAKER"})
    void kindsThatChangeWhatWasSaidOrWhoSaidItAreSubstantive(DiffKind kind) {
        assertThat(kind.severity()).isEqualTo(Severity.SUBSTANTIVE);
    }

    @Test
    void labelsAreLowerCaseWithHyphens() {
        assertThat(DiffKind.WORD_INSERTED.label()).isEqualTo("word-inserted");
        assertThat(DiffKind.DATE_TIME.label()).isEqualTo("date-time");
        assertThat(DiffKind.TYPOGRAPHIC.label()).isEqualTo("typographic");
    }

    @Test
    void substantiveIsAtLeastCosmeticButNotTheOtherWayRound() {
        assertThat(Severity.SUBSTANTIVE.atLeast(Severity.COSMETIC)).isTrue();
        assertThat(Severity.COSMETIC.atLeast(Severity.SUBSTANTIVE)).isFalse();
        assertThat(Severity.COSMETIC.atLeast(Severity.COSMETIC)).isTrue();
    }
}
