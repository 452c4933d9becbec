package org.verbatim.store;

import org.verbatim.review.AnnotationStatus;
import java.nio.file.Path;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Span;

/**
 * The child process of {@link CrashTest}: opens a project and writes annotations until it is killed,
 * printing "written N" after each write has returned.
 */
public final class CrashWriter {

    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (ProjectStore store = ProjectStore.open(file, Pipeline.standard())) {
            String report = store.reports().get(0).id();
            int length = store.report(report).report().text().length();
            System.out.println("ready");
            System.out.flush();
            for (int n = first; ; n++) {
                int start = (n * 37) % Math.max(1, length - 20);
                store.annotateSpan(report, new Span(start, start + 12), AnnotationStatus.FOLLOW_UP, "write " + n);
                System.out.println("written " + n);
                System.out.flush();
            }
        }
    }
}
