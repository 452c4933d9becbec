package org.verbatim.store;

import org.verbatim.review.HistoryEntry;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.review.Annotation;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.Readers;

/** The project file's service, as the window and the command line use it. */
class ProjectStoreTest {

    static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");
    static final List<String> FILES = List.of("putin-offers-to-meet-elton-john.txt",
            "putin-calls-elton-john-for-real.txt", "kremlin-rejects-claim-putin-phoned.txt");

    @TempDir
    Path dir;
    Path file;
    ProjectStore store;

    @BeforeEach
    void aProjectWithTheSample() throws Exception {
        file = dir.resolve("elton.verbatim");
        store = ProjectStore.create(file, Pipeline.standard()).as("desk editor");
        for (String f : FILES) {
            addFile(store, SAMPLE.resolve(f));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String addFile(ProjectStore store, Path p) throws Exception {
        return store.addReport(p.toString(), p.getFileName().toString(), Files.readAllBytes(p), Readers.defaults().read(p));
    }

    static Discrepancy theToDifference(ProjectStore store) throws Exception {
        return store.comparison().discrepancies().stream()
                .filter(d -> d.readings().stream().map(Discrepancy.Reading::text).filter(t -> !t.isEmpty()).toList()
                        .equals(java.util.List.of("to")))
                .findFirst().orElseThrow();
    }

    private ProjectStore reopen() throws Exception {
        store.close();
        store = ProjectStore.open(file, Pipeline.standard()).as("desk editor");
        return store;
    }

    @Test
    void reportsKeepTheirTextMetadataAndImportFacts() throws Exception {
        StoredReport r = reopen().reports().get(2);
        assertThat(r.report().text()).isEqualTo(Files.readString(SAMPLE.resolve(FILES.get(2))));
        assertThat(r.report().meta().date()).isEqualTo("2015-09-15");
        assertThat(r.fileName()).isEqualTo(FILES.get(2));
        assertThat(r.sha256()).hasSize(64);
        assertThat(r.importedAt()).isNotBlank();
    }

    @Test
    void aReportKeepsTheEncodingItWasReadInAndItsAuthor() throws Exception {
        String legacy = addFile(store, Path.of("src/test/resources/read/encoding/legacy/russian-windows-1251.txt"));
        String text = "By Anna Nowak. \"We will rebuild the wall,\" she said.";
        String pasted = store.addReport("pasted", null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new org.verbatim.core.read.ReadResult(text, org.verbatim.core.model.SourceFormat.TEXT,
                        new ReportMeta("Wall", null, null, null, "Anna Nowak", null), List.of()));
        reopen();
        assertThat(store.report(legacy).report().meta().encoding()).isEqualToIgnoringCase("windows-1251");
        assertThat(store.report(pasted).report().meta().author()).isEqualTo("Anna Nowak");
        assertThat(store.comparison().report(legacy).meta().encoding()).isEqualToIgnoringCase("windows-1251");
    }

    @Test
    void anAnnotationIsThereAfterReopening() throws Exception {
        store.annotate(theToDifference(store), AnnotationStatus.CONFIRMED, "Instagram says 'look to forward'");
        Annotation a = reopen().annotationOf(theToDifference(store)).orElseThrow();
        assertThat(a.status()).isEqualTo(AnnotationStatus.CONFIRMED);
        assertThat(a.note()).isEqualTo("Instagram says 'look to forward'");
        assertThat(a.author()).isEqualTo("desk editor");
    }

    @Test
    void everyChangeToAnAnnotationIsInItsHistory() throws Exception {
        Annotation a = store.annotate(theToDifference(store), AnnotationStatus.FOLLOW_UP, "ask the desk");
        store.setStatus(a.id(), AnnotationStatus.CONFIRMED);
        assertThat(store.history(a.id())).extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("status", "unreviewed", "follow-up"),
                        org.assertj.core.groups.Tuple.tuple("note", "", "ask the desk"),
                        org.assertj.core.groups.Tuple.tuple("status", "follow-up", "confirmed"));
    }

    @Test
    void tagsAndCategoryAreKept() throws Exception {
        Annotation a = store.annotate(theToDifference(store), null, null);
        store.setTags(a.id(), List.of("instagram", "typo"));
        store.setCategory(a.id(), "quote");
        Annotation back = reopen().annotation(a.id()).orElseThrow();
        assertThat(back.tags()).containsExactly("instagram", "typo");
        assertThat(back.category()).isEqualTo("quote");
    }

    @Test
    void undoAndRedoAStatusChange() throws Exception {
        Annotation a = store.annotate(theToDifference(store), AnnotationStatus.CONFIRMED, null);
        store.setStatus(a.id(), AnnotationStatus.ACCEPTABLE);
        store.undo();
        assertThat(store.annotation(a.id()).orElseThrow().status()).isEqualTo(AnnotationStatus.CONFIRMED);
        store.redo();
        assertThat(store.annotation(a.id()).orElseThrow().status()).isEqualTo(AnnotationStatus.ACCEPTABLE);
    }

    @Test
    void removingAReportCanBeUndone() throws Exception {
        String id = store.reports().get(1).id();
        store.removeReport(id);
        assertThat(store.comparison().reports()).hasSize(2);
        store.undo();
        assertThat(store.reports()).extracting(StoredReport::id).contains(id);
        assertThat(store.comparison().reports()).hasSize(3);
    }

    @Test
    void reportsCanBeReordered() throws Exception {
        List<String> ids = store.reports().stream().map(StoredReport::id).toList();
        store.moveReport(ids.get(2), 0);
        assertThat(reopen().reports()).extracting(StoredReport::id).containsExactly(ids.get(2), ids.get(0), ids.get(1));
    }

    @Test
    void aReportsMetadataCanBeEdited() throws Exception {
        String id = store.reports().get(0).id();
        store.editReport(id, new ReportMeta("Putin offers to meet Elton", "Showbiz Daily", "2015-09-25", null));
        assertThat(reopen().report(id).report().meta().outlet()).isEqualTo("Showbiz Daily");
    }

    @Test
    void excludingTextByHandReRunsTheComparison() throws Exception {
        StoredReport kremlin = store.reports().get(2);
        String text = kremlin.report().text();
        int at = text.indexOf("Thank-you to President");
        store.exclude(kremlin.id(), new Span(at, text.indexOf('\n', at)));
        assertThat(store.comparison().reports().get(2).excluded())
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("excluded by the user"));
    }

