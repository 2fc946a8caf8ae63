#include "ui/main/CaseLoader.h"

#include "ui/main/MemoryPolicy.h"

#include "volume/Orientation.h"
#include "workflows/CaseVolumes.h"

#include "ports/StudyStorage.h"
#include "ui/jobs/JobRunner.h"
#include "ui/jobs/Workspace.h"

#include <QCoreApplication>

namespace brainmd {

CaseLoader::CaseLoader(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {
    releaseLargeBuffersPromptly();
}

CaseLoader::~CaseLoader() {
    if (m_running) {
        m_running->cancel();
        m_running->wait();
    }
}

void CaseLoader::load(qint64 caseId) {
    m_wanted = caseId;
    if (m_running)
        return; // picked up when the running load finishes
    const std::shared_ptr<const StudyStorage> storage = m_workspace.storage();
    if (!storage)
        return;
    auto result = std::make_shared<LoadedCase>();
    m_running = m_workspace.start(makeJob(
        tr("Opening case"), [storage, caseId, result](ProgressReporter &, const CancelFlag &) {
            *result = loadNow(*storage->cases(), caseId);
        }));
    // A load whose study was switched or closed meanwhile belongs to another file, even if
    // it finished before the switch. Comparing addresses is sound: the job still holds
    // its storage while finished() is handled, so a new storage cannot reuse the address.
    const StudyStorage *from = storage.get();
    connect(m_running, &JobRunner::finished, this, [this, result, from](bool cancelled) {
        m_running = nullptr;
        if (cancelled || m_workspace.storage().get() != from)
            return;
        if (result->caseId == m_wanted)
            Q_EMIT loaded(*result);
        else
            load(m_wanted);
    });
}

LoadedCase CaseLoader::loadNow(const CaseCatalog &cases, qint64 caseId) {
    LoadedCase out;
    out.caseId = caseId;
    const std::optional<CaseSummary> summary = cases.caseById(caseId);
    if (!summary) {
        out.error =
            QCoreApplication::translate("brainmd", "case %1 is not in the database").arg(caseId);
        return out;
    }
    out.summary = *summary;
    RasCase loaded = loadRasCase(cases, caseId);
    if (!loaded.ok()) {
        out.error = loaded.error;
        return out;
    }
    auto ras = std::make_shared<Volume>(std::move(loaded.volume));
    out.window = loaded.window;
    constexpr std::size_t kPreviewLimit = 4u << 20;
    out.previewVolume = ras->voxelCount() > kPreviewLimit
                            ? std::make_shared<Volume>(halfResolution(*ras))
                            : std::shared_ptr<const Volume>(ras);
    RasLabelMap mask = loadRasLabelMap(cases, caseId);
    if (mask.present && mask.error.isEmpty() && mask.labels.geometry().sameGrid(ras->geometry())) {
        out.labelMap = std::make_shared<Volume>(std::move(mask.labels));
        out.segments = std::move(mask.segments);
    } else if (mask.present) {
        out.labelMapError = mask.error.isEmpty()
                                ? QCoreApplication::translate(
                                      "brainmd", "the lesion mask does not lie on the case's grid")
                                : mask.error;
    }
    out.rasVolume = std::move(ras);
    return out;
}

Volume CaseLoader::halfResolution(const Volume &rasVolume) {
    const Geometry &in = rasVolume.geometry();
    Geometry g = in;
    for (std::size_t a = 0; a < 3; ++a)
        g.dims[a] = std::max(1, in.dims[a] / 2);
    g.spacing = in.spacing * 2.0;
    // The centre of output voxel 0 is the centre of input voxels 0 and 1 along each axis.
    g.origin = in.indexToLpsPoint(Eigen::Vector3d(0.5, 0.5, 0.5));
    Volume out(g, rasVolume.type());
    out.headerWindow = rasVolume.headerWindow;
    // Second voxel of each 2-voxel block along an axis (itself where the axis has one voxel).
    const std::size_t sx = in.dims[0] > 1 ? 1 : 0;
    const std::size_t sy = in.dims[1] > 1 ? static_cast<std::size_t>(in.dims[0]) : 0;
    const std::size_t sz =
        in.dims[2] > 1 ? static_cast<std::size_t>(in.dims[0]) * static_cast<std::size_t>(in.dims[1])
                       : 0;
    const std::int16_t *shorts = rasVolume.int16Data();
    const float *floats = rasVolume.floatData();
    // Reads the storage directly: this runs on every case opened, ~12 M voxels at 1 mm.
    const auto at = [&](std::size_t linear) {
        return shorts != nullptr ? static_cast<float>(shorts[linear]) : floats[linear];
    };
    for (int k = 0; k < g.dims[2]; ++k)
        for (int j = 0; j < g.dims[1]; ++j)
            for (int i = 0; i < g.dims[0]; ++i) {
                const std::size_t p = rasVolume.linearIndex(2 * i, 2 * j, 2 * k);
                const float sum = at(p) + at(p + sx) + at(p + sy) + at(p + sy + sx) + at(p + sz) +
                                  at(p + sz + sx) + at(p + sz + sy) + at(p + sz + sy + sx);
                out.setValue(out.linearIndex(i, j, k), sum / 8.0f);
            }
    return out;
}

} // namespace brainmd
