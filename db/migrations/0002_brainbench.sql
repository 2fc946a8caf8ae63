-- Schema step 2 (BrainBench): what a run needs beyond bench_runs / predictions of step 1.
--
-- 1. Runs get a name and the message of their last stop (a pause says what to fix).
-- 2. Predictions become one row per task of a run (task_key unique within the run; a
--    failed task is replaced when the run resumes) with the label it is scored against,
--    the option rotation, the parse status and token counts.
-- 3. The response cache: every successful response by the hash of backend, model and the
--    whole request, so that a stopped run resumes without repeating a request. Requests
--    are stored with their images replaced by references into bench_images (each PNG once).
--    API keys are never part of a request body and so never stored.

ALTER TABLE bench_runs ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE bench_runs ADD COLUMN message TEXT NOT NULL DEFAULT '';
ALTER TABLE bench_runs ADD COLUMN updated_at TEXT;

ALTER TABLE predictions ADD COLUMN task_key TEXT NOT NULL DEFAULT '';
ALTER TABLE predictions ADD COLUMN rotation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE predictions ADD COLUMN truth TEXT NOT NULL DEFAULT '';
ALTER TABLE predictions ADD COLUMN status TEXT NOT NULL DEFAULT 'unparsed';
ALTER TABLE predictions ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE predictions ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE predictions ADD COLUMN from_cache INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX predictions_task ON predictions (run_id, task_key);

CREATE TABLE bench_responses (
    request_hash      TEXT PRIMARY KEY,
    backend           TEXT NOT NULL,
    model             TEXT NOT NULL,
    request           TEXT NOT NULL,
    body              BLOB NOT NULL,
    text              TEXT NOT NULL,
    finish_reason     TEXT NOT NULL DEFAULT '',
    logprobs          TEXT NOT NULL DEFAULT '[]',
    probability       REAL,
    http_status       INTEGER NOT NULL DEFAULT 200,
    latency_ms        INTEGER NOT NULL DEFAULT 0,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL
);

CREATE TABLE bench_images (
    hash TEXT PRIMARY KEY,
    png  BLOB NOT NULL
);
