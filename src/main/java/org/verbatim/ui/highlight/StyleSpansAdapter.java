package org.verbatim.ui.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns a report's possibly overlapping {@link Highlight}s into one {@link StyleSpans} covering the whole
 * text, ready for a single {@code setStyleSpans(0, spans)} call.
 *
 * <p>Overlapping highlights combine their classes; ranges are clamped to {@code [0, textLength]}; empty
 * ranges are dropped; adjacent runs with the same classes are merged. Each run's classes are a sorted,
 * duplicate-free, immutable list, so equal runs compare equal. Pure and thread-safe: call it off the
 * UI thread.
 */
public final class StyleSpansAdapter {

    private StyleSpansAdapter() {}

    public static StyleSpans<Collection<String>> toStyleSpans(int textLength, Collection<Highlight> highlights) {
        if (textLength < 0) {
            throw new IllegalArgumentException("negative text length " + textLength);
        }
        if (textLength == 0) {
            return StyleSpans.singleton(List.of(), 0);
        }
        // offset -> changes of class counts starting there (+1 opens, -1 closes)
        TreeMap<Integer, TreeMap<String, Integer>> events = new TreeMap<>();
        for (Highlight h : highlights) {
            int start = clamp(h.start(), textLength);
            int end = clamp(h.end(), textLength);
            if (start >= end) {
                continue;
            }
            for (String cls : splitClasses(h.styleClass())) {
                events.computeIfAbsent(start, k -> new TreeMap<>()).merge(cls, 1, Integer::sum);
                events.computeIfAbsent(end, k -> new TreeMap<>()).merge(cls, -1, Integer::sum);
            }
        }

        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(events.size() + 1);
        TreeMap<String, Integer> active = new TreeMap<>();
        List<String> runStyle = List.of();
        int runStart = 0;
        for (var event : events.entrySet()) {
            int offset = event.getKey();
            for (var change : event.getValue().entrySet()) {
                active.merge(change.getKey(), change.getValue(), Integer::sum);
                if (active.get(change.getKey()) == 0) {
                    active.remove(change.getKey());
                }
            }
            List<String> style = List.copyOf(active.keySet());
            if (!style.equals(runStyle)) {
                if (offset > runStart) {
                    builder.add(runStyle, offset - runStart);
                }
                runStyle = style;
                runStart = offset;
            }
        }
        if (textLength > runStart) {
            builder.add(runStyle, textLength - runStart);
        }
        return builder.create();
    }

    private static int clamp(int offset, int textLength) {
        return Math.max(0, Math.min(offset, textLength));
    }

    private static List<String> splitClasses(String styleClass) {
        List<String> out = new ArrayList<>(2);
        for (String s : styleClass.trim().split("\\s+")) {
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Debug form of a span list, e.g. {@code "3[] 5[quote] 2[]"}; handy in tests and logs. */
    public static String describe(StyleSpans<? extends Collection<String>> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(span -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(span.getLength()).append('[').append(String.join(",", span.getStyle())).append(']');
        });
        return sb.toString();
    }
}
