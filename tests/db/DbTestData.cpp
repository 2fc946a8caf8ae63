#include "DbTestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace brainmd::test {

namespace {
const QString kUidRoot = QStringLiteral("1.2.826.0.1.3680043.10.1234");
} // namespace

Volume testVolume(const std::array<int, 3> &dims, int seed) {
    Geometry geometry;
    geometry.dims = dims;
    geometry.spacing = Eigen::Vector3d(0.9, 0.9, 2.0);
    geometry.origin = Eigen::Vector3d(-14.0, -20.0, 10.0 * seed);
    Volume volume(geometry, VoxelType::Int16);
    std::int16_t *voxels = volume.int16Data();
    for (std::size_t n = 0; n < volume.voxelCount(); ++n)
        voxels[n] =
            static_cast<std::int16_t>((n * 7 + static_cast<std::size_t>(seed) * 101) % 3000);
    return volume;
}

QString studyUid(int studyIndex) {
    return QStringLiteral("%1.1.%2").arg(kUidRoot).arg(studyIndex);
}

QString seriesUid(const TestSeries &series) {
    return QStringLiteral("%1.2.%2.%3")
        .arg(kUidRoot)
        .arg(series.studyIndex)
        .arg(series.seriesNumber);
}

QString sopUid(const TestSeries &series, int slice) {
    return QStringLiteral("%1.4.%2.%3.%4")
        .arg(kUidRoot)
        .arg(series.studyIndex)
        .arg(series.seriesNumber)
        .arg(slice + 1);
}

QString writeTestSeries(const TestSeries &series, const QString &folder) {
    DicomSeriesMetadata meta;
    meta.patientName = QStringLiteral("Test^Patient%1").arg(series.patientId);
    meta.patientId = series.patientId;
    meta.patientBirthDate = QStringLiteral("19700101");
    meta.patientSex = QStringLiteral("O");
    meta.studyInstanceUid = studyUid(series.studyIndex);
    meta.seriesInstanceUid = seriesUid(series);
    meta.frameOfReferenceUid = QStringLiteral("%1.3.%2").arg(kUidRoot).arg(series.studyIndex);
    meta.sopUidRoot =
        QStringLiteral("%1.4.%2.%3").arg(kUidRoot).arg(series.studyIndex).arg(series.seriesNumber);
    meta.accessionNumber = series.accession;
    meta.studyDate = QStringLiteral("20240102");
    meta.studyTime = QStringLiteral("101500");
    meta.studyDescription = QStringLiteral("MR brain");
    meta.seriesDescription = QStringLiteral("T1 axial %1").arg(series.seriesNumber);
    meta.seriesNumber = series.seriesNumber;
    meta.windowCenter = 1500;
    meta.windowWidth = 3000;
    return writeDicomSeries(testVolume(series.dims, series.seed), meta, folder);
}

bool writeText(const QString &path, const QString &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

QVariant scalar(const Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

int rowCount(const Database &db, const QString &table) {
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QByteArray describe(const ImportReport &report) {
    QString text = report.summary();
    for (const FileProblem &problem : report.problems)
        text += QStringLiteral("\n  %1: %2").arg(problem.path, problem.reason);
    for (const UnmatchedRow &row : report.unmatchedRows)
        text += QStringLiteral("\n  %1 row %2: %3").arg(row.path).arg(row.row).arg(row.reason);
    return text.toLocal8Bit();
}

bool sameVoxels(const Volume &a, const Volume &b) {
    if (a.voxelCount() != b.voxelCount())
        return false;
    for (std::size_t n = 0; n < a.voxelCount(); ++n) {
        if (a.valueAt(n) != b.valueAt(n))
            return false;
    }
    return true;
}

bool runRawSql(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace brainmd::test
