package org.verbatim.core.diff;

import java.util.Locale;

/** What kind of difference two renderings of a quotation show. */
public enum DiffKind {
    TYPOGRAPHIC(Severity.COSMETIC, "curly vs straight marks, hyphenation, number style"),
    PUNCTUATION(Severity.COSMETIC, "a comma for a full stop, a dropped comma"),
    CASE(Severity.COSMETIC, "upper vs lower case"),
    SPELLING(Severity.COSMETIC, "a spelling variant: apologise / apologize"),
    WORD_INSERTED(Severity.SUBSTANTIVE, "a word the other version lacks"),
    WORD_DELETED(Severity.SUBSTANTIVE, "a word of the other version left out"),
    WORD_SUBSTITUTED(Severity.SUBSTANTIVE, "a word replaced by another"),
    NUMBER(Severity.SUBSTANTIVE, "a number changed"),
    NAME(Severity.SUBSTANTIVE, "a name changed"),
    DATE_TIME(Severity.SUBSTANTIVE, "a date or time changed"),
    TRUNCATION(Severity.SUBSTANTIVE, "one version stops early or starts late"),
    EDITORIAL(Severity.SUBSTANTIVE, "an editor's insertion: [clarification], (sic), an ellipsis"),
    TRANSLATION(Severity.SUBSTANTIVE, "the same words translated or paraphrased differently"),
    SPEAKER(Severity.SUBSTANTIVE, "attributed to different speakers");

    private final Severity severity;
    private final String description;

    DiffKind(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** The name used in JSON and on the command line: "word-inserted", "date-time". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
