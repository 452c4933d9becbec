package org.verbatim.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;
import org.verbatim.store.StoredCorrection;
import org.verbatim.ui.VerbatimApp;
import org.verbatim.ui.settings.SettingsFile;
import org.verbatim.ui.story.ClasspathSampleSource;
import org.verbatim.ui.task.SynchronousTaskRunner;

/** The user's corrections of quotes, speakers and groups, made on the sample project without a display. */
class CorrectionsViewModelTest {

    private static final String PESKOV = "I can safely say that President Putin did not have a telephone conversation";
    private static final String PIE = "probably pie in the sky";
    private static final String PRANK = "I know some guys played a trick on you";

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench;
    private CorrectionsViewModel corrections;

    @BeforeEach
    void openTheSample() {
        workbench = new WorkbenchViewModel(new SynchronousTaskRunner(), new ClasspathSampleSource());
        workbench.useServices(VerbatimApp.standardServices(dir.resolve("temp"),
                new SettingsFile(dir.resolve("settings.properties"))));
        workbench.openSample();
        corrections = new CorrectionsViewModel(workbench);
    }

    /** The quote whose words start with {@code words} (the innermost, where quotes nest). */
    private Quote quote(String words) {
        return workbench.comparison().quotes().stream().filter(q -> q.text().startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quote «" + words + "»"));
    }

    private Cluster clusterOf(Quote q) {
        return workbench.comparison().clusters().stream().filter(cl -> cl.quoteIds().contains(q.id()))
                .findFirst().orElseThrow();
    }

    private Span wordsIn(String reportId, String words) {
        String text = workbench.comparison().report(reportId).text();
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void aClickInsideANestedQuoteIsOnTheInnerQuote() {
        Quote inner = quote(PRANK);
        Span click = new Span(inner.span().start() + 5, inner.span().start() + 5);
        assertThat(corrections.quoteAt(inner.reportId(), click)).contains(inner);
    }

    @Test
    void aClickOutsideEveryQuoteIsOnNone() {
        assertThat(corrections.quoteAt("r1", new Span(0, 0))).isEmpty();
    }

    @Test
    void aQuoteMarkedNotAQuoteIsGoneAndUndoBringsItBack() {
        Quote peskov = quote(PESKOV);
        corrections.notAQuote(peskov);
        assertThat(workbench.comparison().quotes()).noneMatch(q -> q.text().startsWith(PESKOV));
        workbench.undo();
        assertThat(workbench.comparison().quotes()).anyMatch(q -> q.text().startsWith(PESKOV));
    }

    @Test
    void aQuoteMarkedATermIsATerm() {
        corrections.term(quote(PESKOV));
        assertThat(quote(PESKOV).kind()).isEqualTo(QuoteKind.TERM);
    }

    @Test
    void aQuoteKeptAloneLeavesItsGroup() {
        Quote prank = quote(PRANK);
        assertThat(clusterOf(prank).quoteIds()).hasSize(2);
        corrections.keepAlone(prank);
        assertThat(clusterOf(quote(PRANK)).quoteIds()).hasSize(1);
    }

    @Test
    void aQuoteMovedToAGroupOfTheListIsInIt() {
        Quote pie = quote("It\u2019s " + PIE);
        Quote prank = quote(PRANK);
        CorrectionsViewModel.Group target = corrections.groupsToMoveTo(pie).stream()
                .filter(g -> g.id().equals(clusterOf(prank).id())).findFirst().orElseThrow();
        assertThat(target.label()).startsWith("Vladimir Putin: «I know").endsWith("(2 versions)");
        corrections.moveToGroup(pie, target);
        assertThat(clusterOf(quote("It\u2019s " + PIE)).quoteIds()).contains(quote(PRANK).id()).hasSize(3);
    }

    @Test
    void theGroupsToMoveToLeaveOutTheQuotesOwn() {
        Quote prank = quote(PRANK);
        assertThat(corrections.groupsToMoveTo(prank)).extracting(CorrectionsViewModel.Group::id)
                .doesNotContain(clusterOf(prank).id()).isNotEmpty();
    }

    @Test
    void aSpeakerSetByTheUserIsTheUsers() {
        corrections.setSpeaker(quote(PRANK), "  Dmitry Peskov ");
        Quote now = quote(PRANK);
        assertThat(now.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(CorrectionsViewModel.speakerSetByUser(now)).isTrue();
    }

    @Test
    void aClearedSpeakerIsNobodyAndABlankOneIsRefused() {
        corrections.setSpeaker(quote(PRANK), "  ");
        assertThat(workbench.messageProperty().get().title()).isEqualTo("No speaker given");
        assertThat(quote(PRANK).speaker()).isEqualTo("Vladimir Putin");
        corrections.clearSpeaker(quote(PRANK));
        assertThat(quote(PRANK).speaker()).isNull();
        assertThat(quote(PRANK).attribution().how()).isEqualTo(Attribution.How.USER);
    }

    @Test
    void wordsMarkedAsAQuoteAreAQuoteOfTheUsers() throws Exception {
        String reportId = quote(PESKOV).reportId();
        Span words = wordsIn(reportId, "the Kremlin");
        corrections.markQuote(reportId, words);
        assertThat(corrections.quoteAt(reportId, words)).hasValueSatisfying(q -> {
            assertThat(q.form()).isEqualTo(QuoteForm.USER);
            assertThat(q.span()).isEqualTo(words);
        });
        assertThat(workbench.session().store().corrections()).extracting(StoredCorrection::kind)
                .containsExactly(StoredCorrection.Kind.QUOTE);
    }

    @Test
    void markingNothingSelectedSaysToSelectFirst() throws Exception {
        corrections.markQuote("r1", new Span(3, 3));
        assertThat(workbench.messageProperty().get().title()).isEqualTo("Nothing selected");
        assertThat(workbench.session().store().corrections()).isEmpty();
    }

    @Test
    void aCorrectionOfAQuoteThatMovedMeanwhileIsNotMade() throws Exception {
        Quote peskov = quote(PESKOV);
        Quote stale = new Quote(peskov.id(), peskov.reportId(), new Span(0, 3), peskov.ownSpans(), peskov.text(),
                peskov.kind(), peskov.form(), peskov.attribution(), null, null, null, peskov.id(), false);
        corrections.notAQuote(stale);
        assertThat(workbench.messageProperty().get().title()).isEqualTo("The reports were compared again");
        assertThat(workbench.session().store().corrections()).isEmpty();
        Comparison c = workbench.comparison();
        assertThat(c.quotes()).anyMatch(q -> q.text().startsWith(PESKOV));
    }
}
