#include "privacy/FileDeidentifier.h"

#include "brainmd/Version.h"
#include "common/PrivateFiles.h"
#include "privacy/DataSetCleaner.h"

#include <gdcmFileMetaInformation.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

using Outcome = FileDeidentification::Outcome;

std::string textOf(const gdcm::DataSet &ds, const gdcm::Tag &t) {
    return ds.FindDataElement(t) ? elementText(ds.GetDataElement(t)) : std::string();
}

void putText(gdcm::DataSet &ds, const gdcm::Tag &t, gdcm::VR vr, const std::string &text) {
    gdcm::DataElement de(t);
    de.SetVR(vr);
    setElementText(de, gdcm::VR::GetVRString(vr), text);
    ds.Replace(de);
}

gdcm::Item codeItem(const char *value, const char *meaning) {
    gdcm::Item item;
    item.SetVLToUndefined();
    putText(item.GetNestedDataSet(), {0x0008, 0x0100}, gdcm::VR::SH, value);
    putText(item.GetNestedDataSet(), {0x0008, 0x0102}, gdcm::VR::SH, "DCM");
    putText(item.GetNestedDataSet(), {0x0008, 0x0104}, gdcm::VR::LO, meaning);
    return item;
}

/// PatientIdentityRemoved, the method in words and as codes of CID 7050, and whether
/// dates were modified (PS3.15 E.1.1 and E.3).
void recordMethod(gdcm::DataSet &ds, const DeidentifyOptions &options) {
    struct Code {
        const char *value, *meaning;
    };
    std::vector<Code> codes{{"113100", "Basic Application Confidentiality Profile"}};
    if (options.cleanDescriptors)
        codes.push_back({"113105", "Clean Descriptors Option"});
    if (options.modifiedDates)
        codes.push_back(
            {"113107", "Retain Longitudinal Temporal Information Modified Dates Option"});
    if (options.patientCharacteristics)
        codes.push_back({"113108", "Retain Patient Characteristics Option"});
    gdcm::SmartPointer<gdcm::SequenceOfItems> sequence = new gdcm::SequenceOfItems;
    sequence->SetLengthToUndefined();
    std::string method = std::string("BrainMD ") + kVersion + " PS3.15 E.1 Basic Profile";
    for (const Code &code : codes) {
        sequence->AddItem(codeItem(code.value, code.meaning));
        if (std::string_view(code.value) != "113100")
            method += std::string("\\") + code.meaning;
    }
    putText(ds, {0x0012, 0x0062}, gdcm::VR::CS, "YES");
    putText(ds, {0x0012, 0x0063}, gdcm::VR::LO, method);
    gdcm::DataElement codeSequence(gdcm::Tag(0x0012, 0x0064));
    codeSequence.SetVR(gdcm::VR::SQ);
    codeSequence.SetValue(*sequence);
    codeSequence.SetVLToUndefined();
    ds.Replace(codeSequence);
    putText(ds, {0x0028, 0x0303}, gdcm::VR::CS, options.modifiedDates ? "MODIFIED" : "REMOVED");
}

/// GDCM reads a file cut short inside its pixel data without complaint (and fills the rest
/// with zeros), so a release would carry a broken image: compare with the file's size.
bool pixelDataLongerThanFile(const gdcm::DataSet &ds, const QString &path) {
    const gdcm::Tag pixelData(0x7FE0, 0x0010);
    if (!ds.FindDataElement(pixelData))
        return false;
    const gdcm::ByteValue *bytes = ds.GetDataElement(pixelData).GetByteValue();
    return bytes != nullptr && qint64(bytes->GetLength()) > QFileInfo(path).size();
}

/// Why `file` is not to be de-identified (with its outcome), or "" when it is.
QString whyNotReleased(const gdcm::File &file, const QString &input, Outcome *outcome) {
    const gdcm::DataSet &ds = file.GetDataSet();
    *outcome = Outcome::Failed;
    if (textOf(file.GetHeader(), {0x0002, 0x0002}) == "1.2.840.10008.1.3.10") {
        *outcome = Outcome::Skipped;
        return tr("a DICOMDIR (it names the original files); not copied");
    }
    if (textOf(ds, {0x0028, 0x0301}) == "YES") {
        *outcome = Outcome::Refused;
        return tr("BurnedInAnnotation is YES: the pixels may show identifying text, "
                  "which header cleaning cannot remove");
    }
    if (pixelDataLongerThanFile(ds, input))
        return tr("the file ends inside its pixel data (truncated)");
    if (textOf(ds, {0x0008, 0x0018}).empty())
        return tr("the file has no SOP Instance UID");
    return {};
}

