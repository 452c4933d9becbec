package org.verbatim.core.collate;

import java.util.List;
import org.verbatim.core.diff.Discrepancy;

/** Cuts a group's alignment into variant places, each with its readings, kind and fingerprint. */
@FunctionalInterface
public interface PlaceFinder {

    /**
     * @param collation  the group's alignment
     * @param ignoreCase true when the user asked that case differences not count
     * @return the places, in column order, with ids not yet given ({@code null}; the pipeline numbers them)
     */
    List<Discrepancy> places(Collation collation, boolean ignoreCase);

    static PlaceFinder standard() {
        return new StandardPlaceFinder();
    }
}
