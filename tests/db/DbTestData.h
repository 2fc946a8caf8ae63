#pragma once

// Test data for the database tests: real DICOM series written with the project's writer,
// side files in the documented JSON formats, and small SQL probes.

#include "db/Database.h"
#include "io/dicom/DicomSeriesWriter.h"
#include "workflows/ImportReport.h"

#include <QString>
#include <QVariant>

namespace brainmd::test {

/// One series to write: identity and a seed for the voxel pattern.
struct TestSeries {
    QString patientId;
    QString accession;
    int studyIndex = 1;
    int seriesNumber = 1;
    int seed = 1;
    std::array<int, 3> dims{32, 32, 10};
};

/// A deterministic Int16 volume (axial, LPS-aligned, 0.9 × 0.9 × 2 mm) seeded by `seed`.
Volume testVolume(const std::array<int, 3> &dims, int seed);

/// StudyInstanceUID of a test study.
QString studyUid(int studyIndex);

/// SeriesInstanceUID of a test series; SOPInstanceUID of its slice k (0-based).
QString seriesUid(const TestSeries &series);
QString sopUid(const TestSeries &series, int slice);

/// Writes `series` into `folder` (IM0001.dcm, ...). Returns "" or the writer's error.
QString writeTestSeries(const TestSeries &series, const QString &folder);

/// Writes `text` to `path` (UTF-8). Returns false on failure.
bool writeText(const QString &path, const QString &text);

/// Runs statements on a file through a private raw connection, outside the Database class
/// (foreign keys off, SQLite's default), the way another tool or a crash might leave it.
/// Returns false (with a warning naming the statement) on the first failure.
bool runRawSql(const QString &path, const QStringList &statements);

/// The first value of the first row of `sql` run on this thread's connection.
QVariant scalar(const Database &db, const QString &sql);
int rowCount(const Database &db, const QString &table);

/// The report's summary followed by every problem and unmatched row, for failure messages.
QByteArray describe(const ImportReport &report);

/// True when both volumes hold the same values in the same order.
bool sameVoxels(const Volume &a, const Volume &b);

} // namespace brainmd::test
