package org.verbatim.core.model;

/** The formats a report can be read from. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML
}
