package org.verbatim.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per way a report says who spoke. */
class AttributionTest {

    private static final String ROAD = "Flooding closed the coast road again overnight. ";
    private static final String PATCHING = "\"We cannot keep patching this road every winter,\"";

    /** "speaker | verb | how" of the only quotation in {@code text}. */
    private static String attribution(String text) {
        Attribution a = Quotes.onlyIn(text).attribution();
        return a.speaker() + " | " + a.verb() + " | " + a.how();
    }

    @Test
    void nameThenSaid() {
        assertThat(attribution(ROAD + PATCHING + " Helen Ward said."))
                .isEqualTo("Helen Ward | said | AFTER");
    }

    @Test
    void saidThenName() {
        assertThat(attribution(ROAD + PATCHING + " said Helen Ward."))
                .isEqualTo("Helen Ward | said | AFTER");
    }

    @Test
    void nameToldReporters() {
        assertThat(attribution(ROAD + PATCHING + " Helen Ward told reporters."))
                .isEqualTo("Helen Ward | told reporters | AFTER");
    }

    @Test
    void nameToldReportersBeforeTheQuote() {
        assertThat(attribution(ROAD + "Helen Ward told reporters: " + PATCHING))
                .isEqualTo("Helen Ward | told reporters | BEFORE");
    }

    @Test
    void accordingToNameAfterTheQuote() {
        assertThat(attribution(ROAD + "The repairs will take \"at least another six weeks of work on the sea wall,\""
                + " according to Helen Ward."))
                .isEqualTo("Helen Ward | according to | ACCORDING_TO");
    }

    @Test
    void accordingToNameBeforeTheQuote() {
        assertThat(attribution(ROAD + "According to Maria Lopez, \"the repairs will take at least another six weeks"
                + " of work.\""))
                .isEqualTo("Maria Lopez | according to | ACCORDING_TO");
    }

    @Test
    void nameWroteWithAColon() {
        assertThat(attribution("The author replied to her critics on Sunday. Helen Ward wrote: \"I stand by every"
                + " word of the book and I will not withdraw it.\""))
                .isEqualTo("Helen Ward | wrote | BEFORE");
    }

    @Test
    void nameCommaRoleForOrganisationCommaSaid() {
        assertThat(attribution("The airline apologised on Sunday. \"Every delayed traveller will be offered a full"
                + " refund,\" Maria Lopez, a spokeswoman for Skyline Air, said."))
                .isEqualTo("Maria Lopez | said | AFTER");
    }

    @Test
    void nameCommaRoleForOrganisationCommaSaidBeforeTheQuote() {
        assertThat(attribution("The airline apologised on Sunday. Maria Lopez, a spokeswoman for Skyline Air,"
                + " said: \"Every delayed traveller will be offered a full refund.\""))
                .isEqualTo("Maria Lopez | said | BEFORE");
    }

    @Test
    void nameWasQuotedAsSaying() {
        assertThat(attribution("The minister played down the row. \"There is no crisis in the coalition and there"
                + " never was one,\" Jonas Berg was quoted as saying by a local newspaper."))
                .isEqualTo("Jonas Berg | was quoted as saying | AFTER");
    }

    @Test
    void nameWasQuotedByANewsAgencyAsSaying() {
        assertThat(attribution("\"I can safely say that there was no telephone conversation,\" Dmitry Peskov was"
                + " quoted by the state news agency as saying."))
                .isEqualTo("Dmitry Peskov | was quoted by the state news agency as saying | AFTER");
    }

    @Test
    void aPronounResolvesToTheNearestNamedPerson() {
        String text = """
                Anna Berg, the party's leader, opened the conference in Malmo on Saturday.

                Later in the afternoon, Karin Holm, the finance spokeswoman, presented the budget plans to delegates.

                "We will not raise taxes on working families," she added.
                """;

        assertThat(attribution(text)).isEqualTo("Karin Holm | added | AFTER");
    }

    @Test
    void aResolvedPronounKeepsThePronounAsTheSpeakersPlaceInTheText() {
        String text = "Karin Holm presented the budget. \"We will not raise taxes on working families,\" she added.";

        Quote q = Quotes.onlyIn(text);

        assertThat(q.attribution().speakerSpan().of(text)).isEqualTo("she");
        assertThat(q.attribution().verbSpan().of(text)).isEqualTo("added");
    }

    @Test
    void aPluralPronounResolvesToAPluralSubject() {
        String text = """
                The pranksters aired a recording of the call on state television.

                They told a radio station: "We just could not pass up the chance to speak to him."
                """;

        assertThat(Quotes.onlyIn(text).speaker()).isEqualTo("the pranksters");
    }

