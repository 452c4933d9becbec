package org.verbatim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verbatim.core.diff.DiffKind;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;
import org.verbatim.core.quote.QuoteFinder;
import org.verbatim.core.quote.QuoteForm;
import org.verbatim.core.text.Paragraphs;
import org.verbatim.core.text.Sentences;
import org.verbatim.core.text.Token;
import org.verbatim.core.text.Tokenizer;

/** Cases that once went wrong, each pinned by the input that showed it. */
class FixedBugsTest {

    private static Comparison compare(String... texts) {
        List<Report> reports = new ArrayList<>();
        for (String t : texts) {
            reports.add(Report.of("r" + (reports.size() + 1), "r" + (reports.size() + 1) + ".txt", t));
        }
        return Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
    }

    private static List<Quote> quotes(String text) {
        return QuoteFinder.standard().find("r1", text, Paragraphs.of(text), List.of());
    }

    /** The kinds of the places between two versions of one quotation, printed by two reports. */
    private static List<DiffKind> kinds(String a, String b) {
        String opening = "The mayor spoke on Monday. She said: \"We have told everyone at the town hall the same for years. ";
        return compare(opening + a + "\"", opening + b + "\"").discrepancies().stream()
                .map(Discrepancy::kind).toList();
    }

    @Test
    void fingerprintsDoNotDependOnReportOrderWhenTwoVersionsTieForLongest() {
        String a = "Officials spoke on Monday. \"We expect traffic to return to normal by the end of the week,\" she said.";
        String b = "Officials spoke on Monday. \"We expect traffic to return to normal by the end of the month,\" she said.";
        String c = "Officials spoke on Monday. \"We expect traffic to return to normal,\" she said.";
        Set<String> abc = compare(a, b, c).discrepancies().stream().map(Discrepancy::fingerprint).collect(Collectors.toSet());
        Set<String> bac = compare(b, a, c).discrepancies().stream().map(Discrepancy::fingerprint).collect(Collectors.toSet());
        assertThat(bac).isEqualTo(abc);
    }

    @Test
    void aTruncationEndingWithTheSamePunctuationIsATruncation() {
        assertThat(kinds("Customers have every right to be angry about another increase of this size,",
                "Customers have every right to be angry,")).containsExactly(DiffKind.TRUNCATION);
    }

    @Test
    void threeFullStopsAndTheEllipsisCharacterAreOneToken() {
        List<Token> dots = Tokenizer.icu().tokenize("long night ... nobody", List.of());
        List<Token> ellipsis = Tokenizer.icu().tokenize("long night \u2026 nobody", List.of());
        assertThat(dots).extracting(Token::surface).containsExactly("long", "night", "...", "nobody");
        assertThat(ellipsis).extracting(Token::surface).containsExactly("long", "night", "\u2026", "nobody");
    }

    @Test
    void anEllipsisReplacingAWordIsEditorial() {
        assertThat(kinds("It was a long night and nobody slept", "It was a long night ... nobody slept"))
                .contains(DiffKind.EDITORIAL);
    }

    @Test
    void aClockTimeIsOneNumberAndAChangedTimeIsADateTimeChange() {
        assertThat(Tokenizer.icu().tokenize("at 9:30 today", List.of())).extracting(Token::surface)
                .containsExactly("at", "9:30", "today");
        assertThat(kinds("We meet at 9:30 every morning.", "We meet at 10:30 every morning."))
                .containsExactly(DiffKind.DATE_TIME);
    }

    @Test
    void theSameNumberWrittenWithAndWithoutAThousandsSeparatorIsTypographic() {
        assertThat(kinds("They hired 2,000 people.", "They hired 2000 people.")).containsExactly(DiffKind.TYPOGRAPHIC);
    }

    @Test
    void aHyphenLeftOutOfACompoundIsTypographic() {
        assertThat(kinds("Thank-you to everyone who came.", "Thank you to everyone who came."))
                .containsExactly(DiffKind.TYPOGRAPHIC);
    }

