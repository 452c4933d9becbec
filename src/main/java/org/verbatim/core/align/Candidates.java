package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units are worth comparing: those sharing at least {@code minShared} stems, found through an inverted
 * index. A stem found in more units than a story plausibly repeats one utterance ({@code max(64, 3 × reports)})
 * is too common to propose pairs: it says nothing about which utterance a unit renders, and counting it would
 * make the work grow with the square of the units.
 */
final class Candidates {

    private final List<Unit> units;
    private final int minShared;
    private final Map<String, int[]> postings = new HashMap<>();
    private final int[] counts;
    private final int[] touched;

    Candidates(List<Unit> units, int minShared) {
        this.units = units;
        this.minShared = minShared;
        Map<String, List<Integer>> lists = new HashMap<>();
        long reports = units.stream().map(Unit::reportId).distinct().count();
        int limit = (int) Math.max(64, 3 * reports);
        for (int i = 0; i < units.size(); i++) {
            for (String s : units.get(i).stems()) {
                lists.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((stem, list) -> {
            if (list.size() > 1 && list.size() <= limit) {
                postings.put(stem, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        counts = new int[units.size()];
        touched = new int[units.size()];
    }

    /** The units after {@code i} (by index) that share at least {@code minShared} usable stems with it. */
    int[] of(int i) {
        int n = 0;
        for (String s : units.get(i).stems()) {
            int[] posting = postings.get(s);
            if (posting == null) {
                continue;
            }
            for (int j : posting) {
                if (j > i && counts[j]++ == 0) {
                    touched[n++] = j;
                }
            }
        }
        int[] out = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int j = touched[k];
            if (counts[j] >= minShared) {
                out[m++] = j;
            }
            counts[j] = 0;
        }
        int[] result = java.util.Arrays.copyOf(out, m);
        java.util.Arrays.sort(result);
        return result;
    }
}
