#pragma once

#include "io/seg/DicomSegmentation.h"
#include "ports/CaseCatalog.h"
#include "volume/Volume.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace brainmd {

class JobRunner;
class Workspace;

/// A case ready to show: its RAS volume, initial window and summary.
struct LoadedCase {
    qint64 caseId = 0;
    CaseSummary summary;
    std::shared_ptr<const Volume> rasVolume;
    /// Half resolution (2×2×2 mean) when the volume exceeds ~4 M voxels, for the 3D view;
    /// else the volume itself. Volume rendering cost and texture memory drop eightfold.
    std::shared_ptr<const Volume> previewVolume;
    WindowLevel window; ///< from the DICOM header, else the 0.5–99.5 % percentile window
    /// The case's lesion mask (newest DICOM SEG) on the grid of rasVolume; null when the
    /// case has none or it cannot be read (then labelMapError says why).
    std::shared_ptr<const Volume> labelMap;
    std::vector<SegmentDescription> segments;
    QString labelMapError;
    QString error;
};

/// Loads cases as jobs of the workspace (cache read, RAS reorientation, auto-window,
/// lesion mask) and hands them to the GUI thread by loaded(); a newer request supersedes
/// an older one. Each load holds the study's storage, so switching the study (which
/// cancels and joins the workspace's jobs) never lets a load read the wrong file, and a
/// load that finishes cancelled is dropped.
class CaseLoader final : public QObject {
    Q_OBJECT

public:
    explicit CaseLoader(Workspace &workspace, QObject *parent = nullptr);
    ~CaseLoader() override;

    void load(qint64 caseId);
    /// Loads in the calling thread (benchmarks, tests).
    static LoadedCase loadNow(const CaseCatalog &cases, qint64 caseId);
    /// 2×2×2 block mean of a RAS volume (odd edges dropped), geometry kept consistent.
    static Volume halfResolution(const Volume &rasVolume);

Q_SIGNALS:
    void loaded(const brainmd::LoadedCase &loadedCase);

private:
    Workspace &m_workspace;
    /// The load in flight; null once its finished() has been handled.
    QPointer<JobRunner> m_running;
    qint64 m_wanted = 0;
};

} // namespace brainmd
