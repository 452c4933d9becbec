package org.verbatim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.store.CorrectionRequest;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoredCorrection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim project correct KIND PROJECT …}: the user's corrections of the engine's quotes, speakers and
 * groups, naming quotes and groups by the ids {@code project show} prints. Each is kept in the project file and
 * applied at every later comparison.
 */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Correct the quotes, speakers and groups the engine found (ids from `project show`).",
        subcommands = {CorrectCommand.MarkQuote.class, CorrectCommand.NotQuote.class, CorrectCommand.Term.class,
                CorrectCommand.Speaker.class, CorrectCommand.Alone.class, CorrectCommand.Move.class,
                CorrectCommand.Merge.class, CorrectCommand.Withdraw.class})
final class CorrectCommand implements Runnable {

    @Spec
    CommandSpec spec;
    private final ProjectCommand.Services services;

    CorrectCommand(ProjectCommand.Services services) {
        this.services = services;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every correction does: open the project, ask for one correction, say what was kept. */
    abstract static class One implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        CorrectCommand parent;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;

        /** The correction asked for; the store's comparison is there to look in (for words to mark, say). */
        abstract CorrectionRequest request(ProjectStore store) throws ProjectException;

        @Override
        public Integer call() {
            try (ProjectStore store = ProjectCommand.store(spec, parent.services, project,
                    ProjectCommand.Opening.OPEN)) {
                List<Long> ids = store.correct(request(store));
                PrintWriter out = spec.commandLine().getOut();
                for (StoredCorrection s : store.corrections()) {
                    if (ids.contains(s.id())) {
                        out.println("correction " + s.id() + ": " + s.describe());
                    }
                }
                return 0;
            } catch (ProjectException e) {
                return ProjectCommand.fail(spec, e.getMessage());
            }
        }
    }

    /** One that names a quote. */
    abstract static class OfQuote extends One {
        @Parameters(index = "1", paramLabel = "QUOTE", description = "The quote's id (q7).")
        String quote;
    }

    /** One that names a quote and nothing else. */
    abstract static class OnlyQuote extends OfQuote {
        private final java.util.function.Function<String, CorrectionRequest> of;

        OnlyQuote(java.util.function.Function<String, CorrectionRequest> of) {
            this.of = of;
        }

        @Override
        CorrectionRequest request(ProjectStore store) {
            return of.apply(quote);
        }
    }

    @Command(name = "quote", mixinStandardHelpOptions = true, description = "Mark words of a report as a quote.")
    static final class MarkQuote extends One {
        @Parameters(index = "1", paramLabel = "REPORT", description = "The report's id (r2).")
        String report;
        @Parameters(index = "2", paramLabel = "WORDS", description = "The quoted words, as the report prints them.")
        String words;
        @Option(names = "--occurrence", paramLabel = "N", description = "Which of several places with these words "
                + "(1 is the first).")
        Integer occurrence;

        @Override
        CorrectionRequest request(ProjectStore store) throws ProjectException {
            String text = store.report(report).report().text();
            List<Integer> at = new ArrayList<>();
            for (int i = words.isEmpty() ? -1 : text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
                at.add(i);
            }
            String where = store.path() + ": " + report;
            if (at.isEmpty()) {
                throw new ProjectException(where, "the words «" + words + "» are not in its text");
            }
            if (occurrence == null && at.size() > 1) {
                throw new ProjectException(where, "the words «" + words + "» are in its text " + at.size()
                        + " times; say which with --occurrence N");
            }
            int n = occurrence == null ? 1 : occurrence;
            if (n < 1 || n > at.size()) {
                throw new ProjectException(where, "the words «" + words + "» are in its text " + at.size()
                        + " times, not " + n);
            }
            int start = at.get(n - 1);
            return new CorrectionRequest.MarkQuote(report, new Span(start, start + words.length()));
        }
    }

    @Command(name = "not-quote", mixinStandardHelpOptions = true, description = "A found quote is not a quote.")
    static final class NotQuote extends OnlyQuote {
        NotQuote() {
            super(CorrectionRequest.NotAQuote::new);
        }
    }

