package org.verbatim.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verbatim.core.anchor.Located.Method;
import org.verbatim.core.model.Span;

/** A long live blog with a long annotation: the fuzzy stage searches the whole text. Only a hang is timed. */
class LongReportAnchoringTest {

    /** About 300 chars, annotated whole. */
    private static final String PASSAGE = "Speaking at the rest centre, Dana Whitlock said "
            + "the county had asked the army for two more high-volume pumps and would keep the Kings Weir bridge "
            + "closed until divers had checked every pier. \"I would rather keep people waiting a week than reopen "
            + "it a day too early,\" she said, to applause from volunteers.";

    private static final String PASSAGE_LIGHTLY_EDITED = PASSAGE
            .replace("two more high-volume pumps", "three more high-volume pumps")
            .replace("every pier.", "every single pier.")
            .replace("to applause from volunteers", "to applause from the volunteers");

    private static final String BEFORE = liveBlog(new Random(1), 50_000);
    private static final String AFTER = liveBlog(new Random(2), 50_000);

    private static final String LIVE_BLOG = BEFORE + PASSAGE + AFTER;
    private static final String LIVE_BLOG_WITH_PASSAGE_EDITED = BEFORE + PASSAGE_LIGHTLY_EDITED + AFTER;
    private static final String LIVE_BLOG_WITH_PASSAGE_DELETED = BEFORE + AFTER;

    private static final Anchor PASSAGE_ANCHOR =
            Anchor.describe(LIVE_BLOG, new Span(BEFORE.length(), BEFORE.length() + PASSAGE.length()));

    private final Anchoring anchoring = Anchoring.standard();

    @Test
    void theFixtureIsAHundredThousandCharsWithAThreeHundredCharAnnotation() {
        assertThat(LIVE_BLOG.length()).isGreaterThanOrEqualTo(100_000);
        assertThat(PASSAGE.length()).isBetween(290, 310);
    }

    @Test
    void aLightlyEditedPassageIsFoundInAHundredThousandChars() {
        Located located = anchoring.locate(LIVE_BLOG_WITH_PASSAGE_EDITED, PASSAGE_ANCHOR).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(LIVE_BLOG_WITH_PASSAGE_EDITED)).isEqualTo(PASSAGE_LIGHTLY_EDITED);
    }

    @Test
    void aDeletedPassageIsOrphanedAfterSearchingAHundredThousandChars() {
        assertThat(anchoring.locate(LIVE_BLOG_WITH_PASSAGE_DELETED, PASSAGE_ANCHOR)).isEmpty();
    }

    /**
     * Re-anchoring runs on every comparison; ten rounds over a hundred thousand chars must end. The limit is
     * generous (a round takes milliseconds here): it turns a hang or a blow-up into this test failing, not a CI
     * run timing out. Speed itself is measured in the benchmarks.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void repeatedFuzzySearchesOfAHundredThousandCharsFindThePassageEveryTime() {
        for (int i = 0; i < 10; i++) {
            Located edited = anchoring.locate(LIVE_BLOG_WITH_PASSAGE_EDITED, PASSAGE_ANCHOR).orElseThrow();
            assertThat(edited.span().of(LIVE_BLOG_WITH_PASSAGE_EDITED)).isEqualTo(PASSAGE_LIGHTLY_EDITED);
            assertThat(anchoring.locate(LIVE_BLOG_WITH_PASSAGE_DELETED, PASSAGE_ANCHOR)).isEmpty();
        }
    }

    /** Sentences of flood coverage, chosen at random, until the text is at least {@code length} chars. */
    private static String liveBlog(Random random, int length) {
        String[] who = {"The council", "A spokesman for the Environment Agency", "Dana Whitlock",
            "The fire service", "Residents on Mill Lane", "The operator", "A local councillor", "Police"};
        String[] did = {"said", "warned", "confirmed", "told the Mercury", "posted on social media",
            "said in a statement"};
        String[] what = {"that water levels on the Alde had peaked overnight",
            "that the leisure centre would stay open as a rest centre",
            "that sandbags could be collected from the fire station",
            "that rail replacement buses would run until the line was cleared",
            "that some ground-floor homes could be uninhabitable for months",
            "that the flood defences built in 2016 would be reviewed",
            "that drivers should avoid Hollins Cross during the evening rush",
            "that volunteers had filled 9,000 sandbags in two days"};
        String[] when = {"on Thursday", "this morning", "at 6.40pm", "shortly after midnight", "on Friday", ""};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pick(random, who)).append(' ').append(pick(random, did)).append(' ')
                    .append(pick(random, what));
            String time = pick(random, when);
            text.append(time.isEmpty() ? "" : " " + time).append(random.nextInt(4) == 0 ? ".\n\n" : ". ");
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
