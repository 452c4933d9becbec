package org.verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.ComparisonTables;
import org.verbatim.core.Pipeline;
import org.verbatim.core.SampleStory;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.Span;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

class FingerprintsTest {

    private static final String TWICE = """
            The mayor spoke at the opening of the bridge on Monday.

            "We expect traffic to return to normal by the end of the week," said Joan Pettit.

            Later, on local radio, she repeated the promise.

            "We expect traffic to return to normal by the end of the week," said Joan Pettit.
            """;
    private static final String ONCE = """
            The bridge reopened on Monday after repairs.

            "We fully expect traffic to return to normal by the end of the week," said Joan Pettit, the mayor.
            """;

    private static List<String> fingerprints(List<Report> reports) {
        Comparison c = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
        return c.discrepancies().stream().map(Discrepancy::fingerprint).toList();
    }

    @Test
    void theSameReportsComparedTwiceGiveTheSameFingerprints() {
        assertThat(fingerprints(SampleStory.reports())).isNotEmpty().isEqualTo(fingerprints(SampleStory.reports()));
    }

    @Test
    void theReportsInAnotherOrderGiveTheSameFingerprints() {
        List<Report> abc = SampleStory.reports();
        List<Report> cab = List.of(SampleStory.report("r1", SampleStory.C), SampleStory.report("r2", SampleStory.A),
                SampleStory.report("r3", SampleStory.B));

        assertThat(new HashSet<>(fingerprints(cab))).isEqualTo(new HashSet<>(fingerprints(abc)));
    }

    @Test
    void fingerprintsDoNotDependOnReportIdsOrPaths() {
        List<Report> renamed = new ArrayList<>();
        for (Report r : SampleStory.reports()) {
            renamed.add(Report.of("x" + r.id(), "/elsewhere/" + r.id() + ".txt", r.text()));
        }

        assertThat(fingerprints(renamed)).isEqualTo(fingerprints(SampleStory.reports()));
    }

    @Test
    void allFingerprintsOfTheSampleAreDistinct() {
        List<String> fps = fingerprints(SampleStory.reports());

        assertThat(fps).doesNotHaveDuplicates();
    }

    @Test
    void aReportThatPrintsOneQuoteTwiceHasBothMentionsInOneReadingOfOnePlace() {
        Comparison c = ComparisonTables.compare(TWICE, ONCE);

        assertThat(ComparisonTables.discrepancies(c)).isEqualTo("""
                c1 word-deleted substantive | "" r1 r1 | "fully" r2
                """);
    }

    @Test
    void theFingerprintsOfAQuotePrintedTwiceSurviveARerunAndAnotherOrder() {
        List<String> first = fingerprints(ComparisonTables.reports(TWICE, ONCE));

        assertThat(fingerprints(ComparisonTables.reports(TWICE, ONCE))).isEqualTo(first);
        assertThat(fingerprints(ComparisonTables.reports(ONCE, TWICE))).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void aFingerprintIsSixteenHexDigits() {
        assertThat(fingerprints(SampleStory.reports())).allMatch(fp -> fp.matches("[0-9a-f]{16}"));
    }

    @Test
    void anInsertionSeenFromTheOtherSideIsTheSameChange() {
        String shorter = "We will rebuild the school before winter.";
        String longer = "We will rebuild the old school before winter.";
        List<Token> ts = Tokenizer.icu().tokenize(shorter, List.of());
        List<Token> tl = Tokenizer.icu().tokenize(longer, List.of());
        Span point = new Span(20, 20);
        Span old = new Span(20, 23);

        String inserted = Fingerprints.of(DiffKind.WORD_INSERTED, Fingerprints.ofText(shorter), ts, point,
                Fingerprints.ofText(longer), tl, old);
        String deleted = Fingerprints.of(DiffKind.WORD_DELETED, Fingerprints.ofText(longer), tl, old,
                Fingerprints.ofText(shorter), ts, point);

        assertThat(inserted).isEqualTo(deleted);
    }

    @Test
    void aRepeatedFingerprintIsMadeUniqueAndTheFirstIsKept() {
        Set<String> used = new HashSet<>();

        String first = Fingerprints.unique("0123456789abcdef", used);
        String second = Fingerprints.unique("0123456789abcdef", used);
        String third = Fingerprints.unique("0123456789abcdef", used);

        assertThat(first).isEqualTo("0123456789abcdef");
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(used).containsExactlyInAnyOrder(first, second, third);
    }

    @Test
    void aReportsIdentityIsTheHashOfItsText() {
        assertThat(Fingerprints.ofText("same words")).isEqualTo(Fingerprints.ofText("same words"))
                .isNotEqualTo(Fingerprints.ofText("same words."));
    }
}
