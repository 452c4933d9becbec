package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Comparison;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.core.read.ReadResult;

/**
 * Each kind of the user's corrections is kept in the project file: it is still applied after the file is
 * reopened and a corrected report is edited, it can be undone, and one whose words are gone is listed.
 */
class CorrectionsStoreTest {

    static final String HARBOUR = "We will rebuild the harbour wall before the winter storms arrive.";
    static final String KITCHEN = "Nobody will bail out a kitchen again.";
    /** r1: the harbour master, quoted. */
    static final String A = "Harbour master Tomasz Kowalczyk said: \"" + HARBOUR + "\"";
    /** r2: the harbour quote as reported speech, the kitchen one quoted. */
    static final String B = "The harbour master said they would rebuild the harbour wall before the winter "
            + "storms arrive. \"Nobody will bail out a kitchen again,\" he said.";
    /** r3: both quoted. */
    static final String C = "Tomasz Kowalczyk said: \"" + HARBOUR + "\" He added: \"" + KITCHEN + "\"";
    static final String EDIT = "GDANSK (Reuters) — Updated at noon.\n\n";

    @TempDir
    Path dir;
    Path file;
    ProjectStore store;

    @BeforeEach
    void threeReportsOfTheHarbour() throws Exception {
        file = dir.resolve("harbour.verbatim");
        store = ProjectStore.create(file, Pipeline.standard()).as("desk editor");
        for (String text : List.of(A, B, C)) {
            addText(store, text);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String addText(ProjectStore store, String text) throws ProjectException {
        return store.addReport("pasted", null, text.getBytes(StandardCharsets.UTF_8),
                new ReadResult(text, SourceFormat.TEXT, ReportMeta.EMPTY, List.of()));
    }

    /** Closes and reopens the file, then edits {@code reportId} (a dateline added before its text). */
    private Comparison reopenAndEdit(String reportId) throws Exception {
        store.close();
        store = ProjectStore.open(file, Pipeline.standard()).as("desk editor");
        String text = EDIT + store.report(reportId).report().text();
        store.reimportReport(reportId, "pasted", null, text.getBytes(StandardCharsets.UTF_8),
                new ReadResult(text, SourceFormat.TEXT, ReportMeta.EMPTY, List.of()));
        return store.comparison();
    }

    private Quote quote(Comparison c, String reportId, String words) {
        return c.quotes().stream().filter(q -> q.reportId().equals(reportId) && q.text().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quote of «" + words + "» in " + reportId));
    }

    private static Cluster clusterOf(Comparison c, Quote q) {
        return c.clusters().stream().filter(cl -> cl.quoteIds().contains(q.id())).findFirst().orElseThrow();
    }

    private static boolean together(Comparison c, Quote a, Quote b) {
        return clusterOf(c, a).quoteIds().contains(b.id());
    }

    @Test
    void wordsMarkedAsAQuoteStayAQuoteAfterReopeningAndAnEdit() throws Exception {
        String words = "rebuild the harbour wall before the winter storms arrive";
        int start = B.indexOf(words);
        store.correct(new CorrectionRequest.MarkQuote("r2", new Span(start, start + words.length())));
        Comparison c = reopenAndEdit("r2");
        Quote marked = quote(c, "r2", words);
        assertThat(marked.form()).isEqualTo(QuoteForm.USER);
        assertThat(marked.span().start()).isEqualTo(EDIT.length() + start);
        assertThat(together(c, marked, quote(c, "r1", "harbour wall"))).isTrue();
    }

    @Test
    void aQuoteMarkedNotAQuoteStaysGoneAfterReopeningAndAnEdit() throws Exception {
        Comparison before = store.comparison();
        store.correct(new CorrectionRequest.NotAQuote(quote(before, "r1", "harbour wall").id()));
        Comparison c = reopenAndEdit("r1");
        assertThat(c.quotes()).noneMatch(q -> q.reportId().equals("r1"));
        assertThat(store.corrections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StoredCorrection.Kind.NOT_QUOTE);
            assertThat(s.orphaned()).isFalse();
            assertThat(s.author()).isEqualTo("desk editor");
        });
    }

    @Test
    void aQuoteMarkedATermStaysATermAfterReopeningAndAnEdit() throws Exception {
        store.correct(new CorrectionRequest.Term(quote(store.comparison(), "r1", "harbour wall").id()));
        Comparison c = reopenAndEdit("r1");
        assertThat(quote(c, "r1", "harbour wall").kind()).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void aSpeakerSetByTheUserStaysAfterReopeningAndAnEdit() throws Exception {
        store.correct(new CorrectionRequest.Speaker(quote(store.comparison(), "r3", "kitchen").id(), "Anna Nowak"));
        Comparison c = reopenAndEdit("r3");
        Attribution a = quote(c, "r3", "kitchen").attribution();
        assertThat(a.speaker()).isEqualTo("Anna Nowak");
        assertThat(a.how()).isEqualTo(Attribution.How.USER);
    }

    @Test
    void aSpeakerSetAgainReplacesTheFirstAndClearingLeavesNobody() throws Exception {
        String id = quote(store.comparison(), "r3", "kitchen").id();
        store.correct(new CorrectionRequest.Speaker(id, "Anna Nowak"));
        store.correct(new CorrectionRequest.Speaker(quote(store.comparison(), "r3", "kitchen").id(), null));
        assertThat(store.corrections()).singleElement().satisfies(s -> assertThat(s.speaker()).isNull());
        Comparison c = reopenAndEdit("r3");
        assertThat(quote(c, "r3", "kitchen").speaker()).isNull();
        assertThat(quote(c, "r3", "kitchen").attribution().how()).isEqualTo(Attribution.How.USER);
    }

    @Test
    void aQuoteKeptAloneStaysAloneAfterReopeningAndAnEdit() throws Exception {
        Comparison before = store.comparison();
        assertThat(together(before, quote(before, "r1", "harbour"), quote(before, "r3", "harbour"))).isTrue();
        store.correct(new CorrectionRequest.Alone(quote(before, "r3", "harbour").id()));
        Comparison c = reopenAndEdit("r3");
        assertThat(clusterOf(c, quote(c, "r3", "harbour")).quoteIds()).hasSize(1);
    }

    @Test
    void aQuoteMovedToAnotherGroupStaysThereAfterReopeningAndAnEdit() throws Exception {
        Comparison before = store.comparison();
        Quote harbour = quote(before, "r3", "harbour");
        store.correct(new CorrectionRequest.Move(harbour.id(), clusterOf(before, quote(before, "r2", "kitchen")).id()));
        Comparison c = reopenAndEdit("r3");
        Quote moved = quote(c, "r3", "harbour");
        assertThat(together(c, moved, quote(c, "r2", "kitchen"))).isTrue();
        assertThat(together(c, moved, quote(c, "r1", "harbour"))).isFalse();
    }

    @Test
    void movingAQuoteAgainReplacesItsFirstMove() throws Exception {
        Comparison before = store.comparison();
        store.correct(new CorrectionRequest.Move(quote(before, "r3", "harbour").id(),
                clusterOf(before, quote(before, "r2", "kitchen")).id()));
        Comparison moved = store.comparison();
        store.correct(new CorrectionRequest.Move(quote(moved, "r3", "harbour").id(),
                clusterOf(moved, quote(moved, "r1", "harbour")).id()));
        Comparison c = store.comparison();
        assertThat(together(c, quote(c, "r3", "harbour"), quote(c, "r1", "harbour"))).isTrue();
        assertThat(together(c, quote(c, "r3", "harbour"), quote(c, "r2", "kitchen"))).isFalse();
        assertThat(store.corrections()).extracting(StoredCorrection::kind)
                .containsExactly(StoredCorrection.Kind.ALONE, StoredCorrection.Kind.LINK);
    }

    @Test
    void twoMergedGroupsStayOneAfterReopeningAndAnEdit() throws Exception {
        Comparison before = store.comparison();
        Cluster harbour = clusterOf(before, quote(before, "r1", "harbour"));
        Cluster kitchen = clusterOf(before, quote(before, "r2", "kitchen"));
        assertThat(harbour.id()).isNotEqualTo(kitchen.id());
        store.correct(new CorrectionRequest.Merge(harbour.id(), kitchen.id()));
        Comparison c = reopenAndEdit("r2");
        assertThat(together(c, quote(c, "r1", "harbour"), quote(c, "r2", "kitchen"))).isTrue();
    }

    @Test
    void aCorrectionIsUndoneAndRedone() throws Exception {
        Quote q = quote(store.comparison(), "r1", "harbour wall");
        store.correct(new CorrectionRequest.NotAQuote(q.id()));
        assertThat(store.undoLabel()).isEqualTo("mark «We will rebuild the harbour w…» as not a quote");
        assertThat(store.comparison().quotes()).noneMatch(x -> x.reportId().equals("r1"));
        assertThat(store.undo()).isEqualTo(Affects.ENGINE_INPUT);
        assertThat(store.corrections()).isEmpty();
        assertThat(store.comparison().quotes()).anyMatch(x -> x.reportId().equals("r1"));
        store.redo();
        assertThat(store.corrections()).hasSize(1);
        assertThat(store.comparison().quotes()).noneMatch(x -> x.reportId().equals("r1"));
    }

    @Test
    void aCorrectionTakenBackIsGoneAndTheTakingBackCanBeUndone() throws Exception {
        long id = store.correct(new CorrectionRequest.Term(quote(store.comparison(), "r1", "harbour").id())).get(0);
        assertThat(store.withdrawCorrection(id)).isTrue();
        assertThat(quote(store.comparison(), "r1", "harbour").kind()).isEqualTo(QuoteKind.SPEECH);
        store.undo();
        assertThat(store.corrections()).extracting(StoredCorrection::id).containsExactly(id);
        assertThat(store.withdrawCorrection(id + 100)).isFalse();
    }

    @Test
    void aCorrectionWhoseWordsAreGoneIsListedAsOrphanedNotDropped() throws Exception {
        store.correct(new CorrectionRequest.Speaker(quote(store.comparison(), "r3", "kitchen").id(), "Anna Nowak"));
        String text = "Tomasz Kowalczyk said: \"" + HARBOUR + "\"";
        store.reimportReport("r3", "pasted", null, text.getBytes(StandardCharsets.UTF_8),
                new ReadResult(text, SourceFormat.TEXT, ReportMeta.EMPTY, List.of()));
        store.comparison();
        store.close();
        store = ProjectStore.open(file, Pipeline.standard());
        assertThat(store.corrections()).singleElement().satisfies(s -> {
            assertThat(s.orphaned()).isTrue();
            assertThat(s.words()).isEqualTo(KITCHEN);
            assertThat(s.describe()).isEqualTo("r3 «" + KITCHEN + "»: speaker Anna Nowak");
        });
        assertThat(store.comparison().quotes()).noneMatch(q -> "Anna Nowak".equals(q.speaker()));
    }

    @Test
    void theCachedComparisonIsKeptWithItsCorrections() throws Exception {
        store.correct(new CorrectionRequest.Term(quote(store.comparison(), "r1", "harbour").id()));
        assertThat(store.comparisonIsCurrent()).isFalse();
        store.comparison();
        store.close();
        store = ProjectStore.open(file, Pipeline.standard());
        assertThat(store.comparisonIsCurrent()).isTrue();
        assertThat(quote(store.comparison(), "r1", "harbour").kind()).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void aCorrectionNamingNoQuoteIsRefusedInOneLine() {
        assertThatThrownBy(() -> store.correct(new CorrectionRequest.NotAQuote("q99")))
                .isInstanceOf(ProjectException.class).hasMessageEndingWith("no quote 'q99' in the comparison");
        assertThatThrownBy(() -> store.correct(new CorrectionRequest.Merge("c1", "c1")))
                .isInstanceOf(ProjectException.class).hasMessageContaining("with itself");
    }
}
