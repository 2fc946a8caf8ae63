-- Schema step 11: which BrainMD build created each BrainBench run ("1.2.0 (git abc1234)"),
-- for the leaderboard's run cards and for reproducing a run. '' for runs created before.

ALTER TABLE bench_runs ADD COLUMN software_version TEXT NOT NULL DEFAULT '';
