package org.verbatim.review;

/** One change to an annotation: who, when, which field, old → new. */
public record HistoryEntry(long annotationId, String at, String author, String field, String oldValue,
                           String newValue) {}
