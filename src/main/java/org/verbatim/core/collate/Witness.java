package org.verbatim.core.collate;

import java.util.List;

/**
 * One rendering of a group's utterance in one report: a quotation, or the parts of one (the paragraphs of a
 * run-on quote, the halves of a quote split by its attribution, successive quotes that print successive
 * sentences). A report that prints the utterance twice has two witnesses.
 *
 * @param id       "w1", "w2", ... within the group, fullest first
 * @param reportId the report
 * @param quoteIds its quotations, in text order
 * @param fragment true for a partial quotation: a few words of a sentence set in the reporter's own prose
 *                 ("wants to 'piss off' the unvaccinated"); compared only where it prints words
 */
public record Witness(String id, String reportId, List<String> quoteIds, boolean fragment) {
    public Witness {
        quoteIds = List.copyOf(quoteIds);
    }
}
