package org.verbatim.core.diff;

import java.util.Locale;

/** What kind of difference two renderings of a quotation show. */
public enum DiffKind {
    TYPOGRAPHIC(Severity.COSMETIC, "typography", "curly vs straight marks, hyphenation, spacing, number style"),
    PUNCTUATION(Severity.COSMETIC, "punctuation", "a comma for a full stop, a dropped comma"),
    CASE(Severity.COSMETIC, "capitals", "upper vs lower case"),
    SPELLING(Severity.COSMETIC, "spelling", "a spelling variant: apologise / apologize, it's / it is"),
    WORD_INSERTED(Severity.SUBSTANTIVE, "word added", "a word the other versions lack"),
    WORD_DELETED(Severity.SUBSTANTIVE, "word left out", "a word of the other versions left out"),
    WORD_SUBSTITUTED(Severity.SUBSTANTIVE, "word changed", "a word replaced by another"),
    NUMBER(Severity.SUBSTANTIVE, "number changed", "a number changed"),
    NAME(Severity.SUBSTANTIVE, "name changed", "a name changed"),
    DATE_TIME(Severity.SUBSTANTIVE, "date or time", "a date or time changed, or written another way"),
    TRUNCATION(Severity.SUBSTANTIVE, "cut short", "a version stops early, starts late, or quotes only a part"),
    EDITORIAL(Severity.SUBSTANTIVE, "editor's insertion", "an editor's insertion: [clarification], (sic), an ellipsis"),
    TRANSLATION(Severity.SUBSTANTIVE, "different translation", "the same words translated or paraphrased differently"),
    SPEAKER(Severity.SUBSTANTIVE, "different speaker", "attributed to different speakers");

    private final Severity severity;
    private final String words;
    private final String description;

    DiffKind(Severity severity, String words, String description) {
        this.severity = severity;
        this.words = words;
        this.description = description;
    }

    /** The kind in plain words, for people: "word left out", "different translation". */
    public String plain() {
        return words;
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
