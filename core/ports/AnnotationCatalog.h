#pragma once

#include "reading/AnnotationTypes.h"

#include <vector>

namespace brainmd {

/// Storage port: what readers have marked and answered (implemented in db/). Current
/// values only: retracted rows and the rows retracting them are left out.
class AnnotationCatalog {
public:
    virtual ~AnnotationCatalog() = default;
    /// Every reader's current slice marks of every case.
    virtual std::vector<SliceMark> allCurrentMarks() const = 0;
    /// Every reader's current answers of every case.
    virtual std::vector<AnswerRecord> allCurrentAnswers() const = 0;
};

} // namespace brainmd
