package org.verbatim.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verbatim.core.anchor.Located.Method;
import org.verbatim.core.model.Span;

class AnchoringTest {

    private static final String FLOOD_REPORT = """
            Floodwaters began to recede in Merriton on Thursday, two days after the River Alde burst its banks and \
            forced more than 1,200 residents from their homes.

            The county's emergency coordinator, Dana Whitlock, said crews had pumped water out of the town's two care \
            homes overnight and that no one had been seriously hurt. “We were lucky, and we know it,” she told \
            reporters outside the council offices. “Another foot of water and we would have been evacuating by \
            boat.”

            Engineers will inspect the Kings Weir bridge on Friday before deciding whether it can reopen to traffic. \
            Drivers are being diverted through Hollins Cross, adding about 40 minutes to the journey.

            Residents who were moved to the leisure centre are expected to return home over the weekend, though the \
            council warned that some ground-floor properties could be uninhabitable for months.

            Rail replacement buses will run between Merriton and Stowe until the line is cleared. The operator said \
            buses are being diverted through Hollins Green, adding about 25 minutes to the journey.

            The Environment Agency said it would review the flood defences built along the Alde in 2016, which were \
            designed to withstand a one-in-a-hundred-year event.
            """;

    private static final String UPDATE_ADDED_AT_THE_TOP = """
            UPDATE, 6.40pm: Merriton council has confirmed that the leisure centre will stay open as a rest centre \
            until Monday, and that sandbags can be collected from the fire station on Mill Lane.

            """ + FLOOD_REPORT;

    private final Anchoring anchoring = Anchoring.standard();

    // --- the text has not changed -----------------------------------------------------------------------------

