-- Verbatim project file, schema version 1.
-- Reports, the spans excluded from comparison, the engine's last results (a cache), and annotations.

CREATE TABLE project (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE report (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    title       TEXT,
    outlet      TEXT,
    date        TEXT,
    url         TEXT,
    file_name   TEXT,
    source      TEXT,
    format      TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    hidden      TEXT    NOT NULL DEFAULT '[]',
    sha256      TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    removed_at  TEXT
);

CREATE TABLE excluded_span (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    origin    TEXT    NOT NULL CHECK (origin IN ('engine', 'user-exclude', 'user-include')),
    reason    TEXT,
    CHECK (start <= end)
);

CREATE TABLE result (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    engine      TEXT NOT NULL,
    input_hash  TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    json        TEXT NOT NULL
);

CREATE TABLE annotation (
    id          INTEGER PRIMARY KEY,
    target      TEXT    NOT NULL CHECK (target IN ('discrepancy', 'span')),
    fingerprint TEXT,
    report_id   INTEGER REFERENCES report (id),
    exact       TEXT    NOT NULL,
    prefix      TEXT    NOT NULL,
    suffix      TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    category    TEXT,
    note        TEXT    NOT NULL DEFAULT '',
    author      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    orphaned    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL,
    PRIMARY KEY (annotation_id, tag)
);

CREATE TABLE annotation_history (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    at            TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    old_value     TEXT,
    new_value     TEXT
);
