package org.verbatim.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.Span;

/** Sentence segmentation by ICU (UAX #29), inside one paragraph at a time. */
public final class Sentences {

    private final BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    /** Sentences of {@code text} within {@code paragraph}, trimmed. Not thread-safe: one instance per thread. */
    public List<Span> of(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        // a paragraph's single line breaks are wrapping, not sentence ends (same length, so offsets hold)
        iterator.setText(text.substring(paragraph.start(), paragraph.end()).replace('\r', ' ').replace('\n', ' '));
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            Span s = Paragraphs.trim(text, paragraph.start() + start, paragraph.start() + end);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
