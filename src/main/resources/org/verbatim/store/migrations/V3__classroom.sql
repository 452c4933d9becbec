-- Schema version 3: classroom mode. A project file can be an exercise (reports + the teacher's answer key)
-- or a student's returned work (the exercise + the student's marks).

-- One row: what this file is. role: 'project', 'exercise' or 'student-work'.
-- key_plain holds the answer key as JSON when the teacher set no password; key_sealed holds it encrypted
-- (PBKDF2 + AES-GCM) when they did, and key_plain is then NULL.
CREATE TABLE classroom (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    role          TEXT NOT NULL DEFAULT 'project',
    title         TEXT,
    instructions  TEXT,
    hints         TEXT,
    checking      TEXT NOT NULL DEFAULT 'any',
    key_plain     TEXT,
    key_sealed    BLOB,
    student_name  TEXT,
    checks_used   INTEGER NOT NULL DEFAULT 0
);

-- A student's mark: words in one report, their counterpart in another (or missing there), a kind, and why.
CREATE TABLE student_mark (
    id            INTEGER PRIMARY KEY,
    report_a      INTEGER NOT NULL REFERENCES report (id),
    start_a       INTEGER NOT NULL,
    end_a         INTEGER NOT NULL,
    report_b      INTEGER NOT NULL REFERENCES report (id),
    start_b       INTEGER,
    end_b         INTEGER,
    kind          TEXT NOT NULL,
    why           TEXT NOT NULL DEFAULT '',
    removed       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);
CREATE INDEX student_mark_report ON student_mark (report_a);
