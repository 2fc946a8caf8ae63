#include "io/dicom/DicomFileCollector.h"

#include "io/dicom/DicomDataSetAccess.h"
#include "io/dicom/DicomStructureCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <gdcmReader.h>

#include <set>

namespace brainmd::dicom {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

bool isDicomDirName(const QString &path) {
    return QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

/// Resolves `components` under `base`, matching each name case-insensitively when the
/// exact name does not exist. Returns "" when nothing matches.
QString resolveCaseInsensitive(const QString &base, const QStringList &components) {
    QString current = base;
    for (const QString &name : components) {
        const QString exact = QDir(current).filePath(name);
        if (QFileInfo::exists(exact)) {
            current = exact;
            continue;
        }
        const QStringList entries =
            QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QString match;
        for (const QString &entry : entries) {
            if (entry.compare(name, Qt::CaseInsensitive) == 0) {
                match = entry;
                break;
            }
        }
        if (match.isEmpty())
            return {};
        current = QDir(current).filePath(match);
    }
    return current;
}

// Referenced File ID components are plain names (PS3.10: up to 8 characters from
// A-Z, 0-9 and '_'; we accept any name without a separator): never "." or "..", never
// absolute, so a crafted DICOMDIR cannot make the import read files elsewhere.
bool safeComponents(const QStringList &components) {
    for (const QString &c : components) {
        if (c.isEmpty() || c == QLatin1String(".") || c == QLatin1String("..") ||
            c.contains(QLatin1Char('/')) || c.contains(QLatin1Char('\\')) ||
            c.contains(QLatin1Char(':')))
            return false;
    }
    return true;
}

} // namespace

QStringList filesReferencedByDicomDir(const QString &dicomDirPath,
                                      std::vector<FileProblem> *problems) {
    QStringList files;
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(dicomDirPath).constData());
    // The structure check first: GDCM aborts on some damaged files (fuzzing found one).
    if (checkDicomStructure(dicomDirPath) != StructureStatus::Ok || !reader.Read()) {
        problems->push_back({dicomDirPath, tr("DICOMDIR could not be read")});
        return files;
    }
    const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    const gdcm::Tag records(0x0004, 0x1220);
    const QString base = QFileInfo(dicomDirPath).absolutePath();
    const std::size_t count = itemCount(ds, records);
    for (std::size_t n = 0; n < count; ++n) {
        const std::optional<gdcm::DataSet> record = item(ds, records, n);
        if (!record)
            continue;
        QStringList components;
        for (const std::string &part : stringValues(*record, gdcm::Tag(0x0004, 0x1500)))
            components.append(QString::fromStdString(part));
        if (components.isEmpty())
            continue;
        if (!safeComponents(components)) {
            problems->push_back({dicomDirPath, tr("a DICOMDIR record points outside its folder "
                                                  "(%1); ignored")
                                                   .arg(components.join(QLatin1Char('\\')))});
            continue;
        }
        const QString resolved = resolveCaseInsensitive(base, components);
        // A symbolic link inside the folder may still lead out of it.
        const QString canonicalBase = QFileInfo(base).canonicalFilePath();
        const QString canonical = QFileInfo(resolved).canonicalFilePath();
        if (!resolved.isEmpty() && !canonical.startsWith(canonicalBase + QLatin1Char('/'))) {
            problems->push_back({resolved, tr("referenced by the DICOMDIR but outside its "
                                              "folder; ignored")});
            continue;
        }
        if (resolved.isEmpty())
            problems->push_back({QDir(base).filePath(components.join(QLatin1Char('/'))),
                                 tr("referenced by the DICOMDIR but missing")});
        else
            files.append(resolved);
    }
    return files;
}

CollectedFiles collectDicomFiles(const QStringList &paths) {
    CollectedFiles out;
    std::set<QString> seen;
    const auto add = [&](const QString &path) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
        if (seen.insert(key).second)
            out.files.append(info.absoluteFilePath());
    };
    const auto addFileOrDicomDir = [&](const QString &path) {
        if (!isDicomDirName(path)) {
            add(path);
            return;
        }
        for (const QString &referenced : filesReferencedByDicomDir(path, &out.problems))
            add(referenced);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            for (const QString &file : found)
                addFileOrDicomDir(file);
        } else if (info.exists()) {
            addFileOrDicomDir(path);
        } else {
            out.problems.push_back({path, tr("file or folder does not exist")});
        }
    }
    out.files.sort();
    return out;
}

} // namespace brainmd::dicom
