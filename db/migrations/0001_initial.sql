-- Schema v1 of the BrainMD case database.
-- Levels follow the CTK DICOM database (patients > studies > series > instances); a case is
-- one imported 3D series. Tables marked append-only are guarded by triggers.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Per-database salt for the pseudonymous patient key (never leaves this file).
INSERT INTO settings (key, value) VALUES ('pseudonym_salt', lower(hex(randomblob(16))));

CREATE TABLE patients (
    id           INTEGER PRIMARY KEY,
    patient_key  TEXT NOT NULL UNIQUE,
    patient_id   TEXT NOT NULL DEFAULT '',
    patient_name TEXT NOT NULL DEFAULT '',
    birth_date   TEXT NOT NULL DEFAULT '',
    sex          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patients_patient_id ON patients (patient_id);

CREATE TABLE studies (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    study_instance_uid TEXT NOT NULL UNIQUE,
    accession_number   TEXT NOT NULL DEFAULT '',
    study_date         TEXT NOT NULL DEFAULT '',
    study_time         TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX studies_patient ON studies (patient_id);
CREATE INDEX studies_accession ON studies (accession_number);

CREATE TABLE series (
    id                  INTEGER PRIMARY KEY,
    study_id            INTEGER NOT NULL REFERENCES studies (id) ON DELETE CASCADE,
    series_key          TEXT NOT NULL UNIQUE,
    series_instance_uid TEXT NOT NULL,
    series_number       INTEGER NOT NULL DEFAULT 0,
    split_description   TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    modality            TEXT NOT NULL DEFAULT '',
    dim_x               INTEGER NOT NULL,
    dim_y               INTEGER NOT NULL,
    dim_z               INTEGER NOT NULL,
    spacing_x           REAL NOT NULL,
    spacing_y           REAL NOT NULL,
    spacing_z           REAL NOT NULL,
    orientation         TEXT NOT NULL DEFAULT '',
    voxel_type          TEXT NOT NULL DEFAULT 'int16',
    window_center       REAL,
    window_width        REAL,
    instance_count      INTEGER NOT NULL,
    warnings            TEXT NOT NULL DEFAULT '[]',
    cache_path          TEXT NOT NULL,
    imported_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX series_study ON series (study_id);
CREATE INDEX series_uid ON series (series_instance_uid);

CREATE TABLE instances (
    id               INTEGER PRIMARY KEY,
    series_id        INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    sop_instance_uid TEXT NOT NULL UNIQUE,
    file_path        TEXT NOT NULL UNIQUE,
    file_size        INTEGER NOT NULL,
    mtime_ms         INTEGER NOT NULL,
    instance_number  INTEGER NOT NULL DEFAULT 0,
    frames           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX instances_series ON instances (series_id);

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    series_id  INTEGER NOT NULL UNIQUE REFERENCES series (id) ON DELETE CASCADE,
    case_key   TEXT NOT NULL UNIQUE,
    status     TEXT NOT NULL DEFAULT 'new',
    created_at TEXT NOT NULL
);
CREATE INDEX cases_status ON cases (status);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('report', 'ehr', 'demographics')),
    text        TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_row  INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    UNIQUE (case_id, kind, source_path)
);
CREATE INDEX documents_source ON documents (source_path);

CREATE TABLE label_sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('file', 'phantom', 'reader', 'consensus')),
    path        TEXT NOT NULL DEFAULT '',
    task_pack   TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);

CREATE TABLE labels (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES label_sources (id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    answer      TEXT NOT NULL,
    source_row  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, case_id, question_id)
);
CREATE INDEX labels_case ON labels (case_id);

CREATE TABLE reference_slice_sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    basis       TEXT NOT NULL DEFAULT '',
    path        TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);

CREATE TABLE reference_slices (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES reference_slice_sources (id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    view        TEXT NOT NULL CHECK (view IN ('axial', 'coronal', 'sagittal')),
    slice_index INTEGER NOT NULL,
    position_mm REAL NOT NULL,
    source_row  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, case_id, view)
);
CREATE INDEX reference_slices_case ON reference_slices (case_id);

