#include "workflows/CaseVolumes.h"

#include "ports/CaseCatalog.h"
#include "volume/Orientation.h"
#include "workflows/SegmentJson.h"

namespace brainmd {

RasCase loadRasCase(const CaseCatalog &cases, qint64 caseId) {
    const CachedVolume cached = cases.volumeFor(caseId);
    if (!cached.ok()) {
        RasCase failed;
        failed.error = cached.error;
        return failed;
    }
    return makeRasCase(cached.volume);
}

RasLabelMap loadRasLabelMap(const CaseCatalog &cases, qint64 caseId) {
    RasLabelMap result;
    const std::optional<CaseLabelMap> stored = cases.labelMapFor(caseId);
    if (!stored)
        return result;
    result.present = true;
    result.segments = segmentsFromJson(stored->segmentsJson);
    if (!stored->labels.ok()) {
        result.error = stored->labels.error;
        return result;
    }
    result.labels = reorientToRas(stored->labels.volume);
    return result;
}

} // namespace brainmd
