#pragma once

#include <QString>

namespace brainmd {

/// Moves DICOM date values by whole days (Retain Longitudinal Temporal Information with
/// Modified Dates, PS3.15 E.3.6). Whole days keep every date consistent with its time
/// (StudyDate with StudyTime, the date part of a DT), so times (TM) stay as they are.
/// Multiple values (backslash) and ranges ("a-b") are shifted part by part. A value that
/// is not a full date cannot be shifted safely and comes back empty.

/// DA: "YYYYMMDD".
QString shiftDicomDate(const QString &value, int days);
/// DT: "YYYYMMDD[HHMMSS[.F…]][&ZZXX]"; the date part moves, the rest is kept.
QString shiftDicomDateTime(const QString &value, int days);

} // namespace brainmd
