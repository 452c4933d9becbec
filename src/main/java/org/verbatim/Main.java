package org.verbatim;

import org.verbatim.ui.VerbatimApp;

/** Entry point of the jar: no arguments opens the window, anything else is the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            VerbatimApp.launchApp(args);
            return;
        }
        System.exit(org.verbatim.cli.VerbatimCli.run(args));
    }
}
