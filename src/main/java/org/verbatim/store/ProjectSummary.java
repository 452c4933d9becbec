package org.verbatim.store;

/**
 * What a project holds, at a glance (the status bar, {@code project show}).
 *
 * @param reports       reports in the comparison
 * @param groups        quote groups (two or more quotations)
 * @param discrepancies discrepancies found
 * @param reviewed      discrepancies whose annotation has a status other than unreviewed
 * @param annotations   annotations in all
 * @param orphaned      annotations that lost their place
 */
public record ProjectSummary(int reports, int groups, int discrepancies, int reviewed, int annotations, int orphaned) {}
