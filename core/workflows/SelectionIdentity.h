#pragma once

#include "ports/SelectionStore.h"

#include <QJsonObject>
#include <QString>

namespace brainmd {

struct SelectionParameters;
struct SelectionResult;

/// The identity of a selection request: the parameters `method` reads (votemi: all of
/// them, with the VAE weights' SHA-256 instead of their path; random: the seed; centre:
/// none), as a JSON object with sorted keys.
QJsonObject selectionRequestedParameters(const QString &method,
                                         const SelectionParameters &parameters,
                                         const QString &vaeWeightsSha256 = {});
/// SHA-256 (hex) of the compact JSON of `requested`.
QString selectionParameterHash(const QJsonObject &requested);
/// A selection ready to insert from a successful result. `requested` comes from
/// selectionRequestedParameters(); the resolved values and `vaeWeightsPath` are added.
StoredSelection selectionFromResult(qint64 caseId, const SelectionResult &result,
                                    const QJsonObject &requested,
                                    const QString &vaeWeightsPath = {});

} // namespace brainmd
