package org.verbatim.core.collate;

import java.util.ArrayList;
import java.util.List;

/**
 * A group's alignment while the engine works on it: the {@link Alignment} it will publish, with what each
 * witness prints (its items) and where sentences end. Variant places are cut from it.
 */
public final class Collation {

    static final int GAP = -1;
    static final int ABSENT = -2;

    final String clusterId;
    final List<Witness> witnesses;
    final List<List<Item>> items;
    /** {@code at[w][c]}: index into {@code items.get(w)}, or {@link #GAP} or {@link #ABSENT}. */
    final int[][] at;
    /** Columns after which a sentence of the utterance ends. */
    final boolean[] sentenceEnd;
    final Versions versions;

    Collation(String clusterId, List<Witness> witnesses, List<List<Item>> items, int[][] at, boolean[] sentenceEnd,
              Versions versions) {
        this.clusterId = clusterId;
        this.witnesses = List.copyOf(witnesses);
        this.items = items;
        this.at = at;
        this.sentenceEnd = sentenceEnd;
        this.versions = versions;
    }

    public String clusterId() {
        return clusterId;
    }

    public List<Witness> witnesses() {
        return witnesses;
    }

    int columns() {
        return sentenceEnd.length;
    }

    /** The item witness {@code w} prints in column {@code c}, or null. */
    Item item(int w, int c) {
        int i = at[w][c];
        return i >= 0 ? items.get(w).get(i) : null;
    }

    boolean covers(int w, int c) {
        return at[w][c] != ABSENT;
    }

    /**
     * The witness renders this stretch in full: it covers the column and is not a fragment. Word-level places
     * are cut among renderings; a fragment's relation to the words around it is its own place ("quoted in part").
     */
    boolean renders(int w, int c) {
        return at[w][c] != ABSENT && !witnesses.get(w).fragment();
    }

    /** The alignment as published: cells with spans, nothing but data. */
    public Alignment alignment() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int w = 0; w < witnesses.size(); w++) {
            List<Cell> row = new ArrayList<>(columns());
            for (int c = 0; c < columns(); c++) {
                Item it = item(w, c);
                row.add(it != null ? Cell.token(it.quoteId(), it.span()) : at[w][c] == GAP ? Cell.GAP : Cell.ABSENT);
            }
            rows.add(row);
        }
        return new Alignment(clusterId, witnesses, rows);
    }
}
