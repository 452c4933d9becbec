package org.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.model.Report;

class QuoteLinkerTest {

    private final Pipeline pipeline = Pipeline.standard();

    private StoryResult story(int n, String... texts) {
        List<Report> reports = new ArrayList<>();
        for (String t : texts) {
            reports.add(Report.of("r" + (reports.size() + 1), "s" + n + "-" + reports.size(), t));
        }
        return new StoryResult(new Story("s" + n, List.of()), "story " + n, List.of(),
                pipeline.compare(reports, ComparisonSettings.DEFAULTS));
    }

    @Test
    void aQuoteThatTravelsIntoALaterStoryLinksTheGroupsOfBoth() {
        StoryResult first = story(1,
                "\u201CWe will never close the harbour in Porto while I am mayor,\u201D Anna Nowak said on Monday.",
                "\u201CWe will never close the harbour in Porto while I am mayor,\u201D the mayor Anna Nowak said.");
        StoryResult later = story(2,
                "The harbour closed on Friday. Last month Anna Nowak had said: \u201CWe will never close the harbour "
                        + "in Porto while I am mayor.\u201D");
        List<QuoteLinker.Print> prints = new ArrayList<>(QuoteLinker.prints(0, first));
        prints.addAll(QuoteLinker.prints(1, later));

        List<Link> links = QuoteLinker.link(prints);

        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.groups()).extracting(Link.Group::story).containsExactly("s1", "s2");
            assertThat(l.groups().get(0).reports()).isEqualTo(2);
            assertThat(l.speaker()).isEqualTo("Anna Nowak");
        });
    }

    @Test
    void twoQuotesSharingOnlyAStockOpeningAreNotLinked() {
        StoryResult first = story(1, "\u201CWe are ready to support the new bridge in Lyon before the winter comes,\u201D "
                + "Anna Nowak said.");
        StoryResult other = story(2, "\u201CWe are ready to support the striking nurses of the regional hospital,\u201D "
                + "Felix Brandt said.");
        List<QuoteLinker.Print> prints = new ArrayList<>(QuoteLinker.prints(0, first));
        prints.addAll(QuoteLinker.prints(1, other));

        assertThat(QuoteLinker.link(prints)).isEmpty();
    }
}
