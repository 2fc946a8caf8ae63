-- Schema v3: reader sessions of the workstation.
-- A retraction is a new row that names the row it takes back (undo without DELETE); a
-- session has a pass (2 for a deliberate second reading by the same reader) so that
-- intra-reader agreement can be measured.

ALTER TABLE slice_annotations ADD COLUMN retracts INTEGER REFERENCES slice_annotations (id);
ALTER TABLE answers ADD COLUMN retracts INTEGER REFERENCES answers (id);
CREATE INDEX slice_annotations_retracts ON slice_annotations (retracts);
CREATE INDEX answers_retracts ON answers (retracts);
ALTER TABLE sessions ADD COLUMN pass INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN blind INTEGER NOT NULL DEFAULT 1;

-- Append-only per-case events of a reading: opened, committed (the reader's marks are
-- final, others' become visible), skipped, postponed, time spent, case-level confidence,
-- comment and the poor-image-quality flag. The latest row of a kind wins.
CREATE TABLE case_events (
    id         INTEGER PRIMARY KEY,
    reader_id  INTEGER NOT NULL REFERENCES readers (id),
    session_id INTEGER REFERENCES sessions (id),
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    kind       TEXT NOT NULL CHECK (kind IN ('opened', 'committed', 'skipped', 'postponed',
                                             'time', 'confidence', 'comment', 'poor_quality')),
    value      TEXT NOT NULL DEFAULT '',
    seconds    REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id);
CREATE INDEX case_events_reader ON case_events (reader_id, case_id);

-- Append-only consensus set by an adjudicator: item is "view:<name>" (value = slice
-- index) or a question id (value = answer); NULL value clears it. The latest row wins.
CREATE TABLE consensus (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    adjudicator_id INTEGER NOT NULL REFERENCES readers (id),
    item           TEXT NOT NULL,
    value          TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX consensus_case ON consensus (case_id);

CREATE TRIGGER case_events_append_only BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER consensus_append_only BEFORE UPDATE ON consensus
BEGIN SELECT RAISE(ABORT, 'consensus is append-only'); END;
CREATE TRIGGER consensus_no_delete BEFORE DELETE ON consensus
BEGIN SELECT RAISE(ABORT, 'consensus is append-only'); END;
