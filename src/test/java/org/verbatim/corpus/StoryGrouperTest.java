package org.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.testkit.CorpusGenerator;
import org.verbatim.testkit.PairwiseScore;

class StoryGrouperTest {

    private static final String WIRE = """
            The port authority approved the disputed ferry terminal in Porto after eleven months of talks.

            \u201CWe are ready to support the terminal in Porto because the situation is serious,\u201D Anna Nowak, \
            the mayor, said.

            The terminal near Porto was approved in 2011 and has cost about 240 million euros since.

            According to the port authority, 410 harbour workers in Porto were affected by the sweeping strike.

            \u201CNobody here wants to close the harbour before the end of the year,\u201D said Felix Brandt, the \
            union leader.

            Local officials in Porto said the ferry would be suspended until the terminal is cleared.
            """;

    private static final String UNRELATED = """
            The housing board rejected the delayed tram depot in Graz after a second audit of its accounts.

            \u201CIt is time to explain the depot in Graz to the families,\u201D Anna Nowak, the mayor, said.

            The ministry did not respond to a request for comment.

            According to the housing board, 90 tram workers in Graz were affected by the partial closure.

            Local officials in Graz said the depot would be halted until the audit is published.
            """;

    private final Sketcher sketcher = new Sketcher(GroupingSettings.DEFAULTS.components());

    private List<Story> group(GroupingSettings settings, Article... articles) {
        List<ArticleSketch> sketches = new ArrayList<>();
        for (Article a : articles) {
            sketches.add(sketcher.sketch(a));
        }
        return new StoryGrouper(new CandidateKeys(sketcher, settings), settings).group(sketches, () -> false);
    }

    private static Article article(int index, String outlet, String date, String text) {
        return Article.of(index, "a" + index, "a" + index, null, date, outlet, null, text);
    }

    @Test
    void wireCopyRepublishedOnSeveralSitesIsOneStory() {
        List<Story> stories = group(GroupingSettings.DEFAULTS,
                article(0, "Daily Courier", "2024-03-04", WIRE),
                article(1, "Harbour Times", "2024-03-05", "Advertisement\n\n" + WIRE.replace("eleven", "twelve")),
                article(2, "Metro News", "2024-03-04", WIRE.replace("Local officials in Porto said the ferry would be "
                        + "suspended until the terminal is cleared.", "")),
                article(3, "Valley Tribune", "2024-03-04", UNRELATED));

        assertThat(stories).extracting(Story::articles).containsExactly(List.of(0, 2, 1), List.of(3));
    }

    @Test
    void theSameTextMonthsApartIsTwoStories() {
        List<Story> stories = group(GroupingSettings.DEFAULTS,
                article(0, "Daily Courier", "2024-03-04", WIRE),
                article(1, "Harbour Times", "2024-06-04", WIRE));

        assertThat(stories).hasSize(2);
    }

    @Test
    void undatedArticlesAreGroupedByTheirWordsAlone() {
        List<Story> stories = group(GroupingSettings.DEFAULTS,
                article(0, "Daily Courier", null, WIRE),
                article(1, "Harbour Times", "2024-06-04", WIRE));

        assertThat(stories).singleElement().extracting(Story::articles).isEqualTo(List.of(1, 0));
    }

    @Test
    void storiesAreNumberedFromTheEarliestArticle() {
        List<Story> stories = group(GroupingSettings.DEFAULTS,
                article(0, "Daily Courier", "2024-03-09", UNRELATED),
                article(1, "Harbour Times", "2024-03-04", WIRE));

        assertThat(stories).extracting(Story::id, Story::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", List.of(1)),
                        org.assertj.core.groups.Tuple.tuple("s2", List.of(0)));
    }

    @Test
    void aGeneratedCorpusIsGroupedAsItsTruthWithPairwisePrecisionAndRecallOfAtLeast97Percent() {
        CorpusGenerator corpus = new CorpusGenerator(11, 700, 600, 20, 60);
        List<Article> articles = corpus.articles();
        List<Story> stories = group(GroupingSettings.DEFAULTS, articles.toArray(Article[]::new));

        Integer[] found = new Integer[articles.size()];
        for (int s = 0; s < stories.size(); s++) {
            for (int a : stories.get(s).articles()) {
                assertThat(found[a]).as("article %d in two stories", a).isNull();
                found[a] = s;
            }
        }
        PairwiseScore score = PairwiseScore.of(corpus.items().stream().map(CorpusGenerator.Item::story).toList(),
                List.of(found));
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.97);
    }
}
