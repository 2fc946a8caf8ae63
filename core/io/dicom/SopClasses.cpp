#include "io/dicom/SopClasses.h"

#include <QCoreApplication>

namespace brainmd::dicom {

namespace {

struct NonImageClass {
    const char *uid; ///< the SOP class UID, or its prefix when `prefix`
    bool prefix;
    const char *what; ///< translated: what the object is
};

// PS3.4 Annex B / PS3.6 Annex A. Classes matched by prefix are families (all SR
// documents, all presentation states, waveforms).
const NonImageClass kClasses[] = {
    {"1.2.840.10008.5.1.4.1.1.66.4", false,
     QT_TRANSLATE_NOOP("brainmd", "DICOM Segmentation (SEG)")},
    {"1.2.840.10008.5.1.4.1.1.66.5", false, QT_TRANSLATE_NOOP("brainmd", "surface segmentation")},
    {"1.2.840.10008.5.1.4.1.1.66.1", false, QT_TRANSLATE_NOOP("brainmd", "spatial registration")},
    {"1.2.840.10008.5.1.4.1.1.66.3", false,
     QT_TRANSLATE_NOOP("brainmd", "deformable spatial registration")},
    {"1.2.840.10008.5.1.4.1.1.66.2", false, QT_TRANSLATE_NOOP("brainmd", "spatial fiducials")},
    {"1.2.840.10008.5.1.4.1.1.66", false, QT_TRANSLATE_NOOP("brainmd", "raw data object")},
    {"1.2.840.10008.5.1.4.1.1.88.59", false,
     QT_TRANSLATE_NOOP("brainmd", "key object selection (KOS)")},
    {"1.2.840.10008.5.1.4.1.1.88.", true, QT_TRANSLATE_NOOP("brainmd", "structured report (SR)")},
    {"1.2.840.10008.5.1.4.1.1.11.", true, QT_TRANSLATE_NOOP("brainmd", "presentation state")},
    {"1.2.840.10008.5.1.4.1.1.9.", true, QT_TRANSLATE_NOOP("brainmd", "waveform")},
    {"1.2.840.10008.5.1.4.1.1.104.", true, QT_TRANSLATE_NOOP("brainmd", "encapsulated document")},
    {"1.2.840.10008.5.1.4.1.1.481.3", false, QT_TRANSLATE_NOOP("brainmd", "RT structure set")},
    {"1.2.840.10008.5.1.4.1.1.481.5", false, QT_TRANSLATE_NOOP("brainmd", "RT plan")},
    {"1.2.840.10008.5.1.4.1.1.30", false, QT_TRANSLATE_NOOP("brainmd", "parametric map")},
    {"1.2.840.10008.5.1.4.39.1", false, QT_TRANSLATE_NOOP("brainmd", "colour palette")},
    {"1.2.840.10008.5.1.4.38.1", false, QT_TRANSLATE_NOOP("brainmd", "hanging protocol")},
};

} // namespace

QString nonImageSopClassReason(const QString &uid) {
    const QByteArray key = uid.trimmed().toLatin1();
    for (const NonImageClass &c : kClasses) {
        const bool match = c.prefix ? key.startsWith(c.uid) : key == c.uid;
        if (match)
            return QCoreApplication::translate("brainmd", "%1, not an image slice")
                .arg(QCoreApplication::translate("brainmd", c.what));
    }
    return {};
}

} // namespace brainmd::dicom
