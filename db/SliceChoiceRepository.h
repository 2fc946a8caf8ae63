#pragma once

#include "ports/SliceChoiceStore.h"

namespace brainmd {

class Database;

/// Reads who chose which slices: readers' current marks, the adjudicated consensus and the
/// latest selection per case of a method (tables slice_marks, consensus, selections).
class SliceChoiceRepository final : public SliceChoiceStore {
public:
    explicit SliceChoiceRepository(const Database &db);

    std::vector<CaseSliceChoice> sliceChoices(const SliceSource &source,
                                              const std::vector<qint64> &caseIds,
                                              QString *error) const override;

private:
    const Database &m_db;
};

} // namespace brainmd
