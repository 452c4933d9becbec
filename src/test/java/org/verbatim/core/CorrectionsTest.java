package org.verbatim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Corrections;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.quote.QuoteKind;

/** The user's corrections, taken by the engine as input: each kind changes what it says and nothing else. */
class CorrectionsTest {

    private static final String QUOTE = "We will rebuild the harbour wall before the winter storms arrive.";
    private static final String A = "Harbour master Tomasz Kowalczyk said: \"" + QUOTE + "\"";
    private static final String B = "The harbour master said they would rebuild the harbour wall before the winter "
            + "storms arrive. \"Nobody will bail out a kitchen again,\" he said.";
    private static final String C = "Tomasz Kowalczyk said: \"" + QUOTE + "\" He added: \"Nobody will bail out a "
            + "kitchen again.\"";

    private static Comparison compare(Corrections corrections, String... texts) {
        return Pipeline.standard().compare(ComparisonTables.reports(texts),
                ComparisonSettings.DEFAULTS.withCorrections(corrections));
    }

    private static Corrections.QuoteAt at(String reportId, String text, String words) {
        int start = text.indexOf(words);
        return new Corrections.QuoteAt(reportId, new Span(start, start + words.length()));
    }

    private static Corrections only(List<Corrections.QuoteAt> added, List<Corrections.QuoteAt> removed,
                                    List<Corrections.QuoteAt> terms, List<Corrections.SpeakerOverride> speakers,
                                    List<Corrections.QuoteAt> alone, List<Corrections.Link> links) {
        return new Corrections(added, removed, terms, speakers, alone, links);
    }

    @Test
    void aSpanMarkedAsAQuoteIsGroupedLikeAnyOther() {
        String words = "rebuild the harbour wall before the winter storms arrive";
        Comparison c = compare(only(List.of(at("r2", B, words)), List.of(), List.of(), List.of(), List.of(), List.of()),
                A, B);
        Quote added = c.quotes().stream().filter(q -> q.form() == QuoteForm.USER).findFirst().orElseThrow();
        assertThat(added.text()).isEqualTo(words);
        assertThat(c.clusters()).filteredOn(cl -> cl.quoteIds().contains(added.id())).singleElement()
                .satisfies(cl -> assertThat(cl.quoteIds()).hasSize(2));
    }

    @Test
    void aQuoteMarkedAsNotAQuoteIsGone() {
        Comparison c = compare(only(List.of(), List.of(at("r1", A, QUOTE)), List.of(), List.of(), List.of(), List.of()),
                A, C);
        assertThat(c.quotes()).noneMatch(q -> q.reportId().equals("r1"));
    }

    @Test
    void aQuoteMarkedAsATermIsATerm() {
        Comparison c = compare(only(List.of(), List.of(), List.of(at("r1", A, QUOTE)), List.of(), List.of(), List.of()),
                A);
        assertThat(c.quotes()).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo(QuoteKind.TERM));
    }

    @Test
    void aSpeakerSetByTheUserIsTheSpeaker() {
        Comparison c = compare(only(List.of(), List.of(), List.of(),
                List.of(new Corrections.SpeakerOverride(at("r1", A, QUOTE), "Anna Nowak")), List.of(), List.of()), A);
        assertThat(c.quotes().get(0).speaker()).isEqualTo("Anna Nowak");
    }

    @Test
    void aSpeakerClearedByTheUserIsNobody() {
        Comparison c = compare(only(List.of(), List.of(), List.of(),
                List.of(new Corrections.SpeakerOverride(at("r1", A, QUOTE), null)), List.of(), List.of()), A);
        assertThat(c.quotes().get(0).speaker()).isNull();
    }

    @Test
    void aQuoteTakenOutOfItsGroupIsAlone() {
        Corrections out = only(List.of(), List.of(), List.of(), List.of(), List.of(at("r2", C, QUOTE)), List.of());
        assertThat(compare(Corrections.NONE, A, C).clusters()).anyMatch(cl -> cl.quoteIds().size() == 2);
        assertThat(compare(out, A, C).clusters()).allMatch(cl -> cl.quoteIds().size() == 1);
    }

    @Test
    void twoQuotesTheUserLinksAreOneGroup() {
        String other = "The harbour master also said: \"Nobody will bail out a kitchen in this town again.\"";
        Corrections link = only(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Corrections.Link(at("r1", A, QUOTE), at("r2", other, "Nobody will bail out"))));
        assertThat(compare(Corrections.NONE, A, other).clusters()).allMatch(cl -> cl.quoteIds().size() == 1);
        assertThat(compare(link, A, other).clusters()).singleElement()
                .satisfies(cl -> assertThat(cl.quoteIds()).hasSize(2));
    }

    @Test
    void aSpeakerClearedOnANestedQuoteLeavesTheQuoteAroundIt() {
        String nested = "Dmitry Peskov said: \"He told me: 'I know some guys played a trick on you,' and laughed.\"";
        Comparison c = compare(only(List.of(), List.of(), List.of(),
                List.of(new Corrections.SpeakerOverride(at("r1", nested, "I know some guys played a trick on you,"),
                        null)), List.of(), List.of()), nested);
        Quote outer = c.quotes().stream().filter(q -> q.text().startsWith("He told me")).findFirst().orElseThrow();
        Quote inner = c.quotes().stream().filter(q -> q.text().startsWith("I know")).findFirst().orElseThrow();
        assertThat(inner.speaker()).isNull();
        assertThat(outer.speaker()).isEqualTo("Dmitry Peskov");
    }

    @Test
    void aNestedQuoteMarkedNotAQuoteLeavesTheQuoteAroundIt() {
        String nested = "Dmitry Peskov said: \"He told me: 'I know some guys played a trick on you,' and laughed.\"";
        Comparison c = compare(only(List.of(), List.of(at("r1", nested, "I know some guys played a trick on you,")),
                List.of(), List.of(), List.of(), List.of()), nested);
        assertThat(c.quotes()).extracting(Quote::text).singleElement().asString().startsWith("He told me");
    }
}
