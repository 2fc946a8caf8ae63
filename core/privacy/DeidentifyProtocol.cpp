#include "privacy/DeidentifyProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brainmd {

namespace {

using Outcome = FileDeidentification::Outcome;

const char *const kOutcomes[] = {"written", "refused", "skipped", "failed"};

QByteArray line(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool parse(const QByteArray &text, QJsonObject *object) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    *object = document.object();
    return error.error == QJsonParseError::NoError && document.isObject();
}

} // namespace

QByteArray encodeSetup(const DeidentifySetup &setup) {
    return line({{QStringLiteral("key"), QString::fromLatin1(setup.key.secret().toBase64())},
                 {QStringLiteral("out"), setup.outDir},
                 {QStringLiteral("modified_dates"), setup.options.modifiedDates},
                 {QStringLiteral("patient_characteristics"), setup.options.patientCharacteristics},
                 {QStringLiteral("clean_descriptors"), setup.options.cleanDescriptors}});
}

bool decodeSetup(const QByteArray &text, DeidentifySetup *setup) {
    QJsonObject o;
    if (!parse(text, &o))
        return false;
    setup->key =
        PseudonymKey(QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1()));
    setup->outDir = o.value(QStringLiteral("out")).toString();
    setup->options.modifiedDates = o.value(QStringLiteral("modified_dates")).toBool();
    setup->options.patientCharacteristics =
        o.value(QStringLiteral("patient_characteristics")).toBool();
    setup->options.cleanDescriptors = o.value(QStringLiteral("clean_descriptors")).toBool();
    return setup->key.isValid() && !setup->outDir.isEmpty();
}

QByteArray encodeResult(const FileDeidentification &r) {
    QJsonArray uids;
    for (const auto &[from, to] : r.uids)
        uids.append(QJsonArray{from, to});
    const QJsonObject patient{{QStringLiteral("id"), r.patient.originalId},
                              {QStringLiteral("name"), r.patient.originalName},
                              {QStringLiteral("pseudonym"), r.patient.pseudonym},
                              {QStringLiteral("offset"), r.patient.dateOffsetDays}};
    return line(
        {{QStringLiteral("outcome"), QString::fromLatin1(kOutcomes[static_cast<int>(r.outcome)])},
         {QStringLiteral("reason"), r.reason},
         {QStringLiteral("output"), r.outputPath},
         {QStringLiteral("patient"), patient},
         {QStringLiteral("uids"), uids},
         {QStringLiteral("cleaned"), QJsonArray::fromStringList(r.cleanedDescriptors)}});
}

bool decodeResult(const QByteArray &text, FileDeidentification *r) {
    QJsonObject o;
    if (!parse(text, &o))
        return false;
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    int index = 0;
    while (index < 4 && outcome != QLatin1String(kOutcomes[index]))
        ++index;
    if (index == 4)
        return false;
    r->outcome = static_cast<Outcome>(index);
    r->reason = o.value(QStringLiteral("reason")).toString();
    r->outputPath = o.value(QStringLiteral("output")).toString();
    const QJsonObject patient = o.value(QStringLiteral("patient")).toObject();
    r->patient.originalId = patient.value(QStringLiteral("id")).toString();
    r->patient.originalName = patient.value(QStringLiteral("name")).toString();
    r->patient.pseudonym = patient.value(QStringLiteral("pseudonym")).toString();
    r->patient.dateOffsetDays = patient.value(QStringLiteral("offset")).toInt();
    r->uids.clear();
    for (const QJsonValue &pair : o.value(QStringLiteral("uids")).toArray())
        r->uids.emplace_back(pair.toArray().at(0).toString(), pair.toArray().at(1).toString());
    r->cleanedDescriptors.clear();
    for (const QJsonValue &name : o.value(QStringLiteral("cleaned")).toArray())
        r->cleanedDescriptors.append(name.toString());
    return true;
}

} // namespace brainmd
