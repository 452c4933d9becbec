package org.verbatim.ui.viewmodel;

import java.util.HashMap;
import java.util.Map;

import org.verbatim.core.Comparison;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;

/**
 * Where a report's variation lies, for its heat strip: the text cut into equal bins, each weighted by the
 * discrepancies whose words in this report fall there (a substantive one counts 1, a cosmetic one 0.25),
 * scaled so the busiest bin of the whole comparison is 1.
 */
public final class Overview {

    /** How many bins a strip has: about one per 12 pixels of a pane's height. */
    public static final int BINS = 48;

    private Overview() {}

    /** Per report id, {@value #BINS} weights in [0, 1], top of the text first. */
    public static Map<String, double[]> of(Comparison c) {
        Map<String, double[]> out = new HashMap<>();
        Map<String, Integer> lengths = new HashMap<>();
        c.reports().forEach(r -> {
            out.put(r.report().id(), new double[BINS]);
            lengths.put(r.report().id(), Math.max(1, r.report().text().length()));
        });
        double max = 0;
        for (Discrepancy d : c.discrepancies()) {
            double weight = d.severity() == Severity.COSMETIC ? 0.25 : 1;
            for (Discrepancy.Location l : d.locations()) {
                double[] bins = out.get(l.reportId());
                if (bins == null) {
                    continue;
                }
                int bin = bin(l.span(), lengths.get(l.reportId()));
                bins[bin] += weight;
                max = Math.max(max, bins[bin]);
            }
        }
        if (max > 0) {
            for (double[] bins : out.values()) {
                for (int i = 0; i < bins.length; i++) {
                    bins[i] /= max;
                }
            }
        }
        return out;
    }

    /** The bin of a span's start in a text of {@code length} characters. */
    static int bin(Span span, int length) {
        return Math.min(BINS - 1, Math.max(0, (int) ((long) span.start() * BINS / Math.max(1, length))));
    }

    /** The text offset at {@code fraction} (0 = top, 1 = bottom) of a text of {@code length} characters. */
    public static int offsetAt(double fraction, int length) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * length);
    }
}
