package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the narrative sentences of different reports that tell the same fact. Reports reorder paragraphs
 * freely, so nothing assumes order: each sentence is linked to its best match in each other report when
 * the two are each other's best match and share enough rare words, two of them not names (two sentences that
 * name the same people may still tell different facts).
 */
@FunctionalInterface
public interface PassageAligner {

    /** Groups of sentences (at least two reports each). */
    List<List<Unit>> align(List<Unit> sentences, Similarity similarity);

    static PassageAligner standard() {
        return PassageAligner::mutualBest;
    }

    private static List<List<Unit>> mutualBest(List<Unit> sentences, Similarity similarity) {
        if (sentences.stream().map(Unit::reportId).distinct().count() < 2) {
            return List.of(); // passages link reports; one report has nothing to link
        }
        // best[i][report] = index of i's best match in that report, and its score
        Map<Integer, Map<String, double[]>> best = new HashMap<>();
        Candidates candidates = new Candidates(sentences, 3);
        for (int i = 0; i < sentences.size(); i++) {
            Unit a = sentences.get(i);
            for (int j : candidates.of(i)) {
                Unit b = sentences.get(j);
                if (a.reportId().equals(b.reportId())) {
                    continue;
                }
                if (a.sharedPlain(b) < 2) {
                    continue;
                }
                Similarity.Score sc = similarity.score(a, b, false);
                if (sc.shared() < 3 || sc.coverMin() < 0.5 || sc.coverMax() < 0.35) {
                    continue;
                }
                double value = sc.coverMin() + sc.coverMax();
                for (int[] pair : new int[][] {{i, j}, {j, i}}) {
                    String other = sentences.get(pair[1]).reportId();
                    double[] cur = best.computeIfAbsent(pair[0], k -> new HashMap<>()).get(other);
                    if (cur == null || value > cur[1]) {
                        best.get(pair[0]).put(other, new double[] {pair[1], value});
                    }
                }
            }
        }
        UnionFind sets = new UnionFind(sentences.size());
        best.forEach((i, perReport) -> perReport.forEach((report, m) -> {
            int j = (int) m[0];
            double[] back = best.getOrDefault(j, Map.of()).get(sentences.get(i).reportId());
            if (back != null && (int) back[0] == i) {
                sets.union(i, j);
            }
        }));
        List<List<Unit>> out = new ArrayList<>();
        for (List<Unit> g : sets.groups(sentences)) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

}
