#pragma once

#include "bench/TaskPack.h"
#include "reading/DisplayName.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

/// One question a reader answers per case, with its answer options (ids as stored): the
/// reader's view of a task-pack question (core/bench/TaskPack parses the pack; this is
/// only what the annotation panel shows).
struct ReaderQuestion {
    QString id;
    QString text;
    QStringList options;
};

/// The questions of the default task pack (`defaultTaskPack()`), or, when it cannot be
/// read, the BrainMD label questions (lesion_present, lesion_side, lesion_lobe,
/// enhancement, oedema, mass_effect, size_class).
std::vector<ReaderQuestion> defaultReaderQuestions();

/// The questions of `pack` a reader answers: those answered from labels with fixed
/// options (free text and "which plane is shown" are left out). The model prompt
/// becomes the question: "Looking at {view}: is there …?\n{options}" → "Is there …?".
std::vector<ReaderQuestion> readerQuestions(const TaskPack &pack);

} // namespace brainmd
