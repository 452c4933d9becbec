package org.verbatim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verbatim annotate P.verbatim DISCREPANCY --status confirmed --note "…"} */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Set the status, note, category or tags of a discrepancy (an id or fingerprint from `project show`).")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;
    @Parameters(index = "1", paramLabel = "DISCREPANCY", description = "Its id (d7) or fingerprint.")
    String discrepancy;
    @Option(names = "--status", paramLabel = "STATUS",
            description = "unreviewed, confirmed, acceptable, our-error or follow-up.")
    String status;
    @Option(names = "--note", paramLabel = "TEXT")
    String note;
    @Option(names = "--category", paramLabel = "TEXT")
    String category;
    @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for several. Replaces the tags.")
    List<String> tags;

    private final ProjectCommand.Services services;

    AnnotateCommand(ProjectCommand.Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        AnnotationStatus s;
        try {
            s = status == null ? null : AnnotationStatus.of(status);
        } catch (IllegalArgumentException e) {
            return ProjectCommand.fail(spec, e.getMessage());
        }
        try (ProjectStore store = ProjectCommand.store(spec, services, project, ProjectCommand.Opening.OPEN)) {
            Optional<Discrepancy> d = store.discrepancy(discrepancy);
            if (d.isEmpty()) {
                return ProjectCommand.fail(spec, project + ": no discrepancy '" + discrepancy
                        + "' (see `verbatim project show " + project + "`)");
            }
            Annotation a = store.annotate(d.get(), s, note);
            if (category != null) {
                store.setCategory(a.id(), category);
            }
            if (tags != null) {
                store.setTags(a.id(), tags);
            }
            a = store.annotation(a.id()).orElseThrow();
            spec.commandLine().getOut().println(d.get().id() + " " + d.get().fingerprint() + ": " + a.status().key()
                    + (a.note().isEmpty() ? "" : " — " + a.note()));
            return 0;
        } catch (ProjectException e) {
            return ProjectCommand.fail(spec, e.getMessage());
        }
    }
}
