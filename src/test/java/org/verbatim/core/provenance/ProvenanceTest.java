package org.verbatim.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;

/** Who printed a quote first, and who took it from whom: shared readings and dates. */
class ProvenanceTest {

    private static final String SAID = "The harbour master said: \"";
    private static final String ORIGINAL = "We will look to forward to rebuilding the harbour wall before the "
            + "winter storms arrive, and we will not wait for the government.\"";
    private static final String CORRECTED = "We will look forward to rebuilding the harbour wall before the "
            + "winter storms arrive, and we will not wait for the government.\"";
    private static final String CUT = "We will look forward to rebuilding the harbour wall before the "
            + "storms arrive, and we will not wait for the government.\"";

    private static Report report(String id, String date, String quote) {
        return new Report(id, id + ".txt", SAID + quote, SourceFormat.TEXT,
                new ReportMeta("Report " + id, "Outlet " + id, date, null), List.of());
    }

    private static Provenance onlyGroup(Report... reports) {
        Comparison c = Pipeline.standard().compare(new ArrayList<>(List.of(reports)), ComparisonSettings.DEFAULTS);
        return Provenances.of(c).get(0);
    }

    @Test
    void theEarliestDatedReportIsTheRoot() {
        Provenance p = onlyGroup(report("r1", "2024-03-02", CORRECTED), report("r2", "2024-03-01", ORIGINAL));
        assertThat(p.earliest()).isEqualTo("r2");
        assertThat(p.earliestDate()).isEqualTo("2024-03-01");
        assertThat(p.sourceOf("r2")).isNull();
    }

    @Test
    void aCopyThatRepeatsASlipComesFromTheReportThatMadeIt() {
        Provenance p = onlyGroup(
                report("r1", "2024-03-01", ORIGINAL),
                report("r2", "2024-03-01T18:00Z", CORRECTED),
                report("r3", "2024-03-02", CORRECTED),
                report("r4", "2024-03-03", ORIGINAL));
        Provenance.Edge e = p.sourceOf("r4");
        assertThat(e.from()).isEqualTo("r1");
        assertThat(e.shared()).hasSize(1);
        assertThat(e.basis()).isEqualTo(Provenance.Basis.DATES_AND_READINGS);
    }

    @Test
    void aCutSharedByTwoLaterReportsLinksThemRatherThanTheFullOriginal() {
        Provenance p = onlyGroup(
                report("r1", "2024-03-01", CORRECTED),
                report("r2", "2024-03-02", CORRECTED),
                report("r3", "2024-03-03", CUT),
                report("r4", "2024-03-04", CORRECTED),
                report("r5", "2024-03-05", CUT));
        assertThat(p.sourceOf("r5").from()).isEqualTo("r3");
    }

    @Test
    void datesAsPapersWriteThemOrderTheReportsToo() {
        Provenance p = onlyGroup(report("r1", "March 9, 2021", CORRECTED), report("r2", "8 March 2021", CORRECTED));
        assertThat(p.earliest()).isEqualTo("r2");
        assertThat(p.sourceOf("r1").from()).isEqualTo("r2");
    }

    @Test
    void withoutDatesTheDirectionIsSaidToBeAGuess() {
        Provenance p = onlyGroup(report("r1", null, ORIGINAL), report("r2", null, CORRECTED));
        assertThat(p.earliest()).isNull();
        assertThat(p.sourceOf("r2").basis()).isEqualTo(Provenance.Basis.READINGS_ONLY);
    }

    @Test
    void theTreeReadsInPlainWordsWithTheEvidence() {
        Provenance p = onlyGroup(report("r1", "2024-03-01", ORIGINAL), report("r2", "2024-03-01", CORRECTED),
                report("r3", "2024-03-02", ORIGINAL), report("r4", "2024-03-02", CORRECTED));
        assertThat(p.lines(id -> id)).containsExactly(
                "First printed by r1 (2024-03-01).",
                "r2 most likely from r1: agree at 0 places, differ at 1; dates do not say which came first.",
                "r3 most likely from r1: both print the reading few others do at d1; agree at 1 place, differ at 0;"
                        + " dated earlier.",
                "r4 most likely from r2: both print the reading few others do at d1; agree at 1 place, differ at 0;"
                        + " dated earlier.");
    }
}
