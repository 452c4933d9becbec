package org.verbatim.core.anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate string matching by edit distance (Levenshtein: inserting, deleting or changing one char costs one).
 *
 * <p>{@link #search} is Sellers' dynamic programming for approximate substring matching (P. H. Sellers, "The theory
 * and computation of evolutionary distances: pattern recognition", J. Algorithms 1, 1980): the classic edit-distance
 * table between the pattern and the text, except that a match may start anywhere in the text for free. The table is
 * filled one text char (column) at a time, keeping one column. Two additions:
 * <ul>
 *   <li>Ukkonen's cut-off (E. Ukkonen, "Finding approximate patterns in strings", J. Algorithms 6, 1985): rows
 *       below the last one still within the error budget cannot lead to a match, so they are not computed. That
 *       makes the search take time proportional to {@code maxErrors × text length} on ordinary text instead of
 *       {@code pattern length × text length}.</li>
 *   <li>Each cell also carries the text index where its best alignment started, so a match reports its start as
 *       well as its end without a second pass.</li>
 * </ul>
 */
final class ApproximateSearch {

    /** A stretch {@code [start, end)} of the text that is {@code errors} edits away from the pattern. */
    record Match(int start, int end, int errors) {
    }

    private ApproximateSearch() {
    }

    /**
     * Finds where {@code pattern} occurs in {@code text} with at most {@code maxErrors} edits. Where a match ends at
     * several neighbouring chars (one more or one fewer char usually costs an edit), only the ends with the fewest
     * errors are kept.
     *
     * @return the matches, in text order
     */
    static List<Match> search(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        int k = Math.min(maxErrors, m);
        int tooMany = k + 1;
        // cost[i]: edits between the pattern's first i chars and the best text stretch ending at the current column;
        // exact when at most k, else some value above k. from[i]: where that stretch starts.
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        int last = k; // the deepest row whose cost is within k
        List<Match> matches = new ArrayList<>();
        List<Match> run = new ArrayList<>(); // matches ending at neighbouring chars
        for (int j = 1; j <= text.length(); j++) {
            char c = text.charAt(j - 1);
            int diagonalCost = cost[0];
            int diagonalFrom = from[0];
            cost[0] = 0; // the empty pattern matches anywhere: a match may start at any char
            from[0] = j;
            int rows = Math.min(last + 1, m);
            for (int i = 1; i <= rows; i++) {
                int leftCost = i <= last ? cost[i] : tooMany; // rows below `last` were not kept up to date
                int leftFrom = from[i];
                int best = diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1); // match or change
                int bestFrom = diagonalFrom;
                if (cost[i - 1] + 1 < best) { // pattern char missing from the text
                    best = cost[i - 1] + 1;
                    bestFrom = from[i - 1];
                }
                if (leftCost + 1 < best) { // extra char in the text
                    best = leftCost + 1;
                    bestFrom = leftFrom;
                }
                diagonalCost = leftCost;
                diagonalFrom = leftFrom;
                cost[i] = Math.min(best, tooMany);
                from[i] = bestFrom;
            }
            if (rows > last && cost[rows] <= k) {
                last = rows;
            } else {
                while (cost[last] > k) {
                    last--;
                }
            }
            if (last == m) {
                run.add(new Match(from[m], j, cost[m]));
            } else if (!run.isEmpty()) {
                keepFewestErrors(run, matches);
            }
        }
        keepFewestErrors(run, matches);
        return matches;
    }

    private static void keepFewestErrors(List<Match> run, List<Match> into) {
        int fewest = run.stream().mapToInt(Match::errors).min().orElse(0);
        run.stream().filter(match -> match.errors() == fewest).forEach(into::add);
        run.clear();
    }

    /**
     * Edits needed to turn {@code expected} into some beginning of {@code actual}: the edit distance between
     * {@code expected} and the best {@code actual.substring(0, j)}. Used to compare a stored suffix with the text
     * that now follows a match (and, reversed, a stored prefix with the text that now precedes it).
     */
    static int distanceToBeginning(String expected, String actual) {
        int[] previous = new int[actual.length() + 1];
        int[] current = new int[actual.length() + 1];
        for (int j = 0; j <= actual.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= expected.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= actual.length(); j++) {
                int change = previous[j - 1] + (expected.charAt(i - 1) == actual.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int fewest = Integer.MAX_VALUE;
        for (int edits : previous) {
            fewest = Math.min(fewest, edits);
        }
        return fewest;
    }
}
