package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim project correct …}: the user's corrections from the command line, listed by {@code project show}. */
class CorrectCommandTest {

    private static final String HARBOUR = "We will rebuild the harbour wall before the winter storms arrive.";

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void twoReportsOfTheHarbour() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Harbour master Tomasz Kowalczyk said: \"" + HARBOUR + "\"");
        Path b = Files.writeString(dir.resolve("b.txt"), "The harbour master said they would rebuild the harbour wall "
                + "before the winter storms arrive. \"Nobody will bail out a kitchen again,\" he said.");
        Path c = Files.writeString(dir.resolve("c.txt"), "Tomasz Kowalczyk said: \"" + HARBOUR + "\"");
        project = dir.resolve("harbour.verbatim").toString();
        assertThat(CliRun.of("project", "new", project).exit()).isZero();
        CliRun add = CliRun.of("project", "add", project, a.toString(), b.toString(), c.toString());
        assertThat(add.exit()).as(add.err()).isZero();
    }

    private JsonNode shown() throws Exception {
        return new ObjectMapper().readTree(CliRun.of("project", "show", project, "--format", "json").out());
    }

    /** The id of the quote of {@code report} whose text holds {@code words}. */
    private String quoteId(String report, String words) throws Exception {
        for (JsonNode q : shown().path("quotes")) {
            if (q.path("report").asText().equals(report) && q.path("text").asText().contains(words)) {
                return q.path("id").asText();
            }
        }
        throw new AssertionError("no quote of «" + words + "» in " + report);
    }

    private String clusterOf(String quoteId) throws Exception {
        for (JsonNode cl : shown().path("clusters")) {
            for (JsonNode q : cl.path("quotes")) {
                if (q.asText().equals(quoteId)) {
                    return cl.path("id").asText();
                }
            }
        }
        throw new AssertionError("no group holds " + quoteId);
    }

    @Test
    void showListsEachQuoteWithItsIdUnderItsGroup() throws Exception {
        String id = quoteId("r1", "harbour wall");
        assertThat(CliRun.of("project", "show", project).out()).contains("Group " + clusterOf(id))
                .contains(id + "  r1  «" + HARBOUR + "»  — Tomasz Kowalczyk");
    }

    @Test
    void markingWordsAsAQuoteShowsAsTheUsers() throws Exception {
        CliRun r = CliRun.of("project", "correct", "quote", project, "r2", "rebuild the harbour wall");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("correction 1: r2 «rebuild the harbour wall»: marked as a quote");
        JsonNode marked = shown().path("quotes").findParents("form").stream()
                .filter(q -> q.path("form").asText().equals("user")).findFirst().orElseThrow();
        assertThat(marked.path("text").asText()).isEqualTo("rebuild the harbour wall");
        assertThat(CliRun.of("project", "show", project).out()).contains("(marked as a quote by you)");
    }

    @Test
    void aQuoteMarkedNotAQuoteIsGoneAndTheCorrectionListed() throws Exception {
        CliRun r = CliRun.of("project", "correct", "not-quote", project, quoteId("r3", "harbour"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(shown().path("quotes").findValuesAsText("report")).doesNotContain("r3");
        assertThat(CliRun.of("project", "show", project).out()).contains("Your corrections")
                .containsPattern("1  r3 «We will rebuild the harbour wall[^»]*»: not a quote");
    }

    @Test
    void aQuoteMarkedATermIsATerm() throws Exception {
        String id = quoteId("r3", "harbour");
        assertThat(CliRun.of("project", "correct", "term", project, id).exit()).isZero();
        assertThat(shown().path("quotes").findParents("kind").stream()
                .filter(q -> q.path("report").asText().equals("r3")).findFirst().orElseThrow()
                .path("kind").asText()).isEqualTo("term");
    }

    @Test
    void aSpeakerSetAndClearedIsTheUsersInTheJson() throws Exception {
        String id = quoteId("r2", "kitchen");
        assertThat(CliRun.of("project", "correct", "speaker", project, id, "Anna Nowak").exit()).isZero();
        JsonNode q = quoteNode("r2", "kitchen");
        assertThat(q.path("speaker").asText()).isEqualTo("Anna Nowak");
        assertThat(q.path("speaker_by").asText()).isEqualTo("user");
        assertThat(CliRun.of("project", "correct", "speaker", project, quoteId("r2", "kitchen"), "--clear").exit()).isZero();
        assertThat(quoteNode("r2", "kitchen").path("speaker").isNull()).isTrue();
        assertThat(shown().path("corrections")).singleElement()
                .satisfies(c -> assertThat(c.path("kind").asText()).isEqualTo("speaker"));
    }

    private JsonNode quoteNode(String report, String words) throws Exception {
        for (JsonNode q : shown().path("quotes")) {
            if (q.path("report").asText().equals(report) && q.path("text").asText().contains(words)) {
                return q;
            }
        }
        throw new AssertionError("no quote of «" + words + "» in " + report);
    }

    @Test
    void aQuoteKeptAloneLeavesItsGroup() throws Exception {
        String id = quoteId("r3", "harbour");
        assertThat(CliRun.of("project", "correct", "alone", project, id).exit()).isZero();
        String now = quoteId("r3", "harbour");
        assertThat(clusterOf(now)).isNotEqualTo(clusterOf(quoteId("r1", "harbour")));
    }

    @Test
    void aQuoteMovedIntoAnotherGroupAndTwoGroupsMerged() throws Exception {
        String kitchen = quoteId("r2", "kitchen");
        CliRun move = CliRun.of("project", "correct", "move", project, quoteId("r3", "harbour"), clusterOf(kitchen));
        assertThat(move.exit()).as(move.err()).isZero();
        assertThat(clusterOf(quoteId("r3", "harbour"))).isEqualTo(clusterOf(quoteId("r2", "kitchen")));
        CliRun merge = CliRun.of("project", "correct", "merge", project, clusterOf(quoteId("r1", "harbour")),
                clusterOf(quoteId("r2", "kitchen")));
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(clusterOf(quoteId("r1", "harbour"))).isEqualTo(clusterOf(quoteId("r2", "kitchen")));
    }

    @Test
    void aCorrectionIsTakenBack() throws Exception {
        CliRun.of("project", "correct", "term", project, quoteId("r3", "harbour"));
        CliRun r = CliRun.of("project", "correct", "withdraw", project, "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(shown().path("corrections")).isEmpty();
        assertThat(CliRun.of("project", "correct", "withdraw", project, "1").err())
                .contains("no correction 1");
    }

    @Test
    void aCorrectionWhoseWordsAreGoneIsShownOrphaned() throws Exception {
        CliRun.of("project", "correct", "term", project, quoteId("r3", "harbour"));
        Files.writeString(dir.resolve("c.txt"), "Nothing was said today.");
        // the report's text changes under the correction: import it again in its place
        try (org.verbatim.store.ProjectStore s = org.verbatim.store.ProjectStore.open(Path.of(project),
                org.verbatim.core.Pipeline.standard())) {
            Path c = dir.resolve("c.txt");
            s.reimportReport("r3", c.toString(), "c.txt", Files.readAllBytes(c),
                    org.verbatim.core.read.Readers.defaults().read(c));
        }
        assertThat(CliRun.of("project", "show", project).out()).contains("orphaned: its words are gone; kept, never dropped");
        assertThat(shown().path("corrections").get(0).path("orphaned").asBoolean()).isTrue();
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliRun noQuote = CliRun.of("project", "correct", "not-quote", project, "q99");
        assertThat(noQuote.exit()).isEqualTo(2);
        assertThat(noQuote.err().strip()).doesNotContain("\n").endsWith("no quote 'q99' in the comparison");
        CliRun noWords = CliRun.of("project", "correct", "quote", project, "r2", "not in the text");
        assertThat(noWords.exit()).isEqualTo(2);
        assertThat(noWords.err()).contains("are not in its text");
        CliRun twice = CliRun.of("project", "correct", "quote", project, "r2", "harbour");
        assertThat(twice.err()).contains("2 times; say which with --occurrence N");
        CliRun neither = CliRun.of("project", "correct", "speaker", project, quoteId("r1", "harbour"));
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("give the speaker's NAME or --clear");
    }

    @Test
    void showTellsTheEncodingEachReportWasReadIn() throws Exception {
        assertThat(CliRun.of("project", "show", project).out()).contains("read as UTF-8");
        assertThat(shown().path("reports").get(0).path("encoding").asText()).isEqualTo("UTF-8");
    }
}