/// Writes `file` to `path` through a private partial file renamed at the end, so that
/// neither a reader nor a crash ever sees half a copy. Returns "" or the error.
QString writeCopy(const gdcm::File &file, const QString &path) {
    const QString partial = path + QStringLiteral(".part");
    {
        // Made 0600 before GDCM writes a byte into it.
        QFile create(partial);
        if (!create.open(QIODevice::WriteOnly) ||
            !create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return tr("cannot write %1").arg(path);
    }
    gdcm::Writer writer;
    writer.SetFile(file);
    writer.SetFileName(QFile::encodeName(partial).constData());
    const bool written = writer.Write();
    QFile::remove(path);
    if (!written || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("cannot write %1").arg(path);
    }
    return {};
}

bool hasDicomMagic(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() >= 132 && file.seek(128) &&
           file.read(4) == "DICM";
}

} // namespace

FileDeidentification deidentifyFile(const QString &input, const QString &outDir,
                                    const DeidentifyProfile &profile, const PseudonymKey &key) {
    FileDeidentification result;
    gdcm::Reader reader;
    reader.SetFileName(QFile::encodeName(input).constData());
    if (!reader.Read()) {
        result.outcome = hasDicomMagic(input) ? Outcome::Failed : Outcome::Skipped;
        result.reason = result.outcome == Outcome::Failed ? tr("GDCM cannot read this DICOM file")
                                                          : tr("not a DICOM file");
        return result;
    }
    gdcm::File &file = reader.GetFile();
    gdcm::DataSet &ds = file.GetDataSet();
    result.reason = whyNotReleased(file, input, &result.outcome);
    if (!result.reason.isEmpty())
        return result;
    PatientPseudonym &patient = result.patient;
    patient.originalId = QString::fromUtf8(textOf(ds, {0x0010, 0x0020}));
    patient.originalName = QString::fromUtf8(textOf(ds, {0x0010, 0x0010}));
    const QString patientKey = patient.originalId.isEmpty()
                                   ? QStringLiteral("name:") + patient.originalName
                                   : patient.originalId;
    patient.pseudonym = key.patientPseudonym(patientKey);
    patient.dateOffsetDays = profile.options().modifiedDates ? key.dateOffsetDays(patientKey) : 0;

    DataSetCleaner cleaner(profile, key, patient.pseudonym.toStdString(), patient.dateOffsetDays,
                           identifyingTexts(ds));
    const std::string sopInstance = textOf(ds, {0x0008, 0x0018});
    cleaner.clean(ds);
    recordMethod(ds, profile.options());
    // The file meta header names the instance too, the sending station's AE titles, and
    // may carry private information of its own.
    gdcm::FileMetaInformation &header = file.GetHeader();
    const std::string newSop = cleaner.mapUidValue(sopInstance);
    putText(header, {0x0002, 0x0003}, gdcm::VR::UI, newSop);
    for (std::uint16_t element : {0x0016, 0x0017, 0x0018, 0x0100, 0x0102})
        header.Remove(gdcm::Tag(0x0002, element));

    const QString folder = outDir + QLatin1Char('/') + patient.pseudonym;
    const QString path =
        folder + QLatin1Char('/') + QString::fromLatin1(newSop) + QStringLiteral(".dcm");
    result.reason = createPrivateDir(folder) ? writeCopy(file, path)
                                             : tr("cannot create the folder %1").arg(folder);
    if (!result.reason.isEmpty())
        return result;
    result.outcome = Outcome::Written;
    result.outputPath = path;
    for (const auto &[from, to] : cleaner.uids())
        result.uids.emplace_back(QString::fromLatin1(from), QString::fromLatin1(to));
    result.cleanedDescriptors = cleaner.cleanedDescriptors();
    return result;
}

} // namespace brainmd
