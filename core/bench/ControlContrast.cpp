#include "bench/ControlContrast.h"

#include <QStringList>

namespace brainmd {

namespace {

/// "blank/axial/3-shot" for "votemi/axial/3-shot".
QString withSlices(const QString &condition, const QString &slices) {
    QStringList parts = condition.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    parts[0] = slices;
    return parts.join(QLatin1Char('/'));
}

const PairedComparison *find(const BenchScores &scores, const QString &a, const QString &b) {
    for (const PairedComparison &c : scores.comparisons) {
        if ((c.a == a && c.b == b) || (c.a == b && c.b == a))
            return &c;
    }
    return nullptr;
}

} // namespace

std::vector<ControlContrast> controlContrasts(const BenchScores &scores) {
    std::vector<ControlContrast> rows;
    for (const ConditionScore &score : scores.conditions) {
        const QString slices = score.condition.section(QLatin1Char('/'), 0, 0);
        if (slices == QLatin1String("blank") || slices == QLatin1String("none"))
            continue;
        for (const char *control : {"blank", "none"}) {
            const QString name = withSlices(score.condition, QLatin1String(control));
            const PairedComparison *pair = find(scores, score.condition, name);
            if (pair == nullptr)
                continue;
            ControlContrast row;
            row.condition = score.condition;
            row.control = name;
            row.items = pair->items;
            row.mcnemarP = pair->mcnemarP;
            const Interval &d = pair->accuracyDifference.difference;
            row.difference =
                pair->a == score.condition ? d : Interval{-d.estimate, -d.high, -d.low};
            rows.push_back(row);
            break; // blank first: it shows an image, as the condition does
        }
    }
    return rows;
}

} // namespace brainmd
