-- Schema step 7: one run, one writer. A process that executes a benchmark run holds its
-- lease; a second process on the same run is refused instead of sending every request
-- again. The holder renews the lease while it runs; a crashed holder's lease expires, so
-- the run can be taken over after expires_ms. One row per leased run; different runs
-- stay concurrent.

CREATE TABLE bench_run_leases (
    run_id      INTEGER PRIMARY KEY REFERENCES bench_runs (id) ON DELETE CASCADE,
    holder      TEXT NOT NULL,    -- "<host>:<pid>:<random hex>", unique per process and lease
    host        TEXT NOT NULL,
    pid         INTEGER NOT NULL,
    acquired_at TEXT NOT NULL,    -- ISO 8601 UTC
    renewed_at  TEXT NOT NULL,    -- ISO 8601 UTC
    expires_ms  INTEGER NOT NULL  -- milliseconds since the epoch (UTC)
);

-- Where the run's API key came from ("environment variable OPENAI_API_KEY", "system
-- keychain (brainmd/host)", "none"), for the report. Never the key itself.
ALTER TABLE bench_runs ADD COLUMN api_key_source TEXT NOT NULL DEFAULT '';
