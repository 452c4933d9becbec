package org.verbatim.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes speaker names across reports: one report's "Ray" or "Castellano" becomes the "Ray Castellano"
 * another report names in full, when exactly one full name fits.
 */
public final class SpeakerNames {

    private SpeakerNames() {}

    public static List<Quote> completeAcrossReports(List<Quote> quotes) {
        Map<String, String> byPart = new HashMap<>();
        Map<String, Integer> fits = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (Quote q : quotes) {
            String s = q.speaker();
            if (s == null || !s.matches("\\p{Lu}\\S*(\\s+\\S+)+") || seen.contains(s)) {
                continue;
            }
            seen.add(s);
            String[] parts = s.split("\\s+");
            for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                if (!s.equals(byPart.get(part))) {
                    fits.merge(part, 1, Integer::sum);
                    byPart.put(part, s);
                }
            }
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            String s = q.speaker();
            if (s != null && !s.contains(" ") && fits.getOrDefault(s, 0) == 1) {
                Attribution a = q.attribution();
                q = new Quote(q.id(), q.reportId(), q.span(), q.ownSpans(), q.text(), q.kind(), q.form(),
                        new Attribution(byPart.get(s), a.speakerSpan(), a.verb(), a.verbSpan(), a.how()),
                        q.openMark(), q.closeMark(), q.parentId(), q.utteranceId(), q.excluded());
            }
            out.add(q);
        }
        return out;
    }
}
