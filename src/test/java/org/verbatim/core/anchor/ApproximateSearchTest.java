package org.verbatim.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.core.anchor.ApproximateSearch.Match;

class ApproximateSearchTest {

    @Test
    void anExactOccurrenceIsAMatchWithNoErrors() {
        String text = "Rescuers pulled two survivors from the rubble on Sunday.";

        assertThat(ApproximateSearch.search(text, "two survivors", 3))
                .containsExactly(new Match(16, 29, 0));
    }

    @Test
    void aChangedWordCostsItsEditsAndTheMatchCoversTheNewWord() {
        String text = "Rescuers pulled three survivors from the rubble on Sunday.";

        List<Match> matches = ApproximateSearch.search(text, "pulled two survivors", 5);

        assertThat(matches).hasSize(1);
        assertThat(text.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("pulled three survivors");
        assertThat(matches.get(0).errors()).isEqualTo(4); // "two" -> "three": w->h, o->r, +e, +e
    }

    @Test
    void textTooFarFromThePatternIsNotMatched() {
        assertThat(ApproximateSearch.search("The port reopened on Monday.", "the airport stayed shut", 5)).isEmpty();
    }

    @Test
    void theCutOffFindsWhatTheFullTableFinds() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, 1 + random.nextInt(60));
            String pattern = randomText(random, 1 + random.nextInt(12));
            int maxErrors = random.nextInt(pattern.length() + 1);

            assertThat(endsAndErrors(ApproximateSearch.search(text, pattern, maxErrors)))
                    .as("%s in %s with %d errors", pattern, text, maxErrors)
                    .isEqualTo(endsAndErrors(fullTable(text, pattern, maxErrors)));
        }
    }

    @Test
    void everyMatchStartsWhereItsTextIsThatManyEditsFromThePattern() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, 1 + random.nextInt(60));
            String pattern = randomText(random, 1 + random.nextInt(12));
            for (Match match : ApproximateSearch.search(text, pattern, pattern.length() / 2)) {
                assertThat(levenshtein(pattern, text.substring(match.start(), match.end())))
                        .as("%s at %s in %s", pattern, match, text)
                        .isEqualTo(match.errors());
            }
        }
    }

    @Test
    void distanceToBeginningIgnoresWhateverFollowsTheBestBeginning() {
        assertThat(ApproximateSearch.distanceToBeginning(" he told reporters", " he told reporters on Monday"))
                .isZero();
        assertThat(ApproximateSearch.distanceToBeginning(" he told reporters", " she told reporters")).isEqualTo(1);
        assertThat(ApproximateSearch.distanceToBeginning("abc", "")).isEqualTo(3);
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("abc ".charAt(random.nextInt(4)));
        }
        return s.toString();
    }

    private static List<String> endsAndErrors(List<Match> matches) {
        return matches.stream().map(match -> match.end() + ":" + match.errors()).toList();
    }

    /** Sellers' table in full, with the same "fewest errors per run of neighbouring ends" rule. */
    private static List<Match> fullTable(String text, String pattern, int maxErrors) {
        int m = pattern.length();
        int[][] d = new int[m + 1][text.length() + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 1; j <= text.length(); j++) {
            for (int i = 1; i <= m; i++) {
                int change = d[i - 1][j - 1] + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(change, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<Match> matches = new ArrayList<>();
        int j = 1;
        while (j <= text.length()) {
            if (d[m][j] > maxErrors) {
                j++;
                continue;
            }
            int runStart = j;
            int fewest = Integer.MAX_VALUE;
            for (; j <= text.length() && d[m][j] <= maxErrors; j++) {
                fewest = Math.min(fewest, d[m][j]);
            }
            for (int end = runStart; end < j; end++) {
                if (d[m][end] == fewest) {
                    matches.add(new Match(-1, end, fewest));
                }
            }
        }
        return matches;
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(change, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
