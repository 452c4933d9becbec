package org.verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.core.ComparisonTables.compare;
import static org.verbatim.core.ComparisonTables.discrepancies;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;

/** Differences the pipeline finds around the words: who said them, and how the quote is set. */
class SpeakerDiscrepancyTest {

    private static final String UNION = """
            Bus drivers in Riverton walked out for a fourth day on Thursday.

            "The strike will go on until the company puts a fair offer on the table for every driver," said Rosa Alvarado, the union's regional organiser.
            """;
    private static final String OPERATOR = """
            The Riverton bus strike entered its fourth day.

            "The strike will go on until the company puts a fair offer on the table for every driver," said Ben Tully, a spokesman for the operator.
            """;

    @Test
    void theSameWordsGivenToAnotherSpeakerAreASpeakerDifferenceBetweenTheNames() {
        assertThat(discrepancies(compare(UNION, OPERATOR))).isEqualTo("""
                c1 speaker substantive | "Rosa Alvarado" r1 | "Ben Tully" r2
                """);
    }

    @Test
    void aSurnameAndTheFullNameAreNoSpeakerDifference() {
        String surname = """
                The Riverton bus strike entered its fourth day.

                "The strike will go on until the company puts a fair offer on the table for every driver," said Alvarado.
                """;

        assertThat(discrepancies(compare(UNION, surname))).isEmpty();
    }

    @Test
    void curlyVersusStraightQuotationMarksAreNoDifferenceOfTheWords() {
        String curly = UNION.replace("\"The strike", "“The strike").replace("driver,\"", "driver,”");

        assertThat(discrepancies(compare(UNION, curly))).isEmpty();
    }

    @Test
    void cosmeticDifferencesAreLeftOutWhenOnlySubstantiveOnesAreAskedFor() {
        String edited = """
                The Riverton bus strike entered its fourth day.

                “The strike will go on until the company puts a fair offer on the table for each driver.” said Rosa Alvarado.
                """;
        Comparison c = compare(ComparisonSettings.DEFAULTS.withMinSeverity(Severity.SUBSTANTIVE), UNION, edited);

        assertThat(discrepancies(c)).isEqualTo("""
                c1 word-substituted substantive | "every" r1 | "each" r2
                """);
    }
}
