package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.ui.FxTestSupport;

/** The heat strips: where each report's variation lies. */
class OverviewTest {

    private static Comparison sample() throws Exception {
        List<Report> reports = new ArrayList<>();
        int i = 0;
        for (String f : FxTestSupport.SAMPLE_FILES) {
            reports.add(Report.of("r" + ++i, f, FxTestSupport.sampleFile(f)));
        }
        return Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
    }

    @Test
    void theBusiestBandOfTheStoryIsFullStrength() throws Exception {
        Map<String, double[]> heat = Overview.of(sample());

        double max = heat.values().stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(0);
        assertThat(max).isEqualTo(1.0);
        assertThat(heat).containsOnlyKeys("r1", "r2", "r3");
        assertThat(heat.get("r1")).hasSize(Overview.BINS);
    }

    @Test
    void theCaptionsBandIsWarmInTheKremlinReport() throws Exception {
        Comparison c = sample();
        String kremlin = c.report("r3").text();
        int caption = Overview.bin(new org.verbatim.core.model.Span(kremlin.indexOf("I look forward"),
                kremlin.indexOf("I look forward") + 1), kremlin.length());

        assertThat(Overview.of(c).get("r3")[caption]).isGreaterThan(0);
    }

    @Test
    void aReportWithNoDifferencesStaysCold() throws Exception {
        Comparison c = Pipeline.standard().compare(List.of(
                Report.of("a", "a", "The council met on Monday. \"We will build the bridge,\" the mayor said."),
                Report.of("b", "b", "The council met on Monday. \"We will build the bridge,\" the mayor said.")),
                ComparisonSettings.DEFAULTS);

        assertThat(Overview.of(c).get("a")).containsOnly(0.0);
    }

    @Test
    void aClickMapsToAnOffsetInTheText() {
        assertThat(Overview.offsetAt(0, 1000)).isZero();
        assertThat(Overview.offsetAt(0.5, 1000)).isEqualTo(500);
        assertThat(Overview.offsetAt(1.7, 1000)).isEqualTo(1000);
    }
}
