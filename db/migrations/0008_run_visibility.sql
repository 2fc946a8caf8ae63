-- Schema step 9: what each BrainBench run's images showed of the lesions. Written when a
-- run is planned (JSON: per slice source and lesion case, whether the shown slice(s)
-- contain lesion voxels of the case's DICOM SEG mask and what share of the lesion's
-- largest cross-section they show), so that the report states it for the images the run
-- actually sent, even after a selection is recomputed. '' for runs planned before.

ALTER TABLE bench_runs ADD COLUMN visibility TEXT NOT NULL DEFAULT '';
