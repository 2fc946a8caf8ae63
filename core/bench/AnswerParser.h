#pragma once

#include "bench/TaskPack.h"

#include <QString>
#include <QStringList>

namespace brainmd {

/// What was read from a model's answer.
struct ParsedAnswer {
    enum class Status { Answered, Abstained, Rejected, Unparsed };
    Status status = Status::Unparsed;
    QString value; ///< the option value (or free text) when Answered
    QString how;   ///< which rule matched, e.g. "letter", "json", "synonym" (for audits)

    bool answered() const { return status == Status::Answered; }
};

QString parsedStatusName(ParsedAnswer::Status status);

/// Reads a model's answer to `question`, whose options were shown in `shownOrder`
/// (letters A, B, ... in that order; empty: the question's own order). Accepts option
/// letters ("B", "(b)", "Option B"), option text and synonyms, yes/no words with
/// negations ("not present" is no), JSON ({"answer": "left"}), code fences and
/// <think> blocks. "Cannot tell" and the like are abstentions; with `rejectionOption`
/// set, choosing it is a rejection. Anything ambiguous (two different options named) is
/// Unparsed, never guessed.
ParsedAnswer parseAnswer(const QString &raw, const TaskQuestion &question,
                         const QStringList &shownOrder = {}, const QString &rejectionOption = {});

} // namespace brainmd
