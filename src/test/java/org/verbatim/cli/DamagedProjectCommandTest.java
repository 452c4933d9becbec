package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project whose contents are damaged where SQLite's own check cannot see it (the cached comparison, the
 * settings, a report's hidden markup): the command still works, and says in one line what it found and did.
 */
class DamagedProjectCommandTest {

    private static final String SAMPLE = "assets/samples/putin-elton-john/";

    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void aComparedProjectWithTheSample() {
        project = dir.resolve("elton.verbatim").toString();
        assertThat(CliRun.of("project", "new", project).exit()).isZero();
        CliRun add = CliRun.of("project", "add", project, SAMPLE + "putin-offers-to-meet-elton-john.txt",
                SAMPLE + "putin-calls-elton-john-for-real.txt", SAMPLE + "kremlin-rejects-claim-putin-phoned.txt");
        assertThat(add.exit()).as(add.err()).isZero();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Flips one bit of the cached comparison: the first "fingerprint" key becomes "fingerprinT". */
    private void flipABitOfTheCache() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project)) {
            String json;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT json FROM result")) {
                json = r.getString(1);
            }
            int at = json.indexOf("\"fingerprint\"");
            assertThat(at).isPositive();
            try (PreparedStatement p = c.prepareStatement("UPDATE result SET json = ?")) {
                p.setString(1, json.substring(0, at + 11) + 'T' + json.substring(at + 12));
                p.executeUpdate();
            }
        }
    }

    @Test
    void aFlippedBitInTheCachedComparisonIsComparedAgainAndSaidInOneLine() throws Exception {
        flipABitOfTheCache();

        CliRun r = CliRun.of("annotate", project, "d2", "--status", "confirmed");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().strip()).contains("cached comparison").contains("compared again").doesNotContain("\n");
    }

    @Test
    void settingsThatDoNotParseAreSaidToBeReplacedByTheDefaults() throws Exception {
        sql("UPDATE project SET value = '{\"ignoreCase\": tru' WHERE key = 'settings'");

        CliRun r = CliRun.of("project", "show", project);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().strip()).contains("settings").contains("defaults").doesNotContain("\n");
    }

    @Test
    void hiddenMarkupThatDoesNotParseIsSaidToBeDropped() throws Exception {
        sql("UPDATE report SET hidden = '[[3,' WHERE id = 2");

        CliRun r = CliRun.of("project", "show", project);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().strip()).contains("r2").contains("hidden").doesNotContain("\n");
    }
}