    @Test
    void takingBackAnExclusionComparesTheTextAgainAndCanBeUndone() throws Exception {
        StoredReport kremlin = store.reports().get(2);
        String text = kremlin.report().text();
        int at = text.indexOf("Thank-you to President");
        Span caption = new Span(at, text.indexOf('\n', at));
        int discrepancies = store.comparison().discrepancies().size();
        store.exclude(kremlin.id(), caption);
        int excluded = store.comparison().discrepancies().size();

        boolean taken = store.unexclude(kremlin.id(), new Span(at + 5, at + 10));

        assertThat(taken).isTrue();
        assertThat(excluded).isLessThan(discrepancies);
        assertThat(store.comparison().discrepancies()).hasSize(discrepancies);
        store.undo();
        assertThat(store.comparison().discrepancies()).hasSize(excluded);
    }

    @Test
    void takingBackWhereNothingWasExcludedChangesNothing() throws Exception {
        StoredReport kremlin = store.reports().get(2);
        String lastEdit = store.undoLabel();

        assertThat(store.unexclude(kremlin.id(), new Span(0, 10))).isFalse();
        assertThat(store.undoLabel()).isEqualTo(lastEdit);
    }

    @Test
    void theComparisonIsCachedInTheFile() throws Exception {
        int groups = store.summary().groups();
        store.close();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        QuoteFinder standard = QuoteFinder.standard();
        QuoteFinder counting = new QuoteFinder() {
            @Override
            public List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded) {
                runs.incrementAndGet();
                return standard.find(reportId, text, paragraphs, excluded);
            }

            @Override
            public List<Quote> find(String reportId, String text, List<Span> paragraphs, List<Excluded> excluded,
                                    Corrections corrections) {
                runs.incrementAndGet();
                return standard.find(reportId, text, paragraphs, excluded, corrections);
            }
        };
        store = ProjectStore.open(file, Pipeline.builder().quotes(counting).build()).as("desk editor");

        assertThat(store.summary().groups()).isEqualTo(groups);
        assertThat(store.comparison().discrepancies()).isNotEmpty();
        assertThat(runs).as("engine runs on reopening").hasValue(0);
    }

    @Test
    void aCopyIsWrittenWithTheOnlineBackup() throws Exception {
        store.annotate(theToDifference(store), AnnotationStatus.CONFIRMED, "copied");
        Path copy = dir.resolve("copy of Elton's story.verbatim");
        store.saveCopy(copy);
        store.close();
        try (ProjectStore other = ProjectStore.open(copy, Pipeline.standard())) {
            assertThat(other.annotations()).extracting(Annotation::note).containsExactly("copied");
        }
        store = ProjectStore.open(file, Pipeline.standard());
    }

    @Test
    void theSummaryCountsReviewedDiscrepancies() throws Exception {
        store.annotate(theToDifference(store), AnnotationStatus.CONFIRMED, null);
        ProjectSummary s = store.summary();
        assertThat(s.reports()).isEqualTo(3);
        assertThat(s.groups()).isEqualTo(2);
        assertThat(s.reviewed()).isEqualTo(1);
    }

    @Test
    void theFileIdentifiesItselfAsVerbatim() throws Exception {
        store.close();
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(file), 100);
        assertThat(java.nio.ByteBuffer.wrap(header).getInt(68)).isEqualTo(ProjectFile.APPLICATION_ID);
        assertThat(java.nio.ByteBuffer.wrap(header).getInt(60)).isEqualTo(ProjectFile.SCHEMA_VERSION);
        store = ProjectStore.open(file, Pipeline.standard());
    }
}
