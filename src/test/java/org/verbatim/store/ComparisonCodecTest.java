package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.model.Report;
import org.verbatim.gold.Gold;

class ComparisonCodecTest {

    @Test
    void aCachedComparisonReadsBackEqual() throws Exception {
        Comparison c = new Gold(Path.of("assets/samples/putin-elton-john")).compare();
        ComparisonCodec codec = new ComparisonCodec();
        assertThat(codec.read(codec.write(c), c.reports().stream().map(Comparison.ReportResult::report).toList())).isEqualTo(c);
    }

    @Test
    void anUnreadableCacheIsDamaged() {
        assertThatThrownBy(() -> new ComparisonCodec().read("{\"reports\": 7", List.of()))
                .isInstanceOf(ComparisonCodec.Damaged.class);
    }

    @Test
    void aFlippedBitAnywhereIsCaughtByTheCheck() throws Exception {
        Comparison c = new Gold(Path.of("assets/samples/putin-elton-john")).compare();
        ComparisonCodec codec = new ComparisonCodec();
        String stored = codec.write(c);
        int at = stored.indexOf("Peskov");
        String flipped = stored.substring(0, at) + (char) (stored.charAt(at) ^ 1) + stored.substring(at + 1);
        List<Report> reports = c.reports().stream().map(Comparison.ReportResult::report).toList();

        assertThatThrownBy(() -> codec.read(flipped, reports)).hasMessageContaining("check");
    }

    @Test
    void resultsOfOtherReportsDoNotFit() throws Exception {
        Comparison c = new Gold(Path.of("assets/samples/putin-elton-john")).compare();
        ComparisonCodec codec = new ComparisonCodec();
        List<Report> shorter = c.reports().stream().map(Comparison.ReportResult::report)
                .map(r -> new Report(r.id(), r.path(), r.text().substring(0, r.text().length() / 2), r.format(),
                        r.meta(), List.of()))
                .toList();

        assertThatThrownBy(() -> codec.read(codec.write(c), shorter)).isInstanceOf(ComparisonCodec.Damaged.class);
    }
}
