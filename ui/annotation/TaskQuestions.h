#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace brainmd {

namespace annotation {
/// One question a reader answers per case, with its answer options (ids as stored).
/// In its own namespace: core/bench/TaskPack.h has a different brainmd::TaskQuestion, and
/// programs linking both got one's inline destructor for the other (ASan/UBSan found it).
struct TaskQuestion {
    QString id;
    QString text;
    QStringList options;
};
} // namespace annotation
using annotation::TaskQuestion;

/// The questions of the default task pack: the first resources/taskpacks/*.json compiled
/// in (":/brainmd/workstation/taskpacks/"), or, when there is none, the BrainMD label questions
/// (lesion_present, lesion_side, lesion_lobe, enhancement, oedema, mass_effect,
/// size_class). Questions without fixed options (free text) are left out.
std::vector<TaskQuestion> defaultTaskQuestions();

/// Questions read from a task-pack JSON document; empty when it has none.
std::vector<TaskQuestion> parseTaskQuestions(const QByteArray &json);

/// A readable label for an option id ("mass_effect" → "mass effect"), translated when the
/// catalogue knows it (the built-in answer values).
QString displayName(const QString &id);

} // namespace brainmd
