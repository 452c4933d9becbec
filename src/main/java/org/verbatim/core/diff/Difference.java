package org.verbatim.core.diff;

import org.verbatim.core.model.Span;

/**
 * One difference between two versions, before it is given an id and a fingerprint.
 *
 * @param kind what changed
 * @param a    the span in version a (empty at the point of insertion when a has nothing there)
 * @param b    the span in version b (likewise)
 */
public record Difference(DiffKind kind, Span a, Span b) {}
