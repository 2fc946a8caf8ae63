#pragma once

#include "bench/Leaderboard.h"

#include <QString>

#include <optional>
#include <vector>

namespace brainmd {

class StudyStorage;

/// Loads the runs and builds their leaderboard (the one implementation `bench report` with
/// several runs and the dashboard's leaderboard use). `referenceRunId` 0 means the first
/// run. The bootstrap is seeded by the reference run's seed. Takes as long as the
/// bootstraps do: front ends call it in a job, never on the GUI thread. nullopt with
/// `error` set for fewer than two distinct runs, an unknown run, a reference that is not
/// among the runs, or an unreadable task pack. A leaderboard without any shared item is
/// returned (hasSharedItems() says so): the caller decides whether that is an error.
std::optional<Leaderboard> loadLeaderboard(const StudyStorage &storage,
                                           const std::vector<qint64> &runIds, qint64 referenceRunId,
                                           QString *error, int resamples = 1000);

} // namespace brainmd
