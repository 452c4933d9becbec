package org.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;
import org.verbatim.testkit.CorpusGenerator;

class CorpusEngineTest {

    private static final CorpusGenerator CORPUS = new CorpusGenerator(5, 48, 300, 8, 14);
    private final Pipeline pipeline = Pipeline.standard();

    private static final class Collect implements CorpusEngine.Listener {
        final List<StoryResult> stories = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();

        @Override
        public void story(StoryResult r) {
            stories.add(r);
        }

        @Override
        public void skipped(Skipped s) {
            skipped.add(s);
        }
    }

    private Collect run(int threads) throws IOException {
        Collect c = new Collect();
        CorpusEngine.standard(pipeline, threads).run(CORPUS.source(), c);
        return c;
    }

    @Test
    void everyStoryIsComparedExactlyAsComparingItsReportsAlone() throws IOException {
        Collect c = run(2);

        assertThat(c.stories).isNotEmpty();
        List<Article> articles = CORPUS.articles();
        for (StoryResult r : c.stories) {
            List<Report> reports = new ArrayList<>();
            for (int index : r.story().articles()) {
                reports.add(articles.get(index).toReport("r" + (reports.size() + 1)));
            }
            Comparison alone = pipeline.compare(reports, ComparisonSettings.DEFAULTS);
            assertThat(r.comparison()).as(r.story().id()).isEqualTo(alone);
        }
    }

    @Test
    void storiesArriveInOrderAndTheSameWithOneThreadOrTwo() throws IOException {
        Collect one = run(1);
        Collect two = run(2);

        assertThat(two.stories).extracting(r -> r.story().id())
                .containsExactlyElementsOf(one.stories.stream().map(r -> r.story().id()).toList());
        assertThat(two.stories).extracting(StoryResult::story).containsExactlyElementsOf(
                one.stories.stream().map(StoryResult::story).toList());
        assertThat(one.stories).extracting(r -> r.story().id()).startsWith("s1", "s2");
    }

    @Test
    void everyArticleIsInExactlyOneStory() throws IOException {
        Collect c = run(2);

        List<Integer> all = c.stories.stream().flatMap(r -> r.story().articles().stream()).sorted().toList();
        assertThat(all).isEqualTo(java.util.stream.IntStream.range(0, CORPUS.items().size()).boxed().toList());
        assertThat(c.stories.stream().flatMap(r -> r.articleIds().stream()).collect(Collectors.toSet()))
                .hasSize(CORPUS.items().size());
    }

    @Test
    void cancelledAfterTheFirstStoryHandsOnWhatIsComparedAndStops() throws IOException {
        CorpusEngine engine = CorpusEngine.standard(pipeline, 1);
        List<StoryResult> got = new ArrayList<>();
        CorpusEngine.Run run = engine.run(CORPUS.source(), r -> {
            got.add(r);
            engine.cancel();
        });

        assertThat(run.cancelled()).isTrue();
        assertThat(run.compared()).isEqualTo(got.size()).isLessThan(run.stories());
        assertThat(engine.progress().phase()).isEqualTo(Progress.Phase.STOPPED);
    }

    @Test
    void anEmptySourceGivesNoStory() throws IOException {
        CorpusEngine.Run run = CorpusEngine.standard(pipeline, 2).run(sink -> { }, r -> { });

        assertThat(run.articles()).isZero();
        assertThat(run.stories()).isZero();
    }
}
