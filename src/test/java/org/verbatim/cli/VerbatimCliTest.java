package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Tokenizers;

/** The command line builds only the command it is asked for, and still knows them all when asked. */
class VerbatimCliTest {

    private static picocli.CommandLine cli(String... args) {
        return VerbatimCli.commandLine(Readers.defaults(), Pipeline.standard(), Tokenizers.icu(), args);
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandOnly() {
        assertThat(cli("compare", "a.txt").getSubcommands()).containsOnlyKeys("compare");
    }

    @Test
    void noCommandGetsEveryCommand() {
        assertThat(cli().getSubcommands().keySet())
                .containsExactly("compare", "corpus", "project", "annotate", "export", "help");
    }

    @Test
    void helpForACommandGetsEveryCommand() {
        assertThat(cli("help", "compare").getSubcommands()).containsKeys("compare", "corpus", "help");
    }

    @Test
    void theUsageListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertThat(r.out()).contains("compare", "corpus", "project", "annotate", "export", "help");
    }

    @Test
    void aMistypedCommandIsStillSuggested() {
        CliRun r = CliRun.of("comapre", "a.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Did you mean: verbatim compare");
    }
}
