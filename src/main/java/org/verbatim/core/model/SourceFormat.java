package org.verbatim.core.model;

/** The formats a report can be read from. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML,
    /** A Word document (.docx). */
    DOCX,
    /** A PDF's text layer. */
    PDF,
    /** News Industry Text Format, wire XML. */
    NITF,
    /** IPTC NewsML-G2, wire XML. */
    NEWSML,
    /** One article of a JSON-lines file. */
    JSON_LINES
}
