#include "io/kos/KeyObjectWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

OFString text(const QString &value) {
    return OFString(value.toUtf8().constData());
}

QString failure(const char *step, const OFCondition &condition) {
    return tr("cannot write the key object selection (%1): %2")
        .arg(QString::fromLatin1(step), QString::fromLocal8Bit(condition.text()));
}

OFCondition copyPatientAndStudy(DSRDocument &doc, const DicomFileInfo &file) {
    // UTF-8 for names that came in another character set: GDCM gave us Unicode.
    OFCondition status = doc.setSpecificCharacterSet("ISO_IR 192");
    if (status.good())
        status = doc.createNewSeriesInStudy(text(file.studyInstanceUid));
    if (status.good())
        status = doc.setPatientName(text(file.patientName), OFFalse);
    if (status.good())
        status = doc.setPatientID(text(file.patientId), OFFalse);
    if (status.good())
        status = doc.setPatientBirthDate(text(file.patientBirthDate), OFFalse);
    if (status.good())
        status = doc.setPatientSex(text(file.patientSex), OFFalse);
    if (status.good())
        status = doc.setStudyDate(text(file.studyDate), OFFalse);
    if (status.good())
        status = doc.setStudyTime(text(file.studyTime), OFFalse);
    if (status.good())
        status = doc.setAccessionNumber(text(file.accessionNumber), OFFalse);
    if (status.good())
        status = doc.setStudyDescription(text(file.studyDescription), OFFalse);
    return status;
}

OFCondition addImages(DSRDocument &doc, const std::vector<KeyImage> &images) {
    DSRDocumentTree &tree = doc.getTree();
    OFCondition status = EC_Normal;
    for (const KeyImage &image : images) {
        const DicomFileInfo &file = image.frame.file;
        if (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image) == 0)
            return EC_IllegalCall;
        DSRImageReferenceValue reference(text(file.sopClassUid), text(file.sopInstanceUid));
        if (image.frame.frameNumber > 0)
            reference.getFrameList().addItem(static_cast<Sint32>(image.frame.frameNumber));
        status = tree.getCurrentContentItem().setImageReference(reference, OFFalse);
        if (status.good())
            status = doc.getCurrentRequestedProcedureEvidence().addItem(
                text(file.studyInstanceUid), text(file.seriesInstanceUid), text(file.sopClassUid),
                text(file.sopInstanceUid), OFFalse);
        if (status.bad())
            return status;
    }
    return status;
}

} // namespace

QString writeKeyObjectSelection(const KeyObjectRequest &request, const QString &path) {
    if (request.images.empty())
        return tr("cannot write a key object selection without images");
    const QString study = request.images.front().frame.file.studyInstanceUid;
    for (const KeyImage &image : request.images) {
        if (image.frame.file.studyInstanceUid != study)
            return tr("the key images belong to more than one study");
    }
    DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
    OFCondition status = copyPatientAndStudy(doc, request.images.front().frame.file);
    if (status.bad())
        return failure("patient and study", status);
    doc.setSeriesDescription(text(request.seriesDescription), OFFalse);
    doc.setManufacturer("BrainMD Workstation", OFFalse);

    DSRDocumentTree &tree = doc.getTree();
    if (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container) == 0)
        return failure("root", EC_IllegalCall);
    status = tree.getCurrentContentItem().setConceptName(
        DSRCodedEntryValue("113013", "DCM", "Best In Set"));
    if (status.good())
        status = tree.setTemplateIdentification("2010", "DCMR");
    if (status.bad())
        return failure("title", status);
    if (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, DSRTypes::AM_belowCurrent) ==
        0)
        return failure("description", EC_IllegalCall);
    status = tree.getCurrentContentItem().setConceptName(
        DSRCodedEntryValue("113012", "DCM", "Key Object Description"));
    if (status.good())
        status = tree.getCurrentContentItem().setStringValue(text(request.description), OFFalse);
    if (status.good())
        status = addImages(doc, request.images);
    if (status.bad())
        return failure("images", status);

    DcmFileFormat file;
    status = doc.write(*file.getDataset());
    if (status.good())
        status = file.saveFile(OFFilename(QFile::encodeName(path).constData()),
                               EXS_LittleEndianExplicit);
    if (status.bad())
        return failure("file", status);
    return {};
}

} // namespace brainmd