CREATE TABLE readers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('reader', 'adjudicator')),
    created_at TEXT NOT NULL
);

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY,
    reader_id  INTEGER NOT NULL REFERENCES readers (id),
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    worklist   TEXT NOT NULL DEFAULT '[]',
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_reader ON sessions (reader_id);

-- Append-only: a corrected mark is a new row; the latest row per (reader, case, view) wins.
CREATE TABLE slice_annotations (
    id              INTEGER PRIMARY KEY,
    reader_id       INTEGER NOT NULL REFERENCES readers (id),
    session_id      INTEGER REFERENCES sessions (id),
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    view            TEXT NOT NULL CHECK (view IN ('axial', 'coronal', 'sagittal')),
    slice_index     INTEGER,
    position_mm     REAL,
    suggested_index INTEGER,
    confidence      REAL,
    comment         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX slice_annotations_case ON slice_annotations (case_id);
CREATE INDEX slice_annotations_reader ON slice_annotations (reader_id);
CREATE INDEX slice_annotations_session ON slice_annotations (session_id);

-- Append-only, like slice_annotations.
CREATE TABLE answers (
    id              INTEGER PRIMARY KEY,
    reader_id       INTEGER NOT NULL REFERENCES readers (id),
    session_id      INTEGER REFERENCES sessions (id),
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    question_id     TEXT NOT NULL,
    value           TEXT,
    suggested_value TEXT,
    confidence      REAL,
    comment         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX answers_case ON answers (case_id);
CREATE INDEX answers_reader ON answers (reader_id);
CREATE INDEX answers_session ON answers (session_id);

CREATE TRIGGER slice_annotations_append_only BEFORE UPDATE ON slice_annotations
BEGIN SELECT RAISE(ABORT, 'slice_annotations is append-only'); END;
CREATE TRIGGER slice_annotations_no_delete BEFORE DELETE ON slice_annotations
BEGIN SELECT RAISE(ABORT, 'slice_annotations is append-only'); END;
CREATE TRIGGER answers_append_only BEFORE UPDATE ON answers
BEGIN SELECT RAISE(ABORT, 'answers is append-only'); END;
CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers
BEGIN SELECT RAISE(ABORT, 'answers is append-only'); END;

CREATE TABLE selections (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    method           TEXT NOT NULL,
    parameters       TEXT NOT NULL DEFAULT '{}',
    parameter_hash   TEXT NOT NULL,
    seed             INTEGER NOT NULL DEFAULT 0,
    software_version TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (case_id, method, parameter_hash)
);

CREATE TABLE selection_views (
    id           INTEGER PRIMARY KEY,
    selection_id INTEGER NOT NULL REFERENCES selections (id) ON DELETE CASCADE,
    view         TEXT NOT NULL CHECK (view IN ('axial', 'coronal', 'sagittal')),
    slice_index  INTEGER NOT NULL,
    position_mm  REAL NOT NULL,
    vote_profile TEXT NOT NULL DEFAULT '[]',
    UNIQUE (selection_id, view)
);

CREATE TABLE bench_runs (
    id          INTEGER PRIMARY KEY,
    config      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'created',
    created_at  TEXT NOT NULL,
    finished_at TEXT
);

CREATE TABLE predictions (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES bench_runs (id) ON DELETE CASCADE,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    condition     TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    raw_answer    TEXT,
    parsed_answer TEXT,
    probability   REAL,
    latency_ms    INTEGER,
    tokens        INTEGER,
    error         TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX predictions_run ON predictions (run_id);
CREATE INDEX predictions_case ON predictions (case_id);
CREATE INDEX predictions_request ON predictions (request_hash);

CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    paths       TEXT NOT NULL DEFAULT '[]',
    summary     TEXT,
    problems    TEXT
);
