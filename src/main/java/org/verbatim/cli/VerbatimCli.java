package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.verbatim.core.Pipeline;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Tokenizers;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code verbatim compare FILE...}; the services it needs are built here, once. */
@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = VerbatimCli.Version.class,
        description = "Compares several reports of one news story: quotes, who said them, and every wording difference.")
public final class VerbatimCli implements Runnable {

    /**
     * The subcommands, in the order the usage lists them. They are added by {@link #commandLine}, not named in
     * the annotation, so that a run of one command builds the model of that command only: picocli reads every
     * option of every command it is given by reflection, about half a second of a cold start.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CompareCommand.class, CorpusCommand.class,
            ProjectCommand.class, AnnotateCommand.class, ExportCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the standard services and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(Readers.defaults(), Pipeline.standard(), Tokenizers.icu(), args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The whole command line, every subcommand in it. */
    static CommandLine commandLine(Readers readers, Pipeline pipeline, Tokenizers tokenizers) {
        return commandLine(readers, pipeline, tokenizers, new String[0]);
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand (other than {@code help}),
     * only that one is built; anything else (no command, {@code --help}, {@code help compare}, a mistyped
     * name) gets them all, so usage and suggestions are whole.
     */
    static CommandLine commandLine(Readers readers, Pipeline pipeline, Tokenizers tokenizers, String[] args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                ProjectCommand.Services services = new ProjectCommand.Services(readers, pipeline, tokenizers);
                if (type == CompareCommand.class) {
                    return type.cast(new CompareCommand(readers, pipeline));
                }
                if (type == CorpusCommand.class) {
                    return type.cast(new CorpusCommand(readers, pipeline));
                }
                if (type == ProjectCommand.New.class) {
                    return type.cast(new ProjectCommand.New(services));
                }
                if (type == ProjectCommand.Add.class) {
                    return type.cast(new ProjectCommand.Add(services));
                }
                if (type == ProjectCommand.Show.class) {
                    return type.cast(new ProjectCommand.Show(services));
                }
                if (type == ProjectCommand.Export.class) {
                    return type.cast(new ProjectCommand.Export(services));
                }
                if (type == CorrectCommand.class) {
                    return type.cast(new CorrectCommand(services));
                }
                if (type == AnnotateCommand.class) {
                    return type.cast(new AnnotateCommand(services));
                }
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(services));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = new CommandLine(new VerbatimCli(), factory);
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
                && c.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> command : named.isEmpty() ? SUBCOMMANDS : named) {
            cli.addSubcommand(new CommandLine(command, factory));
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // whatever escapes a command is one line, never a stack trace
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("verbatim: " + Failures.reason("unexpected error", e));
            return 1;
        });
        return cli;
    }

    /** The version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = VerbatimCli.class.getPackage().getImplementationVersion();
            return new String[] {"verbatim " + (v != null ? v : "(development build)")};
        }
    }
}
