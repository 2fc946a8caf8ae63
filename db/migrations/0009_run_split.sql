-- Schema step 10: which labelled cases each BrainBench run took as its annotated example
-- pool and which it evaluated (JSON, benchSplitJson()), written when the run is planned.
-- Held-out runs keep the two disjoint; the report states the split, so a reader can check
-- that no case was both an example and scored. '' for runs planned before.

ALTER TABLE bench_runs ADD COLUMN split TEXT NOT NULL DEFAULT '';
