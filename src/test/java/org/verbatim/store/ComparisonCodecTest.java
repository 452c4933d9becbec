package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.gold.Gold;

class ComparisonCodecTest {

    @Test
    void aCachedComparisonReadsBackEqual() throws Exception {
        Comparison c = new Gold(Path.of("assets/samples/putin-elton-john")).compare();
        ComparisonCodec codec = new ComparisonCodec();
        assertThat(codec.read(codec.write(c))).isEqualTo(c);
    }

    @Test
    void anUnreadableCacheIsNull() {
        assertThat(new ComparisonCodec().read("{\"reports\": 7")).isNull();
    }
}
