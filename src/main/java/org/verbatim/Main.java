package org.verbatim;

import org.verbatim.ui.VerbatimApp;

/** Entry point of the jar: no arguments (or one .verbatim file) opens the window; anything else is the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // no arguments, or a project file to open (a double-click on a .verbatim file): the window
        if (args.length == 0 || args.length == 1 && (args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".verbatim")
                || args[0].equals("--sample"))) {
            VerbatimApp.launchApp(args);
            return;
        }
        System.exit(org.verbatim.cli.VerbatimCli.run(args));
    }
}
