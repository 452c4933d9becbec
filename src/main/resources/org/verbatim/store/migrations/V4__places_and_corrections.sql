-- Schema version 4: differences are variant places; the user's corrections of quotes, groups and speakers;
-- a report's author and the encoding its bytes were read in.

-- The cached comparison listed a difference once per pair of versions. It is dropped: the next comparison
-- lists places, and re-anchoring moves each annotation from its pair onto the place that holds its words
-- (two that land on one place become one, both notes and histories kept).
DELETE FROM result;

ALTER TABLE report ADD COLUMN author TEXT;
ALTER TABLE report ADD COLUMN encoding TEXT;

-- A correction names a quotation by its words in a report (anchored like an annotation: exact text with
-- context, and offsets); a link names a second one. kind:
--   'quote'      the words are a quotation the engine missed
--   'not-quote'  a found quotation is not one
--   'term'       a found quotation is a quoted term, nobody's words
--   'speaker'    the quotation's speaker is `speaker` (NULL: nobody is named)
--   'alone'      the quotation is taken out of its group
--   'link'       the quotation and the other one are in one group
-- Each comparison finds the words again in the report as it is then; a correction whose words are gone is
-- kept and listed, never dropped.
CREATE TABLE correction (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('quote', 'not-quote', 'term', 'speaker', 'alone', 'link')),
    report_id       INTEGER NOT NULL REFERENCES report (id),
    exact           TEXT    NOT NULL,
    prefix          TEXT    NOT NULL,
    suffix          TEXT    NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    other_report_id INTEGER REFERENCES report (id),
    other_exact     TEXT,
    other_prefix    TEXT,
    other_suffix    TEXT,
    other_start     INTEGER,
    other_end       INTEGER,
    speaker         TEXT,
    author          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    CHECK (kind <> 'link' OR other_report_id IS NOT NULL)
);

CREATE INDEX correction_report ON correction (report_id);
