package org.verbatim.core;

import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;

/** A report of five megabytes goes through every stage; a correctness check, not a timing one. */
/* A generous limit: a hang fails this test instead of the CI run. */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LargeInputTest {

    private static final int SIZE = 5 * 1024 * 1024;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tor", "sa", "vel", "dun", "pra", "ish",
            "mo", "tek", "ran", "ber", "gol", "fin", "nar", "pel", "sor", "wit"};
    private static final String[] FIRST = {"Helen", "Tom", "Priya", "Martin", "Rosa", "Ben", "Anna", "Karin"};
    private static final String[] LAST = {"Ward", "Reddin", "Nair", "Hale", "Alvarado", "Tully", "Berg", "Holm"};

    /**
     * A long run of news paragraphs in every quotation style, with page furniture here and there. The words are
     * drawn evenly from a wide made-up vocabulary, so that few paragraphs share one.
     */
    static String generate(int size, long seed) {
        Random r = new Random(seed);
        String[] vocabulary = new String[60_000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 3 + r.nextInt(3); k > 0; k--) {
                w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = w.toString();
        }
        StringBuilder out = new StringBuilder(size + 1000);
        while (out.length() < size) {
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String words = sentence(r, vocabulary, 8 + r.nextInt(12));
            switch (r.nextInt(9)) {
                case 0 -> out.append('"').append(words).append(",\" ").append(name).append(" said.");
                case 1 -> out.append(name).append(" told reporters: “").append(words).append(".”");
                case 2 -> out.append("«").append(words).append("», said ").append(name).append('.');
                case 3 -> out.append("\"").append(words).append(" 'Rocket Man' ").append(sentence(r, vocabulary, 5))
                        .append(".\"\r\n\r\n\"").append(sentence(r, vocabulary, 9)).append(".\" ")
                        .append(name).append(" added.");
                case 4 -> out.append(words).append(".\n\n#tag").append(r.nextInt(1000)).append("\n\nA photo posted by ")
                        .append(name).append(" (@user").append(r.nextInt(1000)).append(") on Jun 2, 2024");
                case 5 -> out.append(r.nextBoolean() ? "Read more" : "https://example.org/story/" + r.nextInt());
                case 6 -> out.append("> ").append(words).append('.');
                default -> out.append(words).append(". ").append(sentence(r, vocabulary, 10 + r.nextInt(10)))
                        .append(r.nextBoolean() ? "… " : ". ").append(name).append(" didn’t comment.");
            }
            out.append(r.nextInt(7) == 0 ? "\r\n\r\n" : "\n\n");
        }
        return out.toString();
    }

    private static String sentence(Random r, String[] vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = vocabulary[r.nextInt(vocabulary.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }

    @Test
    void aFiveMegabyteReportIsComparedWithoutError() {
        String big = generate(SIZE, 20240303L);
        String excerpt = big.substring(0, 40_000).replace("\"", "“");
        List<Report> reports = List.of(Report.of("r1", "big.txt", big), Report.of("r2", "excerpt.txt", excerpt));

        Comparison c = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);

        assertThat(big.length()).isGreaterThanOrEqualTo(SIZE);
        assertThat(c.quotes().size()).isGreaterThan(10_000);
        assertThat(c.clusters()).isNotEmpty();
        for (Quote q : c.quotes()) {
            assertThat(q.span().of(c.report(q.reportId()).text())).isEqualTo(q.text());
        }
        for (Discrepancy d : c.discrepancies()) {
            for (Discrepancy.Location l : d.locations()) {
                assertThat(l.span().end()).isLessThanOrEqualTo(c.report(l.reportId()).text().length());
            }
        }
    }
}
