package org.verbatim.core.align;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Whether two speaker names name the same person ("Peskov", "Dmitry Peskov", "Mr Peskov"). */
public final class Speakers {

    private Speakers() {}

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y);
        }
        return x.containsAll(y) || y.containsAll(x);
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>(Arrays.asList(name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s-]", "").split("\\s+")));
        out.removeAll(Set.of("", "the", "a", "an", "mr", "mrs", "ms", "dr", "sir"));
        return out;
    }
}
