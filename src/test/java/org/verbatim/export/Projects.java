package org.verbatim.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.read.Readers;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.ProjectStore;

/** Projects the export tests write out: the built-in sample, and one full of hostile text. */
final class Projects {

    static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");
    static final List<String> FILES = List.of("putin-offers-to-meet-elton-john.txt",
            "putin-calls-elton-john-for-real.txt", "kremlin-rejects-claim-putin-phoned.txt");

    /** The note on the "to" discrepancy: commas, double quotes and a line break, as a CSV must carry them. */
    static final String NOTE = "Instagram caption reads \"look to forward\", checked twice,\nsee the screenshot";

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    /** A web address with an ampersand and apostrophes, which attributes must escape. */
    static final String URL = "https://example.org/b?x=1&y='2'";

    private Projects() {}

    /** The three reports of the built-in sample, the "to" discrepancy confirmed with {@link #NOTE}. */
    static ProjectStore sample(Path dir) throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("elton.verbatim"), Pipeline.standard()).as("desk editor");
        for (String f : FILES) {
            Path p = SAMPLE.resolve(f);
            store.addReport(p.toString(), f, Files.readAllBytes(p), Readers.defaults().read(p));
        }
        Annotation a = store.annotate(theToDifference(store), AnnotationStatus.CONFIRMED, NOTE);
        store.setTags(a.id(), List.of("instagram", "typo"));
        return store;
    }

    static Discrepancy theToDifference(ProjectStore store) throws Exception {
        return store.comparison().discrepancies().stream()
                .filter(d -> d.readings().stream().map(Discrepancy.Reading::text).filter(t -> !t.isEmpty()).toList()
                        .equals(java.util.List.of("to")))
                .findFirst().orElseThrow();
    }

    /**
     * Two reports of one quotation that differ by a script element, quotes, an ampersand and a spreadsheet formula;
     * the first report's title is markup, the second's a formula, and the note on every discrepancy a formula too.
     */
    static ProjectStore hostile(Path dir) throws Exception {
        ProjectStore store = ProjectStore.create(dir.resolve("hostile.verbatim"), Pipeline.standard()).as("x");
        String shared = " and we will not stop until every family in the north can cross the river safely, whatever"
                + " it costs and however long the work takes";
        String a = "Minister promises bridge\n\nThe minister said: \"We will build the bridge " + SCRIPT
                + " & finish it by May" + shared + ".\"\n\nShe spoke in the capital.\n\n"
                + "Sign up for our free weekly newsletter " + SCRIPT + "\n";
        String b = "Bridge by June, says minister\n\nThe minister said: \"We will build the bridge " + FORMULA
                + " & finish it by June" + shared + ".\"\n\nShe spoke to reporters.\n";
        String r1 = add(store, dir, "a.txt", a);
        String r2 = add(store, dir, "b.txt", b);
        store.editReport(r1, new ReportMeta(SCRIPT + " \"Q\" & A", "Outlet & <b>Co</b>", "2024-01-01",
                "javascript:alert(1)"));
        store.editReport(r2, new ReportMeta(FORMULA, "+Plus News", "2024-01-02", URL));
        for (Discrepancy d : store.comparison().discrepancies()) {
            store.annotate(d, AnnotationStatus.FOLLOW_UP, FORMULA);
        }
        return store;
    }

    private static String add(ProjectStore store, Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return store.addReport(p.toString(), name, Files.readAllBytes(p), Readers.defaults().read(p));
    }
}