    @Test
    void aSplitQuoteWithSheSaidIsOneUtterance() {
        List<Quote> q = quotes("Linda Marsh has chaired the friends of the library for a decade. \"We fought for this"
                + " building for ten years,\" she said. \"It breaks my heart to see the doors locked.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).utteranceId()).isEqualTo(q.get(0).id());
        assertThat(q.get(1).speaker()).isEqualTo("Linda Marsh");
    }

    @Test
    void accordingToANameStartingLikeAPronounIsThatName() {
        List<Quote> q = quotes("Flooding closed the coast road again overnight. According to Helen Ward, \"the repairs"
                + " will take at least another six weeks of work.\"");
        assertThat(q.get(0).speaker()).isEqualTo("Helen Ward");
    }

    @Test
    void aNameSetOffBeforeTheVerbIsTheSpeakerNotTheOrganisation() {
        List<Quote> q = quotes("A spokeswoman for Skyline Air, Maria Lopez, said: \"Every delayed traveller will be"
                + " offered a full refund.\"");
        assertThat(q.get(0).speaker()).isEqualTo("Maria Lopez");
    }

    @Test
    void rockAndRollWithStraightApostrophesHoldsNoQuote() {
        assertThat(quotes("The band played rock 'n' roll until dawn.")).isEmpty();
    }

    @Test
    void consecutiveBlockQuoteLinesAreOneBlockQuoteWithoutTheirMarks() {
        String text = "Helen Ward, the highways chief, wrote on her blog:\n\n> We cannot keep patching this road every"
                + " winter.\n> The sea wall was built for a different climate.\n";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).form()).isEqualTo(QuoteForm.BLOCK);
        assertThat(q.get(0).speaker()).isEqualTo("Helen Ward");
        assertThat(q.get(0).ownSpans()).extracting(s -> s.of(text)).containsExactly(
                "We cannot keep patching this road every winter.", "The sea wall was built for a different climate.");
    }

    @Test
    void aHardWrappedSentenceIsOneSentence() {
        String text = "The council met after a bitter debate\nvoted by seven to four to close the library at the\n"
                + "end of the month.";
        assertThat(new Sentences().of(text, new org.verbatim.core.model.Span(0, text.length()))).hasSize(1);
    }

    @Test
    void aMisspelledSpeakerDoesNotSplitTheGroupButIsShownAsASpeakerDifference() {
        String a = "Union leader Tomasz Kowalczyk spoke outside. \"This is a betrayal of the workers who built this"
                + " company from nothing,\" said Tomasz Kowalczyk.";
        String b = "\"This is a betrayal of the workers who built this company,\" said Tomasz Kowalczik.";
        Comparison c = compare(a, b);
        assertThat(c.clusters()).anyMatch(cl -> cl.quoteIds().size() == 2);
        assertThat(c.discrepancies()).extracting(Discrepancy::kind).contains(DiffKind.SPEAKER, DiffKind.TRUNCATION);
    }

    @Test
    void aHugeSingleLineWithStrayMarksCompletesWithBoundedQuotes() {
        java.util.Random random = new java.util.Random(3);
        String[] words = "the Mayor said that \"Council plans would Change,\" and people asked Why the Budget was late"
                .split(" ");
        StringBuilder b = new StringBuilder();
        while (b.length() < 300_000) {
            b.append(words[random.nextInt(words.length)]).append(' ');
        }
        Comparison c = compare(b.toString(), b.substring(0, 100_000));
        assertThat(c.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.span().length()).isLessThanOrEqualTo(4000));
    }

    @Test
    void readMoreWithAColonIsPageFurniture() {
        assertThat(org.verbatim.core.clutter.ClutterDetector.isFurniture("Read more: Longmoor residents fight airfield plan"))
                .isTrue();
    }
}
