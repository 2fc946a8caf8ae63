#pragma once

#include "volume/Orientation.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace brainmd {

/// Whose representative slices: a reader's marks, the adjudicated consensus, or the latest
/// selection of a method (votemi, random, centre).
struct SliceSource {
    enum class Kind { Reader, Consensus, Method };
    Kind kind = Kind::Consensus;
    QString name; ///< reader name or method; empty for the consensus

    /// "reader:NAME", "consensus" or "method:NAME". Returns nullopt and sets `error`.
    static std::optional<SliceSource> parse(const QString &text, QString *error);
    QString label() const; ///< the same text form
};

/// The chosen slice per view of one case (index along the view's axis of the volume
/// reoriented to RAS); views without a choice are empty.
struct CaseSliceChoice {
    qint64 caseId = 0;
    QString caseKey;
    std::array<std::optional<int>, 3> index; ///< by View
};

/// Storage port: who chose which slices (implemented in db/).
class SliceChoiceStore {
public:
    virtual ~SliceChoiceStore() = default;
    /// The choices of `source` for `caseIds` (all cases when empty), sorted by case key;
    /// cases without any choice are left out. For a reader who read a case more than once
    /// the latest pass counts. Sets `error` (and returns nothing) for an unknown reader.
    virtual std::vector<CaseSliceChoice> sliceChoices(const SliceSource &source,
                                                      const std::vector<qint64> &caseIds,
                                                      QString *error) const = 0;
};

} // namespace brainmd
