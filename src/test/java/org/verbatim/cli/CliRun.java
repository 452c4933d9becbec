package org.verbatim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM, with what it printed and its exit code. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = VerbatimCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** One run with the given services in place of the standard ones. */
    static CliRun with(org.verbatim.core.read.Readers readers, org.verbatim.core.Pipeline pipeline, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = VerbatimCli.commandLine(readers, pipeline, org.verbatim.review.Tokenizers.icu());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Whether a place of the JSON output reads "to" in some versions and nothing in the others. */
    static boolean readsToOrNothing(com.fasterxml.jackson.databind.JsonNode place) {
        java.util.Set<String> texts = new java.util.TreeSet<>();
        place.path("readings").forEach(r -> texts.add(r.path("text").asText()));
        return texts.equals(java.util.Set.of("", "to"));
    }
}
