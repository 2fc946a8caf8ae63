#include "workflows/CaseVolumes.h"

#include "ports/CaseCatalog.h"

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

} // namespace brainmd
