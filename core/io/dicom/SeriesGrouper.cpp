#include "io/dicom/DicomScanner.h"

#include <QCoreApplication>

#include <Eigen/Geometry>
#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

/// The attributes a series is split by, as comparable strings.
struct SplitKey {
    QString orientation, size, localizer, echo, bValue, acquisition;
    auto tie() const { return std::tie(orientation, size, localizer, echo, bValue, acquisition); }
    bool operator<(const SplitKey &o) const { return tie() < o.tie(); }
};

QString rounded(double value, int decimals) {
    QString s = QString::number(value, 'f', decimals);
    // "-0.000" and "0.000" are the same orientation.
    if (s.startsWith(QLatin1Char('-')) && s.mid(1).remove(QLatin1Char('0')) == QLatin1String("."))
        s.remove(0, 1);
    return s;
}

SplitKey splitKeyOf(const DicomFileInfo &f) {
    SplitKey key;
    if (f.imageOrientation) {
        QStringList parts;
        for (double v : *f.imageOrientation)
            parts.append(rounded(v, 3));
        key.orientation = parts.join(QLatin1Char('\\'));
    }
    key.size = QStringLiteral("%1x%2").arg(f.columns).arg(f.rows);
    const bool localizer = f.imageType.contains(QStringLiteral("LOCALIZER"), Qt::CaseInsensitive);
    key.localizer = localizer ? QStringLiteral("1") : QStringLiteral("0");
    key.echo = f.echoTime ? rounded(*f.echoTime, 3) : QString();
    key.bValue = f.bValue ? rounded(*f.bValue, 1) : QString();
    return key;
}

QString planeName(const QString &orientationKey) {
    const QStringList v = orientationKey.split(QLatin1Char('\\'));
    if (v.size() != 6)
        return tr("unknown orientation");
    const Eigen::Vector3d row(v[0].toDouble(), v[1].toDouble(), v[2].toDouble());
    const Eigen::Vector3d col(v[3].toDouble(), v[4].toDouble(), v[5].toDouble());
    const Eigen::Vector3d normal = row.cross(col).cwiseAbs();
    Eigen::Index axis = 0;
    const double largest = normal.maxCoeff(&axis);
    if (largest < 0.99)
        return tr("oblique");
    return axis == 0 ? tr("sagittal") : axis == 1 ? tr("coronal") : tr("axial");
}

/// Splits by acquisition number when slice positions repeat within a sub-series.
std::map<SplitKey, std::vector<DicomFileInfo>>
splitByAcquisition(std::map<SplitKey, std::vector<DicomFileInfo>> groups) {
    std::map<SplitKey, std::vector<DicomFileInfo>> out;
    for (auto &[key, files] : groups) {
        std::set<QString> positions, acquisitions;
        for (const DicomFileInfo &f : files) {
            if (f.imagePosition)
                positions.insert(QStringLiteral("%1\\%2\\%3")
                                     .arg(rounded(f.imagePosition->x(), 2),
                                          rounded(f.imagePosition->y(), 2),
                                          rounded(f.imagePosition->z(), 2)));
            acquisitions.insert(QString::number(f.acquisitionNumber));
        }
        const bool repeats = positions.size() < files.size();
        if (!repeats || acquisitions.size() < 2) {
            out[key] = std::move(files);
            continue;
        }
        for (DicomFileInfo &f : files) {
            SplitKey sub = key;
            sub.acquisition = QString::number(f.acquisitionNumber);
            out[sub].push_back(std::move(f));
        }
    }
    return out;
}

QString describe(const SplitKey &key, const std::vector<SplitKey> &all) {
    const auto varies = [&](auto member) {
        return std::any_of(all.begin(), all.end(),
                           [&](const SplitKey &o) { return o.*member != key.*member; });
    };
    QStringList parts;
    if (varies(&SplitKey::orientation))
        parts.append(planeName(key.orientation));
    if (varies(&SplitKey::size))
        parts.append(tr("image size %1").arg(key.size));
    if (varies(&SplitKey::localizer))
        parts.append(key.localizer == QLatin1String("1") ? tr("localizer") : tr("not localizer"));
    if (varies(&SplitKey::echo))
        parts.append(tr("echo time %1 ms").arg(key.echo.toDouble()));
    if (varies(&SplitKey::bValue))
        parts.append(tr("b = %1 s/mm²").arg(key.bValue.toDouble()));
    if (varies(&SplitKey::acquisition))
        parts.append(tr("acquisition %1").arg(key.acquisition));
    return parts.join(QStringLiteral(", "));
}

/// Hash over every split attribute, so that a sub-series keeps its key whichever other
/// sub-series are imported with it.
QString keyHash(const SplitKey &key) {
    const QString signature =
        QStringList{key.orientation, key.size, key.localizer, key.echo, key.bValue, key.acquisition}
            .join(QLatin1Char('|'));
    return QString::fromLatin1(
        QCryptographicHash::hash(signature.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

void appendGroupsOfSeries(const QString &uid, std::vector<DicomFileInfo> files,
                          std::vector<SeriesGroup> *out) {
    std::map<SplitKey, std::vector<DicomFileInfo>> byKey;
    for (DicomFileInfo &f : files) {
        const SplitKey key = splitKeyOf(f);
        byKey[key].push_back(std::move(f));
    }
    byKey = splitByAcquisition(std::move(byKey));
    std::vector<SplitKey> keys;
    for (const auto &entry : byKey)
        keys.push_back(entry.first);
    for (auto &[key, groupFiles] : byKey) {
        SeriesGroup group;
        group.seriesInstanceUid = uid;
        const bool split = byKey.size() > 1;
        group.seriesKey = split ? uid + QLatin1Char('.') + keyHash(key) : uid;
        group.splitDescription = split ? describe(key, keys) : QString();
        group.files = std::move(groupFiles);
        std::sort(group.files.begin(), group.files.end(),
                  [](const DicomFileInfo &a, const DicomFileInfo &b) {
                      return std::tie(a.instanceNumber, a.path) <
                             std::tie(b.instanceNumber, b.path);
                  });
        out->push_back(std::move(group));
    }
}

} // namespace

std::vector<SeriesGroup> groupIntoSeries(std::vector<DicomFileInfo> images) {
    std::map<QString, std::vector<DicomFileInfo>> bySeries;
    for (DicomFileInfo &f : images) {
        const QString uid = f.seriesInstanceUid;
        bySeries[uid].push_back(std::move(f));
    }
    std::vector<SeriesGroup> groups;
    for (auto &[uid, files] : bySeries)
        appendGroupsOfSeries(uid, std::move(files), &groups);
    std::sort(groups.begin(), groups.end(),
              [](const SeriesGroup &a, const SeriesGroup &b) { return a.seriesKey < b.seriesKey; });
    return groups;
}

} // namespace brainmd
