package org.verbatim.core.collate;

import java.util.List;

/**
 * A quote group's versions aligned word by word (a multiple alignment): one row per witness, one cell per
 * column. Between the places where the versions differ every witness that prints the stretch reads the same.
 * The places, the inspector's collation table and the TEI apparatus are all read off this one structure.
 *
 * @param clusterId the group
 * @param witnesses the rows, fullest first
 * @param rows      {@code rows.get(w).get(c)}: witness {@code w}'s cell in column {@code c}; every row has the
 *                  same number of columns
 */
public record Alignment(String clusterId, List<Witness> witnesses, List<List<Cell>> rows) {

    public Alignment {
        witnesses = List.copyOf(witnesses);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int columns() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    public Cell cell(int witness, int column) {
        return rows.get(witness).get(column);
    }

    /** The witness's index, or -1. */
    public int indexOf(String witnessId) {
        for (int w = 0; w < witnesses.size(); w++) {
            if (witnesses.get(w).id().equals(witnessId)) {
                return w;
            }
        }
        return -1;
    }
}
