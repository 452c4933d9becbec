package org.verbatim.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.core.model.Span;

class TokenizerTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.icu().tokenize(text, List.of());
    }

    private static List<String> norms(Tokenizer tokenizer, String text) {
        return tokenizer.tokenize(text, List.of()).stream().map(Token::norm).toList();
    }

    private static List<String> norms(String text) {
        return norms(Tokenizer.icu(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“Thank-you to President Vladimir Putin,” he wrote. ‘It’s over,’ she said.",
            "It’s probably pie in the sky … He may laugh… and call me an idiot...",
            "Mr\u00A0Peskov spoke at 8\u202Fam; the talks lasted 2\u00A0hours.",
            "@president\\_vladimir\\_putin @ejaf #lgbt \\*not bold\\* \\[sic\\]",
            "Line one of the statement.\r\nLine two of it.\r\n\r\nA second paragraph.\r\n",
            "Fans posted 😀 and 👍 and 🇬🇧 under the photo 🎹🎤.",
            "«Nous ne céderons pas», a-t-il dit. „Wir bleiben“, sagte sie.",
            "cam\u00ADpaign\u200Bgroup, soft\u00ADhyphen"})
    void everyTokenIsTheOriginalTextBetweenItsOffsets(String text) {
        List<Token> tokens = tokens(text);

        assertThat(tokens).isNotEmpty();
        int previousStart = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("start of %s", t).isLessThan(t.end()).isGreaterThanOrEqualTo(previousStart);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
            previousStart = t.start();
        }
    }

    @Test
    void hiddenMarkupMakesNoTokensAndTheWordsKeepTheirOriginalOffsets() {
        String text = "**Peskov** said [no](https://example.org/call).";
        List<Span> hidden = List.of(new Span(0, 2), new Span(8, 10), new Span(16, 17), new Span(19, 46));

        List<Token> tokens = Tokenizer.icu().tokenize(text, hidden);

        assertThat(tokens).extracting(Token::surface, Token::start)
                .containsExactly(tuple("Peskov", 2), tuple("said", 11), tuple("no", 17), tuple(".", 46));
    }

    @Test
    void crlfLineEndingsMakeNoTokensAndShiftNoOffsets() {
        String text = "First line.\r\nSecond line.";

        assertThat(tokens(text)).extracting(Token::surface, Token::start)
                .containsExactly(tuple("First", 0), tuple("line", 6), tuple(".", 10),
                        tuple("Second", 13), tuple("line", 20), tuple(".", 24));
    }

    @Test
    void anEmojiIsOneSymbolTokenSpanningItsSurrogatePair() {
        String text = "Great night 🎹 thank you";

        Token emoji = tokens(text).get(2);

        assertThat(emoji.surface()).isEqualTo("🎹");
        assertThat(emoji.end() - emoji.start()).isEqualTo(2);
        assertThat(emoji.type()).isEqualTo(TokenType.SYMBOL);
        assertThat(tokens(text).get(3).surface()).isEqualTo("thank");
    }

    @Test
    void curlyAndStraightQuotesAndApostrophesCompareEqual() {
        assertThat(norms("“We won’t back down,” she said."))
                .isEqualTo(norms("\"We won't back down,\" she said."));
    }

    @Test
    void dashesOfEveryWidthCompareEqual() {
        assertThat(norms("a face—to–face meeting")).isEqualTo(norms("a face-to-face meeting"));
    }

    @Test
    void anEllipsisCharacterComparesEqualToThreeDots() {
        assertThat(norms("pie in the sky… He may laugh")).isEqualTo(norms("pie in the sky... He may laugh"));
    }

    @Test
    void aNoBreakSpaceComparesEqualToAPlainSpace() {
        assertThat(norms("Mr\u00A0Peskov said")).isEqualTo(norms("Mr Peskov said"));
    }

    @Test
    void anEscapedUnderscoreComparesEqualToAPlainOne() {
        assertThat(norms("@president\\_vladimir\\_putin")).isEqualTo(norms("@president_vladimir_putin"));
    }

    @Test
    void caseIsKeptByDefault() {
        assertThat(norms("The Government must act")).isNotEqualTo(norms("The government must act"));
        assertThat(norms("The Government must act")).contains("Government");
    }

    @Test
    void caseIsFoldedOnlyWhenIgnoringCase() {
        Tokenizer ignoring = Tokenizer.icuIgnoringCase();

        assertThat(norms(ignoring, "The Government must act")).isEqualTo(norms(ignoring, "the government MUST act"));
        assertThat(ignoring.tokenize("The Government", List.of()).get(1).surface()).isEqualTo("Government");
    }

    @Test
    void wordsNumbersAndPunctuationAreTypedApart() {
        assertThat(tokens("Putin's aides don't count 2,000 or 3.5 votes, 100%."))
                .extracting(Token::surface, Token::type)
                .containsExactly(
                        tuple("Putin's", TokenType.WORD), tuple("aides", TokenType.WORD),
                        tuple("don't", TokenType.WORD), tuple("count", TokenType.WORD),
                        tuple("2,000", TokenType.NUMBER), tuple("or", TokenType.WORD),
                        tuple("3.5", TokenType.NUMBER), tuple("votes", TokenType.WORD),
                        tuple(",", TokenType.PUNCT), tuple("100", TokenType.NUMBER),
                        tuple("%", TokenType.SYMBOL), tuple(".", TokenType.PUNCT));
    }

    @Test
    void quotationMarksAreTokensOfTheirOwn() {
        assertThat(tokens("“No,” he said.")).extracting(Token::surface)
                .containsExactly("“", "No", ",", "”", "he", "said", ".");
    }
}
