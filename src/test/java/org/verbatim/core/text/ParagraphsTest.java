package org.verbatim.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Span;

class ParagraphsTest {

    private static List<String> paragraphs(String text) {
        return Paragraphs.of(text).stream().map(p -> p.of(text)).toList();
    }

    @Test
    void blankLinesSeparateParagraphs() {
        String text = "The council met on Monday.\n\nIt voted to close the library.\n\n\n\nCampaigners vowed to fight on.";

        assertThat(paragraphs(text)).containsExactly(
                "The council met on Monday.", "It voted to close the library.", "Campaigners vowed to fight on.");
    }

    @Test
    void aLineOfOnlySpacesCountsAsBlank() {
        String text = "The council met on Monday.\n   \t\nIt voted to close the library.";

        assertThat(paragraphs(text)).containsExactly("The council met on Monday.", "It voted to close the library.");
    }

    @Test
    void singleNewlinesOfUnwrappedTextEndParagraphs() {
        String text = """
                Library to close after council vote
                March 3, 2024
                The council voted on Monday night to close the Stanmore Road library at the end of the month.
                Campaigners said they would fight the decision in court.
                """;

        assertThat(paragraphs(text)).containsExactly(
                "Library to close after council vote",
                "March 3, 2024",
                "The council voted on Monday night to close the Stanmore Road library at the end of the month.",
                "Campaigners said they would fight the decision in court.");
    }

    @Test
    void hardWrappedLinesStayOneParagraph() {
        String text = """
                The council met on Monday evening and after a long and bitter debate
                voted by seven to four to close the library on Stanmore Road at the
                end of the month. Campaigners said they would fight on.

                The library opened in 1931.
                """;

        assertThat(paragraphs(text)).containsExactly("""
                The council met on Monday evening and after a long and bitter debate
                voted by seven to four to close the library on Stanmore Road at the
                end of the month. Campaigners said they would fight on.""", "The library opened in 1931.");
    }

    @Test
    void crlfLineEndingsSplitLikeLineFeeds() {
        String text = "Library to close\r\n\r\nThe council voted on Monday.\r\nCampaigners will fight on.\r\n";

        assertThat(paragraphs(text)).containsExactly(
                "Library to close", "The council voted on Monday.", "Campaigners will fight on.");
    }

    @Test
    void paragraphsAreTrimmedOfSurroundingSpaces() {
        String text = "   The council met on Monday.  \n\n\u00A0\n\n\tIt voted to close the library.";

        assertThat(Paragraphs.of(text)).containsExactly(new Span(3, 29), new Span(37, 67));
    }

    @Test
    void emptyTextHasNoParagraphs() {
        assertThat(Paragraphs.of("")).isEmpty();
        assertThat(Paragraphs.of("\n\n  \n")).isEmpty();
    }
}
