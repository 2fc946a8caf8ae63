#pragma once

#include <QString>

namespace brainmd {

/// A readable label for an option or question id ("mass_effect" → "mass effect"),
/// translated when the catalogue knows it (the built-in answer values).
QString displayName(const QString &id);

} // namespace brainmd
