#include "privacy/PseudonymMap.h"

#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

const QString kFormat = QStringLiteral("brainmd-pseudonym-map");

} // namespace

bool PseudonymMap::load(const QString &path, const PseudonymKey &key, QString *error) {
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the map %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("%1 exists and is not a pseudonym map; it is left as it is").arg(path);
        return false;
    }
    if (root.value(QStringLiteral("key_fingerprint")).toString() != key.fingerprint()) {
        *error =
            tr("the map %1 was written with another key; use that key or another map").arg(path);
        return false;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("patients")).toArray()) {
        const QJsonObject p = value.toObject();
        PatientPseudonym patient{p.value(QStringLiteral("original_patient_id")).toString(),
                                 p.value(QStringLiteral("original_patient_name")).toString(),
                                 p.value(QStringLiteral("pseudonym")).toString(),
                                 p.value(QStringLiteral("date_offset_days")).toInt()};
        m_patients.insert(patient.pseudonym, patient);
    }
    const QJsonObject uids = root.value(QStringLiteral("uids")).toObject();
    for (auto it = uids.begin(); it != uids.end(); ++it)
        m_uids.insert(it.key(), it.value().toString());
    m_runs = QJsonDocument(root.value(QStringLiteral("runs")).toArray()).toJson();
    return true;
}

void PseudonymMap::add(const FileDeidentification &file) {
    m_patients.insert(file.patient.pseudonym, file.patient);
    for (const auto &[from, to] : file.uids)
        m_uids.insert(from, to);
}

QString PseudonymMap::write(const QString &path, const PseudonymKey &key, const QString &inDir,
                            const QString &outDir) const {
    QJsonArray patients;
    for (const PatientPseudonym &p : m_patients)
        patients.append(QJsonObject{{QStringLiteral("original_patient_id"), p.originalId},
                                    {QStringLiteral("original_patient_name"), p.originalName},
                                    {QStringLiteral("pseudonym"), p.pseudonym},
                                    {QStringLiteral("date_offset_days"), p.dateOffsetDays}});
    QJsonObject uids;
    for (auto it = m_uids.cbegin(); it != m_uids.cend(); ++it)
        uids.insert(it.key(), it.value());
    QJsonArray runs = QJsonDocument::fromJson(m_runs).array();
    runs.append(QJsonObject{
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("input"), inDir},
        {QStringLiteral("output"), outDir}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("key_fingerprint"), key.fingerprint()},
                           {QStringLiteral("runs"), runs},
                           {QStringLiteral("patients"), patients},
                           {QStringLiteral("uids"), uids}};
    return writePrivateFile(path, QJsonDocument(root).toJson());
}

} // namespace brainmd
