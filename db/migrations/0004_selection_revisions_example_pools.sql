-- Schema step 4 (Vote-MI integration).
--
-- 1. Selections get a revision. A selection is identified by (case, method, parameter
--    hash); `brainmd select --force` recomputes it and, only when the result differs from
--    the stored one (e.g. the case was re-imported with other voxels, or the software
--    changed), stores it as the next revision. Revision 1 is the first result; readers
--    take the highest revision. The unique key therefore gains the revision, which in
--    SQLite means rebuilding both tables (foreign keys stay on during migrations, so
--    the children are copied to a new table that follows the rename of its parent).
-- 2. Few-shot example pools: a named set of annotated cases chosen by vote-k or at random.

CREATE TABLE selections_v4 (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    method           TEXT NOT NULL,
    parameters       TEXT NOT NULL DEFAULT '{}',
    parameter_hash   TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    seed             INTEGER NOT NULL DEFAULT 0,
    software_version TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (case_id, method, parameter_hash, revision)
);
INSERT INTO selections_v4 (id, case_id, method, parameters, parameter_hash, revision, seed,
                           software_version, created_at)
    SELECT id, case_id, method, parameters, parameter_hash, 1, seed, software_version, created_at
    FROM selections;

CREATE TABLE selection_views_v4 (
    id           INTEGER PRIMARY KEY,
    selection_id INTEGER NOT NULL REFERENCES selections_v4 (id) ON DELETE CASCADE,
    view         TEXT NOT NULL CHECK (view IN ('axial', 'coronal', 'sagittal')),
    slice_index  INTEGER NOT NULL,
    position_mm  REAL NOT NULL,
    vote_profile TEXT NOT NULL DEFAULT '[]',
    UNIQUE (selection_id, view)
);
INSERT INTO selection_views_v4 (id, selection_id, view, slice_index, position_mm, vote_profile)
    SELECT id, selection_id, view, slice_index, position_mm, vote_profile FROM selection_views;

DROP TABLE selection_views;
DROP TABLE selections;
ALTER TABLE selections_v4 RENAME TO selections;
ALTER TABLE selection_views_v4 RENAME TO selection_views;
CREATE INDEX selections_case ON selections (case_id);
CREATE INDEX selections_lookup ON selections (case_id, method, parameter_hash, revision);

CREATE TABLE example_pools (
    id         INTEGER PRIMARY KEY,
    method     TEXT NOT NULL CHECK (method IN ('votek', 'random')),
    count      INTEGER NOT NULL CHECK (count >= 0),
    parameters TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);

-- The cases of a pool, in the order the method picked them (rank 0 first).
CREATE TABLE example_pool_cases (
    pool_id INTEGER NOT NULL REFERENCES example_pools (id) ON DELETE CASCADE,
    rank    INTEGER NOT NULL CHECK (rank >= 0),
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    PRIMARY KEY (pool_id, rank),
    UNIQUE (pool_id, case_id)
);
CREATE INDEX example_pool_cases_case ON example_pool_cases (case_id);
