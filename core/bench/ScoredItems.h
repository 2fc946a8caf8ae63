#pragma once

#include "bench/BenchScoring.h"
#include "bench/Metrics.h"
#include "bench/Resampling.h"
#include "bench/TaskPack.h"

#include <QString>

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace brainmd {

/// An evaluation item of one condition: (case id, question id). Its option rotations are
/// merged into one ScoredItem.
using ItemKey = std::pair<qint64, QString>;
using ItemMap = std::map<ItemKey, ScoredItem>;

/// Per condition, the predictions' items with their rotations merged: right only if every
/// rotation is, failed if one failed, inconsistent if they disagree. Items of questions
/// the pack does not know, or whose truth is not an option, are left out.
std::map<QString, ItemMap> mergeRotations(const TaskPack &pack,
                                          const std::vector<StoredPrediction> &predictions);

/// The sorted case ids of the items.
std::vector<qint64> casesOf(const ItemMap &items);

/// The items grouped by case in `caseOrder` (restricted to `only` when given).
std::vector<std::vector<const ScoredItem *>> itemsByCase(const ItemMap &items,
                                                         const std::vector<qint64> &caseOrder,
                                                         const std::set<ItemKey> *only = nullptr);

/// Accuracy over the items of the resampled cases (each case counted as often as drawn).
CaseStatistic accuracyStatistic(const std::vector<std::vector<const ScoredItem *>> &byCase);

/// A against B on the items both have (the same case and question): discordant counts,
/// exact McNemar and a paired bootstrap of accuracy A − B resampling A's cases.
PairedComparison compareItems(const QString &nameA, const QString &nameB, const ItemMap &a,
                              const ItemMap &b, int resamples, std::uint64_t seed);

} // namespace brainmd
