package org.verbatim.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The variation points of several versions of one text, for a parallel-segmentation apparatus: each version is
 * compared with the base (version 0) word by word (Myers), and differences of different versions that touch are
 * merged into one place, so that between two places every version reads as the base does. The TEI export
 * writes its places as {@code <app>}; the window's inspector shows them as a collation table.
 */
public final class Collation {

    private Collation() {}

    /** Tokens {@code [from, to)} of one version. */
    public record Range(int from, int to) {
        public boolean isEmpty() {
            return from == to;
        }
    }

    /**
     * One variation point.
     *
     * @param base     the base's tokens at this place (empty where other versions add words)
     * @param readings what each version has here, one range per version, the base's first
     */
    public record Place(Range base, List<Range> readings) {}

    /** Where a version's difference from the base lies: base tokens {@code [ps, pe)} read as its {@code [ts, te)}. */
    private record Delta(int ps, int pe, int ts, int te) {}

    /**
     * @param versions each version's tokens, compared by equality; version 0 is the base
     * @param whole    versions to treat as a different text altogether (another translation): one place for all
     * @return the variation points in base order
     */
    public static List<Place> places(List<List<String>> versions, Set<Integer> whole) {
        List<String> base = versions.get(0);
        List<List<Delta>> deltas = new ArrayList<>();
        deltas.add(List.of());
        for (int w = 1; w < versions.size(); w++) {
            deltas.add(deltas(base, versions.get(w), whole.contains(w)));
        }
        // merge the differences of all versions that share a gap between base tokens
        List<int[]> spans = new ArrayList<>();
        deltas.forEach(ds -> ds.forEach(d -> spans.add(new int[] {d.ps(), d.pe()})));
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        List<Place> out = new ArrayList<>();
        for (int[] m : merged) {
            List<Range> readings = new ArrayList<>();
            readings.add(new Range(m[0], m[1]));
            for (int w = 1; w < versions.size(); w++) {
                readings.add(new Range(left(deltas.get(w), m[0]), right(deltas.get(w), m[1])));
            }
            out.add(new Place(new Range(m[0], m[1]), readings));
        }
        return out;
    }

    private static List<Delta> deltas(List<String> base, List<String> other, boolean whole) {
        if (whole) {
            return base.equals(other) ? List.of() : List.of(new Delta(0, base.size(), 0, other.size()));
        }
        List<Delta> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(base, other).getDeltas()) {
            int ps = d.getSource().getPosition();
            int ts = d.getTarget().getPosition();
            out.add(new Delta(ps, ps + d.getSource().size(), ts, ts + d.getTarget().size()));
        }
        return out;
    }

    /** The version's token index at base gap {@code g}, before anything it inserts there. */
    private static int left(List<Delta> ds, int g) {
        int at = Integer.MAX_VALUE;
        for (Delta d : ds) {
            if (d.ps() == g) {
                at = Math.min(at, d.ts());
            }
        }
        return at != Integer.MAX_VALUE ? at : linear(ds, g);
    }

    /** The version's token index at base gap {@code g}, after anything it inserts there. */
    private static int right(List<Delta> ds, int g) {
        int at = -1;
        for (Delta d : ds) {
            if (d.pe() == g) {
                at = Math.max(at, d.te());
            }
        }
        return at >= 0 ? at : linear(ds, g);
    }

    /** The version's token index at a base gap where the two agree. */
    private static int linear(List<Delta> ds, int g) {
        int shift = 0;
        for (Delta d : ds) {
            if (d.pe() <= g) {
                shift += (d.te() - d.ts()) - (d.pe() - d.ps());
            }
        }
        return g + shift;
    }
}
