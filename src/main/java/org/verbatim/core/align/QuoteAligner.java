package org.verbatim.core.align;

import java.util.List;

/** Groups the quotations of different reports that render the same utterance. */
@FunctionalInterface
public interface QuoteAligner {

    /**
     * @param units      one unit per speech quotation (excluded ones left out)
     * @param similarity weights for the story
     * @return the groups, each with at least one unit; units in no group with another come back alone
     */
    List<List<Unit>> align(List<Unit> units, Similarity similarity);

    /** Pairs accepted by {@link LinkRule#standard()}, joined transitively. */
    static QuoteAligner standard() {
        return new LinkingAligner(LinkRule.standard());
    }
}
