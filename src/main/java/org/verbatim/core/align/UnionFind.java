package org.verbatim.core.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets over {@code 0..n-1}, with path halving; groups come out in order of their first member. */
public class UnionFind {

    private final int[] parent;

    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}, whatever a subclass's {@link #union} would refuse. */
    public final void forceUnion(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The groups of {@code items} (indexed like the sets), in order of their first member. */
    public <T> List<List<T>> groups(List<T> items) {
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(groups.values());
    }
}
