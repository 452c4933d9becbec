package org.verbatim.core.clutter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.core.text.Paragraphs;

class ClutterDetectorTest {

    private static final String HEADLINE = "Council approves 400 homes on former airfield";
    private static final String VOTE =
            "Councillors voted by nine to four on Wednesday to approve 400 homes on the former airfield at Longmoor.";
    private static final String SCHOOL =
            "The developer has promised a new primary school and a bus link to the town centre.";
    private static final String ROADS =
            "Opponents said the roads around the village could not cope with the extra traffic.";
    private static final String CHALLENGE = "Campaigners said they would consider a legal challenge.";
    private static final String DECISION = "A final decision on the school will be taken next spring.";

    /** A story of six paragraphs with {@code line} standing alone in the middle of it. */
    private static String storyWith(String line) {
        return String.join("\n\n", HEADLINE, VOTE, SCHOOL, line, ROADS, CHALLENGE, DECISION);
    }

    /** "reason | text" for every excluded span. */
    private static String excluded(String text) {
        StringBuilder out = new StringBuilder();
        for (Excluded e : ClutterDetector.rules().detect(text, Paragraphs.of(text))) {
            out.append(e.reason()).append(" | ").append(e.span().of(text).replace("\n", "⏎")).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Read more",
            "Report a problem",
            "Original url:",
            "https://www.example.com/news/2024/03/longmoor-airfield-vote",
            "<https://example.org/longmoor>",
            "Sign up for our newsletter",
            "Sign up for our free weekly newsletter",
            "Share on Facebook",
            "Share this article",
            "Copy link",
            "WhatsApp",
            "Advertisement"})
    void aFurnitureLineInTheMiddleOfAStoryIsExcludedAlone(String line) {
        assertThat(excluded(storyWith(line))).isEqualTo("page furniture | " + line + "\n");
    }

    @Test
    void readMoreIsFurniture() {
        assertThat(ClutterDetector.isFurniture("Read more")).isTrue();
    }

    @Test
    void reportAProblemIsFurniture() {
        assertThat(ClutterDetector.isFurniture("Report a problem")).isTrue();
    }

    @Test
    void originalUrlLabelIsFurniture() {
        assertThat(ClutterDetector.isFurniture("Original url:")).isTrue();
    }

    @Test
    void aBareUrlIsFurniture() {
        assertThat(ClutterDetector.isFurniture("https://www.themoscowtimes.com/2015/09/15/a49577")).isTrue();
        assertThat(ClutterDetector.isFurniture("<https://www.themoscowtimes.com/2015/09/15/a49577>")).isTrue();
    }

    @Test
    void aNewsletterSignUpIsFurniture() {
        assertThat(ClutterDetector.isFurniture("Sign up for our free weekly newsletter")).isTrue();
    }

    @Test
    void shareButtonsAreFurniture() {
        assertThat(List.of("Share", "Share on Facebook", "Share on X", "Twitter", "Email", "Print", "Copy link"))
                .allMatch(ClutterDetector::isFurniture);
    }

    @Test
    void aSiteBannerAskingForSupportIsFurniture() {
        assertThat(ClutterDetector.isFurniture("Support The Moscow Times!")).isTrue();
    }

    @Test
    void aSentenceOfTheStoryIsNotFurniture() {
        assertThat(ClutterDetector.isFurniture("The mayor will sign the agreement on Friday.")).isFalse();
        assertThat(ClutterDetector.isFurniture(VOTE)).isFalse();
    }

    @Test
    void aStoryParagraphThatMentionsANewsletterIsKept() {
        String text = String.join("\n\n", HEADLINE, VOTE, SCHOOL,
                "The council's own newsletter, sent to every household in March, made no mention of the plan.",
                ROADS, CHALLENGE);

        assertThat(excluded(text)).isEmpty();
    }

    @Test
    void aStoryThatEndsByMentioningSubscribersIsKept() {
        String text = String.join("\n\n", HEADLINE, VOTE, "Read more", SCHOOL, ROADS,
                "Residents who subscribe to the parish newsletter were told of the vote a week ago.");

        assertThat(excluded(text)).isEqualTo("page furniture | Read more\n");
    }

    @Test
    void aClosingAppealBlockIsExcludedWholeToTheEnd() {
        String text = String.join("\n\n", HEADLINE, VOTE, SCHOOL, ROADS,
                "Sign up for our newsletter",
                "Get the week's top stories from the valley delivered to your inbox every Friday morning.",
                "Dear readers,",
                "Local journalism costs money. If you value our reporting, please consider supporting us with a"
                        + " monthly contribution.",
                "Monthly", "Annual", "Continue");

        assertThat(excluded(text)).isEqualTo("closing appeal and page furniture | "
                + text.substring(text.indexOf("Sign up")).replace("\n", "⏎") + "\n");
    }

    @Test
    void theStoryBeforeAClosingAppealBlockIsKept() {
        String text = String.join("\n\n", HEADLINE, VOTE, SCHOOL, ROADS,
                "Sign up for our newsletter",
                "Get the week's top stories from the valley delivered to your inbox every Friday morning.",
                "Dear readers,", "Monthly", "Annual");

        List<Excluded> excluded = ClutterDetector.rules().detect(text, Paragraphs.of(text));

        assertThat(excluded).hasSize(1);
        assertThat(excluded.get(0).span().start()).isEqualTo(text.indexOf("Sign up"));
    }

    @Test
    void noRulesMarkNothing() {
        String text = storyWith("Read more");

        assertThat(ClutterDetector.none().detect(text, Paragraphs.of(text))).isEmpty();
    }
}
