#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace brainmd {

enum class AnswerType { Binary, SingleChoice, FreeText };

/// One answer option and the words that mean it ("yes": "present", "visible", ...).
struct AnswerOption {
    QString value;
    QStringList synonyms;
};

/// One question of a task pack. `answerFrom` is "labels" (the run's label source) or
/// "view" (the plane shown: axial / coronal / sagittal, asked only of single-plane images).
struct TaskQuestion {
    QString id;
    QString prompt; ///< template: {view} is what is shown, {options} the lettered list
    AnswerType type = AnswerType::SingleChoice;
    std::vector<AnswerOption> options;
    QString positive; ///< binary: the option scored as positive (AUROC, calibration)
    QString answerFrom = QStringLiteral("labels");

    int optionIndex(const QString &value) const; ///< -1 when not an option
    QStringList optionValues() const;
};

/// A versioned BrainBench task pack (see resources/taskpacks/README.md for the schema).
struct TaskPack {
    QString name;
    QString version;           ///< version of the pack's content, e.g. "1.0.0"
    QString system;            ///< system message
    QString answerInstruction; ///< appended to every question; {letters} is "A, B, ..."
    QString abstainText;       ///< how a model says it cannot tell
    std::vector<TaskQuestion> questions;

    const TaskQuestion *question(const QString &id) const;
};

struct TaskPackResult {
    std::optional<TaskPack> pack;
    QString error; ///< "" on success; otherwise names the JSON path that is wrong
};

/// Parses and validates a task pack. Errors name the place, e.g.
/// "questions[2].options: a binary question needs exactly two options".
TaskPackResult parseTaskPack(const QByteArray &json);
/// Reads a file; ":/..." resource paths work too.
TaskPackResult loadTaskPack(const QString &path);
/// The default pack compiled into the program (":/brainmd/taskpacks/brainbench-default.json").
TaskPackResult defaultTaskPack();
/// The pack a run names: loadTaskPack(path), or defaultTaskPack() for "".
TaskPackResult runTaskPack(const QString &path);
QString defaultTaskPackPath();

QString answerTypeName(AnswerType type);

} // namespace brainmd
