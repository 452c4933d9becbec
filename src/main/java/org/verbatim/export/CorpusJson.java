package org.verbatim.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.corpus.CorpusEngine;
import org.verbatim.corpus.Link;
import org.verbatim.corpus.StoryResult;

/**
 * A corpus run as JSON, written as it goes: stories one by one as they are compared, then the links and a summary.
 * <pre>
 * {"stories": [{"id", "title", "articles": [ids], ...the story as compare --format json prints it...}],
 *  "links": [{"id", "text", "speaker", "groups": [{"story", "cluster", "reports", "first_date"}]}],
 *  "provenance": [{"link", "earliest_story", "earliest_date", "order": [{"story", "cluster", "first_date"}]}],
 *  "summary": {"articles", "skipped", "stories", "compared", "links", "complete", "seconds"}}
 * </pre>
 * Each story is {@link ComparisonJson}'s object with {@code id}, {@code title} and {@code articles} first. With
 * {@link #index} the stories carry only their figures and the project file each is written to (the index of
 * {@code corpus --out}). Each story carries its own {@code provenance} (who took a group's words from whom, as
 * {@code compare} prints it); the top-level {@code provenance} says in which story each linked quote came first.
 */
public final class CorpusJson implements AutoCloseable {

    private final JsonGenerator g;
    private final boolean index;
    private final ComparisonJson stories = new ComparisonJson();

    private CorpusJson(Writer out, boolean index) throws IOException {
        this.g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
        this.index = index;
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("stories");
    }

    /** The whole output: every story in full. */
    public static CorpusJson full(Writer out) throws IOException {
        return new CorpusJson(out, false);
    }

    /** The index of a folder of projects: each story's figures and its file. */
    public static CorpusJson index(Writer out) throws IOException {
        return new CorpusJson(out, true);
    }

    /** @param project the story's project file, relative to the index (index only; null otherwise) */
    public void story(StoryResult r, String project) throws IOException {
        if (index) {
            g.writeStartObject();
            head(g, r);
            g.writeStringField("project", project);
            figures(g, r);
            g.writeEndObject();
        } else {
            StringWriter one = new StringWriter();
            stories.write(r.comparison(), one, h -> head(h, r), h -> { });
            g.writeRawValue(one.toString());
        }
        g.flush();
    }

    /** Closes the stories and writes the links and the summary. */
    public void finish(CorpusEngine.Run run) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (Link l : run.links()) {
            link(g, l);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("provenance");
        for (Link l : run.links()) {
            travel(g, l);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("articles", run.articles());
        g.writeNumberField("skipped", run.skipped());
        g.writeNumberField("stories", run.stories());
        g.writeNumberField("compared", run.compared());
        g.writeNumberField("links", run.links().size());
        g.writeBooleanField("complete", !run.cancelled() && run.compared() == run.stories());
        g.writeNumberField("seconds", run.elapsed().toMillis() / 1000.0);
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }

    private static void head(JsonGenerator g, StoryResult r) throws IOException {
        g.writeStringField("id", r.story().id());
        g.writeStringField("title", r.title());
        g.writeArrayFieldStart("articles");
        for (String id : r.articleIds()) {
            g.writeString(id);
        }
        g.writeEndArray();
    }

    private static void figures(JsonGenerator g, StoryResult r) throws IOException {
        Comparison c = r.comparison();
        List<String> dates = c.reports().stream().map(x -> x.report().meta().date()).filter(d -> d != null).sorted().toList();
        g.writeNumberField("reports", c.reports().size());
        g.writeStringField("first_date", dates.isEmpty() ? null : dates.get(0));
        g.writeStringField("last_date", dates.isEmpty() ? null : dates.get(dates.size() - 1));
        g.writeNumberField("quote_groups", c.clusters().stream().filter(Cluster::isGroup).count());
        g.writeNumberField("discrepancies", c.discrepancies().size());
    }

    /**
     * How a linked quote travelled: its groups from the story that printed it first (by the earliest date of a
     * report printing it; undated groups last). Inside each story, its own "provenance" list says who took the
     * words from whom.
     */
    private static void travel(JsonGenerator g, Link l) throws IOException {
        List<Link.Group> order = new java.util.ArrayList<>(l.groups());
        order.sort(java.util.Comparator.comparing(Link.Group::firstDate,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        g.writeStartObject();
        g.writeStringField("link", l.id());
        Link.Group first = order.get(0);
        g.writeStringField("earliest_story", first.firstDate() == null ? null : first.story());
        g.writeStringField("earliest_date", first.firstDate());
        g.writeArrayFieldStart("order");
        for (Link.Group x : order) {
            g.writeStartObject();
            g.writeStringField("story", x.story());
            g.writeStringField("cluster", x.cluster());
            g.writeStringField("first_date", x.firstDate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, Link l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("text", l.text());
        g.writeStringField("speaker", l.speaker());
        g.writeArrayFieldStart("groups");
        for (Link.Group x : l.groups()) {
            g.writeStartObject();
            g.writeStringField("story", x.story());
            g.writeStringField("cluster", x.cluster());
            g.writeNumberField("reports", x.reports());
            g.writeStringField("first_date", x.firstDate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
