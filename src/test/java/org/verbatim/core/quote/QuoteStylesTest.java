package org.verbatim.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

/** One test per way a page sets a quotation. */
class QuoteStylesTest {

    @Test
    void straightDoubleQuotes() {
        String text = "Mayor Joan Pettit opened the new bridge on Friday. "
                + "\"This bridge joins two halves of our town,\" she said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Joan Pettit | This bridge joins two halves of our town,
                """);
    }

    @Test
    void curlyDoubleQuotes() {
        String text = "Mayor Joan Pettit opened the new bridge on Friday. "
                + "“This bridge joins two halves of our town,” she said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Joan Pettit | This bridge joins two halves of our town,
                """);
    }

    @Test
    void curlySingleQuotes() {
        String text = "The coach was unrepentant after the defeat. "
                + "‘We played well for an hour and then we simply stopped,’ Gareth Lyle said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Gareth Lyle | We played well for an hour and then we simply stopped,
                """);
    }

    @Test
    void straightSingleQuotes() {
        String text = "The coach was unrepentant after the defeat. "
                + "'We played well for an hour and then we simply stopped,' Gareth Lyle said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Gareth Lyle | We played well for an hour and then we simply stopped,
                """);
    }

    @Test
    void guillemets() {
        String text = "Minister Anne Maillard replied from Geneva. "
                + "«We will not be lectured by our neighbours on energy policy», she said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Anne Maillard | We will not be lectured by our neighbours on energy policy
                """);
    }

    @Test
    void lowHighQuotes() {
        String text = "Chancellor Klaus Brettschneider spoke in Berlin. "
                + "„Our partnership with Switzerland remains strong“, he said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Klaus Brettschneider | Our partnership with Switzerland remains strong
                """);
    }

    @Test
    void aCurlyOpeningMarkClosedByAStraightOne() {
        String text = "The harbour master was blunt. "
                + "“Nobody goes out in this weather until the wind drops,\" Tom Reddin said.";

        Quote q = Quotes.onlyIn(text);

        assertThat(q.text()).isEqualTo("Nobody goes out in this weather until the wind drops,");
        assertThat(q.openMark().of(text)).isEqualTo("“");
        assertThat(q.closeMark().of(text)).isEqualTo("\"");
        assertThat(q.speaker()).isEqualTo("Tom Reddin");
    }

    @Test
    void aQuoteThatNeverClosesEndsWithItsParagraph() {
        String text = """
                The farmer, Ruth Okafor, said: "We lost half the herd in one night and nobody came to help us

                The council will meet on Monday to discuss compensation.
                """;

        Quote q = Quotes.onlyIn(text);

        assertThat(q.text()).isEqualTo("We lost half the herd in one night and nobody came to help us");
        assertThat(q.closeMark()).isNull();
        assertThat(q.speaker()).isEqualTo("Ruth Okafor");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "Putin's spokesman said the students' union had not been told. The band, big in the '90s, "
                + "don't tour any more, though fans still love 'em. Putin’s aides, the students’ leaders and "
                + "the ’90s stars of rock ’n’ roll won’t comment.";

        assertThat(Quotes.in(text)).isEmpty();
    }

    @Test
    void apostrophesInsideAQuoteLeaveItWhole() {
        String text = "\"We don't know what the students' union wants, and Putin's people won't say,\" "
                + "a teacher said.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | a teacher | We don't know what the students' union wants, and Putin's people won't say,
                """);
    }

    @Test
    void aQuoteInsideAQuoteHasItsOwnSpeaker() {
        String text = """
                The Kremlin spokesman, Dmitry Peskov, described the call to reporters on Monday.

                "President Vladimir Putin told him: 'We are ready to talk whenever it suits you.' That was the whole conversation," Peskov said.
                """;

        List<Quote> quotes = Quotes.in(text);

        assertThat(Quotes.table(quotes)).isEqualTo("""
                SPEECH MARKED | Dmitry Peskov | President Vladimir Putin told him: 'We are ready to talk whenever it suits you.' That was the whole conversation,
                SPEECH MARKED | Vladimir Putin | We are ready to talk whenever it suits you.
                """);
        assertThat(quotes.get(1).parentId()).isEqualTo(quotes.get(0).id());
    }

    @Test
    void theOuterQuotesOwnWordsLeaveOutTheQuoteInsideIt() {
        String text = "\"President Vladimir Putin told him: 'We are ready to talk whenever it suits you.' "
                + "That was the whole conversation,\" Dmitry Peskov said.";

        Quote outer = Quotes.in(text).get(0);

        assertThat(outer.ownSpans()).extracting(s -> s.of(text))
                .containsExactly("President Vladimir Putin told him:", "That was the whole conversation,");
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuotePerParagraphOfOneUtterance() {
        String text = """
                In a statement on Friday, the club's chairman Martin Hale said: "We have decided to part company with our manager after a run of results that fell short of what this club expects.

                "We thank him for his hard work and wish him well in his next role.

                "A new appointment will be announced in due course."

                Supporters gathered outside the ground later that evening.
                """;

        List<Quote> quotes = Quotes.in(text);

        assertThat(Quotes.table(quotes)).isEqualTo("""
                SPEECH MARKED | Martin Hale | We have decided to part company with our manager after a run of results that fell short of what this club expects.
                SPEECH MARKED | Martin Hale | We thank him for his hard work and wish him well in his next role.
                SPEECH MARKED | Martin Hale | A new appointment will be announced in due course.
                """);
        assertThat(quotes).extracting(Quote::utteranceId).containsOnly(quotes.get(0).id());
        assertThat(quotes).extracting(q -> q.attribution().how()).containsExactly(
                Attribution.How.BEFORE, Attribution.How.INHERITED, Attribution.How.INHERITED);
        assertThat(quotes).extracting(q -> q.closeMark() != null).containsExactly(false, false, true);
    }

    @Test
    void aQuoteSplitByItsAttributionIsTwoQuotesOfOneUtterance() {
        String text = "The library will close at the end of the month. \"We fought for this building for ten years,\""
                + " said Linda Marsh, who chairs the friends of the library. \"It breaks my heart to see the doors"
                + " locked.\"";

        List<Quote> quotes = Quotes.in(text);

        assertThat(Quotes.table(quotes)).isEqualTo("""
                SPEECH MARKED | Linda Marsh | We fought for this building for ten years,
                SPEECH MARKED | Linda Marsh | It breaks my heart to see the doors locked.
                """);
        assertThat(quotes.get(1).utteranceId()).isEqualTo(quotes.get(0).id());
    }

    @Test
    void anEmbeddedInstagramPostIsAQuoteOfItsAuthor() {
        String text = """
                The singer thanked fans after the final night of the tour.

                So proud of everyone who came out to the stadium tonight. What a way to finish the tour!

                #tour #thankyou @stadiumlive

                A photo posted by Mara Quinn (@maraquinn) on Jun 2, 2024 at 11:40pm PDT

                The tour grossed more than any before it.
                """;

        Quote post = Quotes.onlyIn(text);

        assertThat(post.form()).isEqualTo(QuoteForm.EMBEDDED_POST);
        assertThat(post.kind()).isEqualTo(QuoteKind.SPEECH);
        assertThat(post.speaker()).isEqualTo("Mara Quinn");
        assertThat(post.text()).isEqualTo("""
                So proud of everyone who came out to the stadium tonight. What a way to finish the tour!

                #tour #thankyou @stadiumlive""");
    }

    @Test
    void anEmbeddedTweetIsAQuoteOfItsAuthor() {
        String text = """
                The senator reacted within minutes of the vote.

                Today the chamber chose to protect our rivers. Proud to have voted yes.

                — Jane Doe (@janedoe) March 3, 2024

                The bill now goes to the governor.
                """;

        Quote tweet = Quotes.onlyIn(text);

        assertThat(tweet.form()).isEqualTo(QuoteForm.EMBEDDED_POST);
        assertThat(tweet.speaker()).isEqualTo("Jane Doe");
        assertThat(tweet.attribution().speakerSpan().of(text)).isEqualTo("Jane Doe");
        assertThat(tweet.text()).isEqualTo("Today the chamber chose to protect our rivers. Proud to have voted yes.");
    }

    @Test
    void anEmbeddedTweetWhoseAuthorLineRunsOnIntoTheNextLinesIsStillFound() {
        // plain text without blank lines: the author line opens a paragraph that goes on with the page's prose
        String text = "The palace spoke within hours.\n"
                + "BREAKING: Palace statement following the interview:\n"
                + "\u2014 NBC News (@NBCNews) March 9, 2021\n"
                + "\"The issues raised are concerning.\" pic.twitter.com/Zbu1iNBlHO\n"
                + "Insiders are fearful.\n";

        List<Quote> quotes = Quotes.in(text);

        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.form()).isEqualTo(QuoteForm.EMBEDDED_POST);
            assertThat(q.text()).isEqualTo("BREAKING: Palace statement following the interview:");
            assertThat(q.speaker()).isEqualTo("NBC News");
        });
    }

    @Test
    void aMarkdownBlockQuoteIsAQuoteOfWhoeverIntroducesIt() {
        String text = """
                Helen Ward, the county's highways chief, wrote on her blog:

                > We cannot keep patching this road every winter and hoping for the best.

                Engineers agreed with her.
                """;

        Quote q = Quotes.onlyIn(text);

        assertThat(q.form()).isEqualTo(QuoteForm.BLOCK);
        assertThat(q.text()).isEqualTo("We cannot keep patching this road every winter and hoping for the best.");
        assertThat(q.speaker()).isEqualTo("Helen Ward");
        assertThat(q.openMark()).isNull();
    }

    @Test
    void shortScareQuotedTermsAreTerms() {
        String text = "The president again called his rival 'Rocket Man' at the rally and dismissed the report as "
                + "\"fake news\" before leaving the stage.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                TERM MARKED | null | Rocket Man
                TERM MARKED | null | fake news
                """);
    }

    @Test
    void aThreeWordQuoteWithAnAttributionIsSpeech() {
        String text = "This time the spokesman confirmed it. \"Putin phoned him,\" Peskov told reporters.";

        assertThat(Quotes.table(Quotes.in(text))).isEqualTo("""
                SPEECH MARKED | Peskov | Putin phoned him,
                """);
    }

    @Test
    void aQuoteThatIsAWholeParagraphIsSpeechEvenWithoutAnAttribution() {
        String text = """
                Rescuers reached the trapped miners at dawn.

                "We are alive."
                """;

        assertThat(Quotes.onlyIn(text).kind()).isEqualTo(QuoteKind.SPEECH);
    }

    @Test
    void theMarksAndTheSpanPointAtTheOriginalCharacters() {
        String text = "The harbour master was blunt. «Nobody goes out today», Tom Reddin said.";

        Quote q = Quotes.onlyIn(text);

        assertThat(q.openMark()).isEqualTo(new Span(30, 31));
        assertThat(q.span().of(text)).isEqualTo(q.text()).isEqualTo("Nobody goes out today");
        assertThat(q.closeMark().of(text)).isEqualTo("»");
    }

    @Test
    void aQuoteInPageClutterIsFlaggedExcluded() {
        String text = """
                Councillors approved the plan on Wednesday by nine votes to four.

                The developer promised a school and a bus link.

                Opponents said the roads could not cope.

                Sign up for our newsletter

                Dear readers,

                "Local news matters more than ever," our editor writes. Please consider supporting us.

                Monthly

                Annual
                """;

        Quote q = Quotes.onlyIn(text);

        assertThat(q.text()).isEqualTo("Local news matters more than ever,");
        assertThat(q.excluded()).isTrue();
    }

    @Test
    void quoteIdsAreMadeFromTheReportIdInTextOrder() {
        String text = "\"We lost,\" said Gareth Lyle. Later Tom Reddin said: \"We were lucky to win the game.\"";

        assertThat(Quotes.in(text)).extracting(Quote::id, Quote::reportId)
                .containsExactly(tuple("r1-q1", "r1"), tuple("r1-q2", "r1"));
    }
}
