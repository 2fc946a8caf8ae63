#include "io/dicom/SegmentationFiles.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace brainmd {

bool isSegmentationFile(const QString &path) {
    // DCMTK logs what it finds odd to stderr, naming no file; the import says it instead.
    static std::once_flag quiet;
    std::call_once(quiet,
                   [] { OFLog::getLogger("dcmtk.dcmdata").setLogLevel(OFLogger::OFF_LOG_LEVEL); });
    DcmFileFormat file;
    // Elements longer than 256 bytes (pixel data above all) are not loaded; a damaged file
    // fails here without consequence (DCMTK reports errors, it does not abort).
    const OFCondition loaded = file.loadFile(path.toLocal8Bit().constData(), EXS_Unknown,
                                             EGL_noChange, 256, ERM_autoDetect);
    if (loaded.bad())
        return false;
    OFString sopClass;
    if (file.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass).bad() ||
        sopClass.empty())
        file.getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass);
    return sopClass == kSegmentationSopClassUid;
}

} // namespace brainmd
