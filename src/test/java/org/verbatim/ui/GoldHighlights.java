package org.verbatim.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.verbatim.ui.highlight.Highlight;
import org.verbatim.ui.highlight.HighlightProvider;
import org.verbatim.ui.highlight.HighlightStyles;

/**
 * Test-only highlights for the sample, taken from its gold.json: quote clusters as {@code quote quote-N},
 * single-report quotes as {@code quote}, boilerplate as {@code clutter}, and a few hand-placed diff marks,
 * so the stylesheet's classes can be seen in a snapshot. Gold offsets are code points; these are chars.
 */
public final class GoldHighlights implements HighlightProvider {

    @Override
    public List<List<Highlight>> highlightsFor(List<String> texts) throws IOException {
        Map<String, String> fileOfText = new HashMap<>();
        for (String file : FxTestSupport.SAMPLE_FILES) {
            fileOfText.put(FxTestSupport.sampleFile(file), file);
        }
        JsonNode gold = new ObjectMapper().readTree(FxTestSupport.SAMPLE_DIR.resolve("gold.json").toFile());
        List<List<Highlight>> out = new ArrayList<>();
        for (String text : texts) {
            String file = fileOfText.get(text);
            List<Highlight> highlights = new ArrayList<>();
            JsonNode clusters = gold.path("clusters");
            for (int g = 0; g < clusters.size(); g++) {
                addMentions(highlights, clusters.get(g).path("mentions"), file, text, HighlightStyles.groupedQuote(g));
            }
            addMentions(highlights, gold.path("single_report_quotes"), file, text, HighlightStyles.QUOTE);
            addMentions(highlights, gold.path("boilerplate"), file, text, HighlightStyles.CLUTTER);
            mark(highlights, text, "look to forward", 5, 7, HighlightStyles.DIFF_INS);
            mark(highlights, text, "#ShareTheLove (sic)", 14, 19, HighlightStyles.DIFF_INS);
            mark(highlights, text, "gay pride parade", 0, 9, HighlightStyles.DIFF_CHG);
            mark(highlights, text, "a popular performer", 2, 19, HighlightStyles.DIFF_CHG);
            mark(highlights, text, "Sir Elton John,\" Peskov", 0, 3, HighlightStyles.DIFF_DEL);
            out.add(highlights);
        }
        return out;
    }

    private static void addMentions(List<Highlight> out, JsonNode mentions, String file, String text, String cls) {
        for (JsonNode mention : mentions) {
            if (!mention.path("file").asText().equals(file)) {
                continue;
            }
            for (JsonNode range : mention.path("offsets")) {
                int start = text.offsetByCodePoints(0, range.get(0).asInt());
                int end = text.offsetByCodePoints(0, range.get(1).asInt());
                out.add(new Highlight(start, end, cls));
            }
        }
    }

    private static void mark(List<Highlight> out, String text, String phrase, int from, int to, String cls) {
        int at = text.indexOf(phrase);
        if (at >= 0) {
            out.add(new Highlight(at + from, at + to, cls));
        }
    }
}