    @Test
    void aTitleBeforeTheNameIsDropped() {
        assertThat(attribution("The two leaders met in the Kremlin. \"Our countries have much to discuss,\""
                + " President Vladimir Putin said."))
                .isEqualTo("Vladimir Putin | said | AFTER");
    }

    @Test
    void aLoneSurnameIsCompletedFromTheFullNameInTheReport() {
        String text = """
                Dmitry Peskov spoke to journalists in Moscow on Monday morning.

                "There was no such call," Peskov said.
                """;

        assertThat(attribution(text)).isEqualTo("Dmitry Peskov | said | AFTER");
    }

    @Test
    void aLoneSurnameStaysAsPrintedWhenTheReportNeverGivesTheFullName() {
        assertThat(attribution("The spokesman confirmed it. \"Putin phoned him,\" Peskov told reporters."))
                .isEqualTo("Peskov | told reporters | AFTER");
    }

    @Test
    void aPossessiveIsNotTheSpeaker() {
        String text = "The Kremlin responded on Tuesday. Putin's spokesman, Dmitry Peskov, said: \"There was no such"
                + " telephone call with the singer.\"";

        Quote q = Quotes.onlyIn(text);

        assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
        assertThat(q.attribution().speakerSpan().of(text)).isEqualTo("Dmitry Peskov");
    }

    @Test
    void aDescribedSpeakerIsNamedByTheDescription() {
        assertThat(attribution("\"We don't know what the union wants,\" a teacher said."))
                .isEqualTo("a teacher | said | AFTER");
    }

    @Test
    void aQuoteWithNoSpeechVerbNearItHasNoSpeaker() {
        String text = """
                The statement was posted on the club's website at midnight.

                "We have decided to part company with our manager after a run of poor results."
                """;

        assertThat(Quotes.onlyIn(text).attribution().isKnown()).isFalse();
    }

    @Test
    void theSpeakerSpanPointsAtTheNameInTheText() {
        String text = ROAD + PATCHING + " said Helen Ward.";

        assertThat(Quotes.onlyIn(text).attribution().speakerSpan().of(text)).isEqualTo("Helen Ward");
    }

    /** "speaker" of the last quotation in {@code text}. */
    private static String lastSpeaker(String text) {
        java.util.List<Quote> all = Quotes.in(text);
        Attribution a = all.get(all.size() - 1).attribution();
        return a == null ? null : a.speaker();
    }

    @Test
    void aSpokespersonForABodyIsTheSubjectItsPrepositionIncluded() {
        assertThat(attribution("The drainage board said its warning went out at 9.52pm. \u201CThe gauges rose faster"
                + " than anything we have on record,\u201D a spokesperson for the board said."))
                .isEqualTo("a spokesperson for the board | said | AFTER");
    }

    @Test
    void aRoleAfterTheQuoteIsThePersonNamedBeforeNotThePlaceNamedAfterAPreposition() {
        assertThat(attribution("Inigo Arrieta did not look for excuses in the press room of La Rambla. \"We lost"
                + " because of two mistakes of ours,\" the Almenar coach said."))
                .isEqualTo("Inigo Arrieta | said | AFTER");
    }

    @Test
    void inSomeonesOwnWordsGivesTheWordsToThem() {
        assertThat(lastSpeaker("\"We lost because of two mistakes of ours,\" the captain Ruben Salcedo said after"
                + " the match. In Arrieta's own words: \u00ABHemos perdido por dos errores nuestros.\u00BB"))
                .isEqualTo("Arrieta");
    }

    @Test
    void aColonAfterWhoSheIsWithNoSpeechVerbIntroducesHerWords() {
        assertThat(attribution("Astrid Holmen took questions for an hour. Asked for her outlook, she was"
                + " characteristically blunt: \"Fares are going up this winter, not by much.\""))
                .isEqualTo("Astrid Holmen | null | BEFORE");
    }

    @Test
    void aLabelWithAColonIntroducesNobody() {
        Attribution a = Quotes.onlyIn("The airline answered on Sunday. The full text: \"Fares are going up this winter,"
                + " not by much.\"").attribution();
        assertThat(a == null ? null : a.speaker()).isNull();
    }

    @Test
    void theDefenderIsThePlayerJustNamed() {
        assertThat(attribution("His captain, Ruben Salcedo, would have none of it. \"It's not the coach's fault,"
                + " it's ours,\" the defender said."))
                .isEqualTo("Ruben Salcedo | said | AFTER");
    }
}
