-- Schema step 8: DICOM Segmentation objects (SEG) as lesion truth. One row per SEG
-- object placed on an imported case's series; its label map (voxel = segment number, on
-- the series grid) sits in the cache like the series volume. The largest cross-section
-- per view becomes the reference slices of the source "DICOM SEG".
--
-- Cache stamps: the size and CRC-32 of each cache file as the import wrote it, checked
-- when the file is read, so that a file damaged later is refused, not shown. NULL for
-- series imported before this step (those are checked by their header and gzip trailer
-- until imported again).

CREATE TABLE segmentations (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    series_key       TEXT NOT NULL,
    sop_instance_uid TEXT NOT NULL UNIQUE,
    file_path        TEXT NOT NULL,
    file_size        INTEGER NOT NULL,
    file_mtime_ms    INTEGER NOT NULL,
    segments         TEXT NOT NULL DEFAULT '[]', -- JSON: number, label, category, type, rgb
    cache_path       TEXT NOT NULL,
    cache_size       INTEGER NOT NULL,
    cache_crc32      INTEGER NOT NULL,
    voxel_count      INTEGER NOT NULL,           -- voxels in any segment
    notes            TEXT NOT NULL DEFAULT '[]', -- JSON: what placing it adjusted
    imported_at      TEXT NOT NULL               -- ISO 8601 UTC
);
CREATE INDEX segmentations_case ON segmentations (case_id);
CREATE INDEX segmentations_file ON segmentations (file_path);

ALTER TABLE series ADD COLUMN cache_size INTEGER;
ALTER TABLE series ADD COLUMN cache_crc32 INTEGER;
