package org.verbatim.store;

import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.Annotation;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.Readers;

/** After a report is edited or re-imported, or the engine settings change, annotations find their place again. */
class ReanchoringTest {

    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void aProjectWithTheSample() throws Exception {
        store = ProjectStore.create(dir.resolve("p.verbatim"), Pipeline.standard());
        for (String f : ProjectStoreTest.FILES) {
            ProjectStoreTest.addFile(store, ProjectStoreTest.SAMPLE.resolve(f));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Re-imports report {@code index} from a new file with {@code newText}. */
    private void reimport(int index, String newText) throws Exception {
        StoredReport old = store.reports().get(index);
        Path p = Files.writeString(dir.resolve("edited-" + index + ".txt"), newText);
        store.reimportReport(old.id(), p.toString(), p.getFileName().toString(), Files.readAllBytes(p),
                Readers.defaults().read(p));
    }

    @Test
    void textEditedAroundAnAnnotatedQuoteKeepsTheAnnotationOnItsDifference() throws Exception {
        Annotation a = store.annotate(ProjectStoreTest.theToDifference(store), AnnotationStatus.CONFIRMED, "typo in post");
        String text = store.reports().get(2).report().text();
        reimport(2, "UPDATED: this story was corrected on September 16.\n\n"
                + text.replace("Elton John, who regularly", "The singer Elton John, who regularly"));
        store.recompare();
        Annotation back = store.annotation(a.id()).orElseThrow();
        assertThat(back.orphaned()).isFalse();
        assertThat(back.anchor().quote().exact()).isEqualTo("to");
        assertThat(store.orphans()).isEmpty();
    }

    @Test
    void aReportReimportedWithItsClutterRemovedKeepsItsSpanAnnotations() throws Exception {
        StoredReport forReal = store.reports().get(1);
        String text = forReal.report().text();
        int at = text.indexOf("a pair of Russian comedians");
        Annotation a = store.annotateSpan(forReal.id(), new Span(at, at + "a pair of Russian comedians".length()),
                AnnotationStatus.FOLLOW_UP, "who were they?");
        String clean = text.substring(text.indexOf("Russia's Putin Calls"), text.indexOf("Sign up for our free"));
        reimport(1, clean);
        store.recompare();
        Annotation back = store.annotation(a.id()).orElseThrow();
        assertThat(back.orphaned()).isFalse();
        assertThat(back.anchor().quote().exact()).isEqualTo("a pair of Russian comedians");
        assertThat(clean.substring(back.anchor().position().start(), back.anchor().position().end()))
                .isEqualTo("a pair of Russian comedians");
    }

    @Test
    void changedEngineSettingsLoseNoAnnotation() throws Exception {
        Annotation a = store.annotate(ProjectStoreTest.theToDifference(store), AnnotationStatus.CONFIRMED, null);
        store.setSettings(ComparisonSettings.DEFAULTS.withIgnoreCase(true).withMinSeverity(Severity.SUBSTANTIVE));
        store.recompare();
        assertThat(store.annotations()).extracting(Annotation::id).contains(a.id());
        assertThat(store.annotation(a.id()).orElseThrow().orphaned()).isFalse();
    }

    @Test
    void anAnnotationWhoseWordsAreGoneIsKeptAndListedAsOrphaned() throws Exception {
        Annotation a = store.annotate(ProjectStoreTest.theToDifference(store), AnnotationStatus.CONFIRMED, "keep me");
        String text = store.reports().get(0).report().text();
        int from = text.indexOf("Afterwards he took to Instagram");
        int to = text.indexOf("The pranksters aired");
        reimport(0, text.substring(0, from) + text.substring(to));
        store.recompare();
        assertThat(store.orphans()).extracting(Annotation::id, Annotation::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), "keep me"));
    }
}
