#include "ui/report/BenchSplitText.h"

#include <QCoreApplication>
#include <QStringList>

namespace brainmd {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("brainmd", text);
}

QString poolMethodName(const QString &method) {
    return method == QLatin1String("votek") ? tr("vote-k (diverse, representative cases)")
                                            : tr("a seeded random draw");
}

} // namespace

QString benchSplitSummary(const BenchSplit &split) {
    const qsizetype pool = static_cast<qsizetype>(split.pool.size());
    const qsizetype evaluated = static_cast<qsizetype>(split.evaluated.size());
    const QString seed = QString::number(split.seed);
    if (split.heldOut()) {
        QString text = tr("Held-out evaluation: an annotated example pool of %1 cases (chosen "
                          "by %2, seed %3) gives the few-shot examples and the baselines' "
                          "priors; every condition is scored on the same %4 other labelled "
                          "cases.")
                           .arg(pool)
                           .arg(poolMethodName(split.poolMethod), seed)
                           .arg(evaluated);
        const std::vector<qint64> both = split.overlap();
        text += QLatin1Char(' ') +
                (both.empty() ? tr("No case is both an example and evaluated.")
                              : tr("%1 cases are both an example and evaluated: the split "
                                   "record is inconsistent.")
                                    .arg(both.size()));
        return text;
    }
    return tr("Leave-one-out evaluation: every labelled case (%1) is evaluated, with the "
              "example pool of %2 cases (chosen by %3, seed %4) minus the case itself as its "
              "examples. Pool cases are evaluated too, so one case's label shapes another's "
              "examples and the baselines' priors; held-out evaluation (the default since "
              "configuration format 2) avoids this.")
        .arg(evaluated)
        .arg(pool)
        .arg(poolMethodName(split.poolMethod), seed);
}

QString benchSplitPoolLine(const BenchSplit &split, int limit) {
    QStringList keys;
    for (const BenchCaseRef &c : split.pool) {
        if (keys.size() == limit)
            break;
        keys.append(c.key);
    }
    QString line = tr("Example pool: %1").arg(keys.join(QStringLiteral(", ")));
    const qsizetype more = static_cast<qsizetype>(split.pool.size()) - keys.size();
    if (more > 0)
        line += QLatin1Char(' ') + tr("and %1 more").arg(more);
    return line;
}

} // namespace brainmd
