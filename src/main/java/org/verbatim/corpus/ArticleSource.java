package org.verbatim.corpus;

/** Where a corpus comes from: articles in a fixed order, and the inputs that could not be read. */
@FunctionalInterface
public interface ArticleSource {

    /** Hands every article to {@code sink} in order, from index 0; stops early when the sink says so. */
    void read(Sink sink);

    /** Receives what a source reads. */
    interface Sink {
        /** @return false to stop reading */
        boolean article(Article article);

        void skipped(Skipped skipped);
    }
}