    @Command(name = "term", mixinStandardHelpOptions = true, description = "A found quote is a term, nobody's words.")
    static final class Term extends OnlyQuote {
        Term() {
            super(CorrectionRequest.Term::new);
        }
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true,
            description = "Set a quote's speaker, or clear it (nobody is named).")
    static final class Speaker extends OfQuote {
        @Parameters(index = "2", arity = "0..1", paramLabel = "NAME")
        String name;
        @Option(names = "--clear", description = "Nobody is named as the speaker.")
        boolean clear;

        @Override
        CorrectionRequest request(ProjectStore store) throws ProjectException {
            if (clear == (name != null && !name.isBlank())) {
                throw new ProjectException(store.path().toString(), "give the speaker's NAME or --clear, one of them");
            }
            return new CorrectionRequest.Speaker(quote, clear ? null : name);
        }
    }

    @Command(name = "alone", mixinStandardHelpOptions = true, description = "Take a quote out of its group.")
    static final class Alone extends OnlyQuote {
        Alone() {
            super(CorrectionRequest.Alone::new);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a quote into another group.")
    static final class Move extends OfQuote {
        @Parameters(index = "2", paramLabel = "GROUP", description = "The group's id (c3).")
        String group;

        @Override
        CorrectionRequest request(ProjectStore store) {
            return new CorrectionRequest.Move(quote, group);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two groups into one.")
    static final class Merge extends One {
        @Parameters(index = "1", paramLabel = "GROUP")
        String group;
        @Parameters(index = "2", paramLabel = "OTHER")
        String other;

        @Override
        CorrectionRequest request(ProjectStore store) {
            return new CorrectionRequest.Merge(group, other);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = "Take back a correction (its number from `project show`).")
    static final class Withdraw implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        CorrectCommand parent;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Parameters(index = "1", paramLabel = "CORRECTION")
        long id;

        @Override
        public Integer call() {
            try (ProjectStore store = ProjectCommand.store(spec, parent.services, project,
                    ProjectCommand.Opening.OPEN)) {
                if (!store.withdrawCorrection(id)) {
                    return ProjectCommand.fail(spec, project + ": no correction " + id
                            + " (see `verbatim project show " + project + "`)");
                }
                spec.commandLine().getOut().println("took back correction " + id);
                return 0;
            } catch (ProjectException e) {
                return ProjectCommand.fail(spec, e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------------------- what `project show` prints

    /** {@code q4  r2  «words…»  — Anna Nowak (set by you)}: a quote as `project show` lists it. */
    static String quoteLine(Quote q) {
        Attribution a = q.attribution();
        String who = q.speaker() != null ? q.speaker() : a.how() == Attribution.How.USER ? "nobody named" : "?";
        return q.id() + "  " + q.reportId() + "  «" + TextReport.excerpt(q.text()) + "»"
                + (q.form() == QuoteForm.USER ? " (marked as a quote by you)" : "")
                + (q.kind() == QuoteKind.TERM ? " (a term)" : "")
                + "  — " + who + (a.how() == Attribution.How.USER ? " (set by you)" : "");
    }

    /** The corrections, orphans said so. */
    static void list(List<StoredCorrection> corrections, PrintWriter out) {
        if (corrections.isEmpty()) {
            return;
        }
        out.println();
        out.println("Your corrections (take one back with `verbatim project correct withdraw PROJECT N`):");
        for (StoredCorrection s : corrections) {
            out.println("  " + s.id() + "  " + s.describe() + "  (" + s.author() + ")"
                    + (s.orphaned() ? "  orphaned: its words are gone; kept, never dropped" : ""));
        }
    }

    /** The corrections as the {@code "corrections"} field of the project's JSON. */
    static void json(List<StoredCorrection> corrections, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("corrections");
        for (StoredCorrection s : corrections) {
            g.writeStartObject();
            g.writeNumberField("id", s.id());
            g.writeStringField("kind", s.kind().key());
            g.writeStringField("report", s.reportId());
            g.writeStringField("text", s.words());
            if (s.kind() == StoredCorrection.Kind.LINK) {
                g.writeStringField("other_report", s.otherReportId());
                g.writeStringField("other_text", s.otherAnchor().quote().exact());
            }
            if (s.kind() == StoredCorrection.Kind.SPEAKER) {
                g.writeStringField("speaker", s.speaker());
            }
            g.writeStringField("author", s.author());
            g.writeStringField("created", s.createdAt());
            g.writeBooleanField("orphaned", s.orphaned());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