    @Test
    void unchangedTextIsFoundAtItsStoredPosition() {
        Span span = onlyOccurrence(FLOOD_REPORT, "no one had been seriously hurt");

        Located located = locate(FLOOD_REPORT, Anchor.describe(FLOOD_REPORT, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.POSITION_EXACT);
        assertThat(located.span()).isEqualTo(span);
        assertThat(located.score()).isEqualTo(1.0);
    }

    // --- text moved around the annotation ---------------------------------------------------------------------

    @Test
    void aParagraphAddedAtTheTopMovesTheAnnotationDownByItsLength() {
        Span span = onlyOccurrence(FLOOD_REPORT, "no one had been seriously hurt");
        int added = UPDATE_ADDED_AT_THE_TOP.length() - FLOOD_REPORT.length();

        Located located = locate(UPDATE_ADDED_AT_THE_TOP, Anchor.describe(FLOOD_REPORT, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT_WITH_CONTEXT);
        assertThat(located.span()).isEqualTo(new Span(span.start() + added, span.end() + added));
        assertThat(located.span().of(UPDATE_ADDED_AT_THE_TOP)).isEqualTo("no one had been seriously hurt");
    }

    /** The sentence around the annotated clause rewritten: the clause survives word for word, its context does not. */
    private static final String SENTENCE_AROUND_THE_CLAUSE_REWRITTEN = FLOOD_REPORT.replace(
            "said crews had pumped water out of the town's two care homes overnight and that no one had been "
                    + "seriously hurt. “We were lucky, and we know it,” she told reporters outside the council "
                    + "offices.",
            "stressed on Thursday that no one had been seriously hurt, adding that the next storm might not be "
                    + "so kind.");

    @Test
    void aLongQuoteWhoseSurroundingsWereRewrittenIsFoundByItsExactText() {
        Span span = onlyOccurrence(FLOOD_REPORT, "no one had been seriously hurt");

        Located located = locate(SENTENCE_AROUND_THE_CLAUSE_REWRITTEN, Anchor.describe(FLOOD_REPORT, span))
                .orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT);
        assertThat(located.span()).isEqualTo(onlyOccurrence(SENTENCE_AROUND_THE_CLAUSE_REWRITTEN,
                "no one had been seriously hurt"));
    }

    // --- the annotated words occur more than once ---------------------------------------------------------------

    private static final String CLOSURES = """
            Merriton council said the Kings Weir bridge would be closed until further notice while engineers \
            checked its foundations for damage.

            Shops on the high street were allowed to reopen on Thursday afternoon, and the market will be held as \
            usual on Saturday.

            In a letter to parents, the head teacher said Merriton Primary School would be closed until further \
            notice because its hall and two classrooms had flooded.
            """;

    /** The school paragraph moved to the top by an editor: the bridge's copy of the words is now nearer. */
    private static final String CLOSURES_WITH_SCHOOL_PARAGRAPH_FIRST = """
            In a letter to parents, the head teacher said Merriton Primary School would be closed until further \
            notice because its hall and two classrooms had flooded.

            Merriton council said the Kings Weir bridge would be closed until further notice while engineers \
            checked its foundations for damage.

            Shops on the high street were allowed to reopen on Thursday afternoon, and the market will be held as \
            usual on Saturday.
            """;

    @Test
    void theOccurrenceWithTheStoredContextWinsOverOneNearerTheOldPosition() {
        String words = "would be closed until further notice";
        Span school = occurrence(CLOSURES, words, 2);
        Span schoolNow = occurrence(CLOSURES_WITH_SCHOOL_PARAGRAPH_FIRST, words, 1);
        Span bridgeNow = occurrence(CLOSURES_WITH_SCHOOL_PARAGRAPH_FIRST, words, 2);
        assertThat(Math.abs(bridgeNow.start() - school.start()))
                .as("the bridge's copy is nearer the old position")
                .isLessThan(Math.abs(schoolNow.start() - school.start()));

        Located located = locate(CLOSURES_WITH_SCHOOL_PARAGRAPH_FIRST, Anchor.describe(CLOSURES, school)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT_WITH_CONTEXT);
        assertThat(located.span()).isEqualTo(schoolNow);
    }

    @Test
    void aShortWordIsPlacedByItsContextNotByTheNearestOccurrence() {
        Span to = after(FLOOD_REPORT, "are expected ", "to");
        Span toNow = after(UPDATE_ADDED_AT_THE_TOP, "are expected ", "to");
        Span nearest = nearestOccurrence(UPDATE_ADDED_AT_THE_TOP, "to", to.start());
        assertThat(nearest).as("another \"to\" is nearer the old position").isNotEqualTo(toNow);

        Located located = locate(UPDATE_ADDED_AT_THE_TOP, Anchor.describe(FLOOD_REPORT, to)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT_WITH_CONTEXT);
        assertThat(located.span()).isEqualTo(toNow);
    }

    /** The sentence with the annotated "to" rewritten around it: the word survives, its context does not. */
    private static final String RETURN_SENTENCE_REWRITTEN = FLOOD_REPORT.replace(
            "Residents who were moved to the leisure centre are expected to return home over the weekend, though the "
                    + "council warned that",
            "The council has not said when evacuated families can go home, and warned that");

    @Test
    void aShortWordWhoseContextIsGoneIsOrphanedRatherThanPutOnAnotherOccurrence() {
        Span to = after(FLOOD_REPORT, "are expected ", "to");
        assertThat(RETURN_SENTENCE_REWRITTEN).contains(" to ");

        assertThat(locate(RETURN_SENTENCE_REWRITTEN, Anchor.describe(FLOOD_REPORT, to))).isEmpty();
    }

    // --- the annotated words were lightly edited ------------------------------------------------------------------

    @Test
    void aChangedWordIsFoundFuzzilyAndTheSpanCoversTheNewWord() {
        String edited = FLOOD_REPORT.replace("the town's two care homes", "the town's three care homes");
        Span span = onlyOccurrence(FLOOD_REPORT, "crews had pumped water out of the town's two care homes overnight");

        Located located = locate(edited, Anchor.describe(FLOOD_REPORT, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(edited))
                .isEqualTo("crews had pumped water out of the town's three care homes overnight");
    }

    @Test
    void anAddedCommaIsFoundFuzzily() {
        String edited = FLOOD_REPORT.replace("on Friday before deciding", "on Friday, before deciding");
        Span span = onlyOccurrence(FLOOD_REPORT,
                "Engineers will inspect the Kings Weir bridge on Friday before deciding");

        Located located = locate(edited, Anchor.describe(FLOOD_REPORT, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(edited))
                .isEqualTo("Engineers will inspect the Kings Weir bridge on Friday, before deciding");
    }

    @Test
    void curlyQuotesStraightenedOnReImportAreFoundFuzzily() {
        String straightened = FLOOD_REPORT.replace('“', '"').replace('”', '"');
        Span span = onlyOccurrence(FLOOD_REPORT, "“We were lucky, and we know it,” she told reporters");

        Located located = locate(straightened, Anchor.describe(FLOOD_REPORT, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(straightened)).isEqualTo("\"We were lucky, and we know it,\" she told reporters");
    }

    /** The annotated clause edited, and the clause after it rewritten: only the text before it is as it was. */
    private static final String CARE_HOMES_CLAUSE_AND_ITS_SEQUEL_EDITED = FLOOD_REPORT.replace(
            "the town's two care homes overnight and that no one had been seriously hurt.",
            "both of the town's care homes overnight. Nobody was badly injured, she said.");

    @Test
    void anEditedClauseIsStillFoundWhenOnlyTheTextBeforeItIsUnchanged() {
        Span span = onlyOccurrence(FLOOD_REPORT, "crews had pumped water out of the town's two care homes overnight");

        Located located = locate(CARE_HOMES_CLAUSE_AND_ITS_SEQUEL_EDITED, Anchor.describe(FLOOD_REPORT, span))
                .orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(CARE_HOMES_CLAUSE_AND_ITS_SEQUEL_EDITED))
                .isEqualTo("crews had pumped water out of both of the town's care homes overnight");
    }

    // --- re-import without the page's clutter ---------------------------------------------------------------------

    /** The report as first saved from the web page, with the site's furniture above and the appeal below. */
    private static final String FLOOD_REPORT_WITH_PAGE_CLUTTER = """
            Support The Merriton Mercury!
            Home | News | Sport | Weather
            Read more

            """ + FLOOD_REPORT + """

            Share this article
            Dear readers, independent local journalism costs money. If you value our reporting, please consider \
            supporting us from just £1 a month.
            """;

    @Test
    void theFirstSentenceIsFoundAfterTheClutterAboveItIsRemoved() {
        String first = "Floodwaters began to recede in Merriton on Thursday";
        Span span = onlyOccurrence(FLOOD_REPORT_WITH_PAGE_CLUTTER, first);

        Located located = locate(FLOOD_REPORT, Anchor.describe(FLOOD_REPORT_WITH_PAGE_CLUTTER, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT_WITH_CONTEXT);
        assertThat(located.span()).isEqualTo(new Span(0, first.length()));
    }

    @Test
    void theLastSentenceIsFoundAfterTheClutterAboveAndBelowItIsRemoved() {
        String last = "designed to withstand a one-in-a-hundred-year event.";
        Span span = onlyOccurrence(FLOOD_REPORT_WITH_PAGE_CLUTTER, last);

        Located located = locate(FLOOD_REPORT, Anchor.describe(FLOOD_REPORT_WITH_PAGE_CLUTTER, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.EXACT_WITH_CONTEXT);
        assertThat(located.span()).isEqualTo(onlyOccurrence(FLOOD_REPORT, last));
    }

    // --- the annotated words are gone --------------------------------------------------------------------------

    private static final String DIVERSION_SENTENCE =
            "Drivers are being diverted through Hollins Cross, adding about 40 minutes to the journey.";

    private static final String DIVERSION_SENTENCE_DELETED = FLOOD_REPORT.replace(" " + DIVERSION_SENTENCE, "");

    @Test
    void aDeletedSentenceLeavesTheAnnotationOrphaned() {
        Span span = onlyOccurrence(FLOOD_REPORT, DIVERSION_SENTENCE);

        assertThat(locate(DIVERSION_SENTENCE_DELETED, Anchor.describe(FLOOD_REPORT, span))).isEmpty();
    }

    @Test
    void aDeletedSentenceIsNotPutOnASimilarSentenceElsewhere() {
        Span span = onlyOccurrence(FLOOD_REPORT, DIVERSION_SENTENCE);
        int budget = (int) (DIVERSION_SENTENCE.length() * QuoteAnchoring.MAX_ERROR_RATE);
        assertThat(ApproximateSearch.search(DIVERSION_SENTENCE_DELETED, DIVERSION_SENTENCE, budget))
                .as("the buses' sentence is within the edit budget, so only the score keeps the annotation off it")
                .isNotEmpty();

        assertThat(locate(DIVERSION_SENTENCE_DELETED, Anchor.describe(FLOOD_REPORT, span))).isEmpty();
    }

    // --- surrogate pairs ------------------------------------------------------------------------------------------

    private static final String LIVE_POST = "Stay safe, Merriton \uD83D\uDC99 Whitlock thanked volunteers who "
            + "filled 9,000 sandbags \uD83D\uDCAA in two days.";

    @Test
    void emojiAddedBeforeTheSpanShiftItByTheirCharsNotTheirCodePoints() {
        String withFlags = "\uD83C\uDF0A\uD83C\uDF0A LIVE \uD83D\uDD34 " + LIVE_POST; // 🌊🌊 LIVE 🔴
        Span span = onlyOccurrence(LIVE_POST, "Whitlock thanked volunteers");
        int added = withFlags.length() - LIVE_POST.length();

        Located located = locate(withFlags, Anchor.describe(LIVE_POST, span)).orElseThrow();

        assertThat(located.span()).isEqualTo(new Span(span.start() + added, span.end() + added));
        assertThat(located.span().of(withFlags)).isEqualTo("Whitlock thanked volunteers");
    }

    @Test
    void aChangedEmojiAtTheEndOfTheSpanIsTakenWhole() {
        String heartChanged = LIVE_POST.replace("\uD83D\uDC99", "\uD83C\uDF0A"); // 💙 -> 🌊
        Span span = onlyOccurrence(LIVE_POST, "Stay safe, Merriton \uD83D\uDC99");

        Located located = locate(heartChanged, Anchor.describe(LIVE_POST, span)).orElseThrow();

        assertThat(located.method()).isEqualTo(Method.FUZZY);
        assertThat(located.span().of(heartChanged)).isEqualTo("Stay safe, Merriton \uD83C\uDF0A");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private Optional<Located> locate(String text, Anchor anchor) {
        Optional<Located> located = anchoring.locate(text, anchor);
        located.ifPresent(found -> assertThat(found.score()).isBetween(0.0, 1.0));
        return located;
    }

    private static Span onlyOccurrence(String text, String words) {
        int start = text.indexOf(words);
        assertThat(start).as("\"%s\" occurs", words).isNotNegative();
        assertThat(text.indexOf(words, start + 1)).as("\"%s\" occurs once", words).isNegative();
        return new Span(start, start + words.length());
    }

    /** The {@code nth} occurrence (from 1) of the words. */
    private static Span occurrence(String text, String words, int nth) {
        int start = -1;
        for (int i = 0; i < nth; i++) {
            start = text.indexOf(words, start + 1);
            assertThat(start).as("occurrence %d of \"%s\"", i + 1, words).isNotNegative();
        }
        return new Span(start, start + words.length());
    }

    /** The words where they directly follow {@code before}. */
    private static Span after(String text, String before, String words) {
        Span both = onlyOccurrence(text, before + words);
        return new Span(both.start() + before.length(), both.end());
    }

    private static Span nearestOccurrence(String text, String words, int offset) {
        Span nearest = null;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (nearest == null || Math.abs(at - offset) < Math.abs(nearest.start() - offset)) {
                nearest = new Span(at, at + words.length());
            }
        }
        return nearest;
    }
}
