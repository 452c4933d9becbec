package org.verbatim.cli;

/** The picocli command line. Placeholder until the compare command lands. */
public final class VerbatimCli {
    private VerbatimCli() {}

    public static int run(String[] args) {
        System.err.println("not yet");
        return 2;
    }
}
