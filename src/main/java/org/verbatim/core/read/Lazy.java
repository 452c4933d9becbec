package org.verbatim.core.read;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, by any thread: so a run loads the libraries of the formats it reads
 * and no others (no HTTP client without a web address, no HTML or Markdown parser for plain text).
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<? extends T> make;
    private volatile T value;

    Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "made nothing");
                    value = v;
                    make = null;
                }
            }
        }
        return v;
    }
}
