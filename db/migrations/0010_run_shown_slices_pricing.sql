-- Schema step 10: what a BrainBench run showed and what it cost.
--
-- 1. shown_slices: the slice indices each case showed per slice source (JSON,
--    shownSlicesJson()), written when the run is first planned and reused when it
--    resumes, so a selection recomputed in between cannot mix into the run; the dashboard
--    opens the viewer at these slices. '' for runs planned before.
-- 2. pricing: the price per million input and output tokens the user gave for the run
--    (JSON, benchPricingJson()); with the tokens summed from the predictions the report
--    shows the run's actual cost. '' when no price was given.

ALTER TABLE bench_runs ADD COLUMN shown_slices TEXT NOT NULL DEFAULT '';
ALTER TABLE bench_runs ADD COLUMN pricing TEXT NOT NULL DEFAULT '';
