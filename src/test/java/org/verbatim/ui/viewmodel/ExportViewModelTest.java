package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.core.Pipeline;
import org.verbatim.export.ExportFormat;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;

/** File → Export… without a display: every format, where it goes, and a folder that is not there. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench;
    private ExportViewModel export;

    @BeforeEach
    void theSampleSavedAsAProject() {
        workbench = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        workbench.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        workbench.openSample();
        workbench.saveAs(dir.resolve("elton.verbatim"));
        export = new ExportViewModel(workbench, new SynchronousTaskRunner());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatIsWrittenAndTheUserIsToldWhere(ExportFormat format) throws Exception {
        export.formatProperty().set(format);
        Path target = dir.resolve("out." + format.extension());

        export.export(target);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isNotBlank();
        assertThat(workbench.messageProperty().get().error()).isFalse();
        assertThat(workbench.messageProperty().get().detail()).contains(target.toString());
    }

    @Test
    void theHtmlReportCarriesTheTitleTheUserGave() throws Exception {
        export.titleProperty().set("Putin, Elton John and the prank call");
        Path target = dir.resolve("memo.html");

        export.export(target);

        assertThat(org.jsoup.Jsoup.parse(target.toFile(), "UTF-8").title())
                .contains("Putin, Elton John and the prank call");
    }

    @Test
    void theSuggestedFileIsBesideTheProjectNamedAfterTheTitle() {
        export.formatProperty().set(ExportFormat.CSV);
        export.titleProperty().set("Elton: the call?");

        assertThat(export.suggestedFile()).isEqualTo(dir.resolve("Elton the call.csv"));
    }

    @Test
    void aFolderThatIsNotThereGetsAMessageNamingTheFileAndLeavesNothingBehind() {
        Path target = dir.resolve("missing").resolve("memo.html");

        export.export(target);

        assertThat(workbench.messageProperty().get().error()).isTrue();
        assertThat(workbench.messageProperty().get().detail()).startsWith("memo.html: ");
        assertThat(Files.exists(dir.resolve("missing"))).isFalse();
    }
}
