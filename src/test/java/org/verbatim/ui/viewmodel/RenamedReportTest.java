package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.ui.FxTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.export.ExportFormat;
import org.verbatim.export.ExportInput;
import org.verbatim.ui.FxTestSupport;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.print.PrintPages;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;

/**
 * A report renamed after the comparison carries its new title into every export that names reports (all but
 * the W3C annotations, which name them by address) and into the printed report.
 */
class RenamedReportTest {

    private static final String NEW_TITLE = "Kremlin says the call was a prank (renamed)";

    @TempDir
    Path dir;
    WorkbenchViewModel workbench;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    String oldTitle;

    @BeforeEach
    void theSampleCompared() {
        workbench = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        workbench.useServices(VerbatimApp.standardServices(dir.resolve("temp"), null));
        workbench.openSample();
        oldTitle = workbench.getPanes().get(2).getTitle();
    }

    private void rename() {
        String kremlin = workbench.getPanes().get(2).id();
        new ReportsViewModel(workbench).editDetails(kremlin, NEW_TITLE, "themoscowtimes.com", "2015-09-15", null);
    }

    /** The formats whose export of the open project contains {@code words}. */
    private List<String> exportsWith(String words, String run) throws Exception {
        ExportViewModel export = new ExportViewModel(workbench, new SynchronousTaskRunner());
        List<String> with = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve(run + "." + f.extension());
            export.formatProperty().set(f);
            export.export(out);
            if (Files.readString(out).contains(words)) {
                with.add(f.label());
            }
        }
        return with;
    }

    @Test
    void everyExportThatNamesTheReportNamesItByItsNewTitle() throws Exception {
        List<String> named = exportsWith(oldTitle, "before");

        rename();

        assertThat(named).contains("html", "md", "csv", "json", "tei");
        assertThat(exportsWith(NEW_TITLE, "after")).containsAll(named);
    }

    @Test
    void thePrintedReportCarriesTheNewTitle() throws Exception {
        rename();
        ExportInput[] read = new ExportInput[1];
        workbench.exportInput("Putin and Elton John", "Cannot print", in -> read[0] = in, () -> { });

        String printed = onFx(() -> {
            StringBuilder b = new StringBuilder();
            PrintPages.paginate(read[0], 500, 700).forEach(page -> b.append(textOf(page)));
            return b.toString();
        });

        assertThat(printed).contains(NEW_TITLE);
    }

    @Test
    void thePaneShowsTheNewTitle() {
        rename();
        assertThat(workbench.getPanes().get(2).getTitle()).isEqualTo(NEW_TITLE);
    }

    private static String textOf(Node n) {
        if (n instanceof Text t) {
            return t.getText();
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(textOf(c)));
        }
        return b.toString();
    }
}
