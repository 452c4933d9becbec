package org.verbatim.bench;

/** Entry point for the JMH runner: the same arguments as {@code org.openjdk.jmh.Main} (try {@code -h}). */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
