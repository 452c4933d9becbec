package org.verbatim.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indexes into a report's original text.
 * Char indexes are what Java strings and RichTextFX use; the JSON output converts them to code points.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
