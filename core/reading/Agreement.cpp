#include "reading/Agreement.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace brainmd {

namespace {

using RaterKey = std::pair<qint64, int>; // reader id, pass

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double cohenKappa(const QStringList &a, const QStringList &b) {
    if (a.size() != b.size() || a.isEmpty())
        return kNaN;
    std::vector<QStringList> ratings;
    ratings.reserve(static_cast<std::size_t>(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i)
        ratings.push_back({a[i], b[i]});
    return kappaOf(ratings); // the one κ of the reading statistics (core/reading)
}

double fleissKappa(const std::vector<QStringList> &ratings) {
    return kappaOf(ratings);
}

AgreementSummary computeAgreement(const std::vector<SliceMark> &marks,
                                  const std::vector<AnswerRecord> &answers) {
    AgreementSummary summary;
    std::map<RaterKey, QString> raterNames;
    // case → view → rater → mark
    std::map<qint64, std::map<int, std::map<RaterKey, const SliceMark *>>> byCase;
    for (const SliceMark &m : marks) {
        const RaterKey key{m.readerId, m.pass};
        raterNames[key] = m.readerName;
        byCase[m.caseId][static_cast<int>(m.view)][key] = &m;
    }
    for (View view : kAllViews) {
        ViewAgreement &va = summary.views[static_cast<std::size_t>(view)];
        va.view = view;
        double slices = 0, mm = 0;
        std::vector<double> perCase;
        for (const auto &[caseId, views] : byCase) {
            const auto it = views.find(static_cast<int>(view));
            if (it == views.end())
                continue;
            double caseMm = 0;
            int casePairs = 0;
            for (auto a = it->second.begin(); a != it->second.end(); ++a) {
                for (auto b = std::next(a); b != it->second.end(); ++b) {
                    slices += std::abs(a->second->sliceIndex - b->second->sliceIndex);
                    const double d = std::abs(a->second->positionMm - b->second->positionMm);
                    mm += d;
                    caseMm += d;
                    ++casePairs;
                    ++va.pairs;
                }
            }
            if (casePairs > 0)
                perCase.push_back(caseMm / casePairs);
        }
        va.perCase = sliceAgreement(perCase);
        if (va.pairs > 0) {
            va.meanSlices = slices / va.pairs;
            va.meanMm = mm / va.pairs;
        }
    }
    // question → case → rater → value
    std::map<QString, std::map<qint64, std::map<RaterKey, QString>>> byQuestion;
    for (const AnswerRecord &a : answers) {
        const RaterKey key{a.readerId, a.pass};
        raterNames[key] = a.readerName;
        byQuestion[a.questionId][a.caseId][key] = a.value;
    }
    for (const auto &[questionId, cases] : byQuestion) {
        std::set<RaterKey> raters;
        for (const auto &[caseId, values] : cases)
            for (const auto &[rater, value] : values)
                raters.insert(rater);
        QuestionAgreement qa;
        qa.questionId = questionId;
        qa.raters = static_cast<int>(raters.size());
        std::vector<QStringList> complete;
        for (const auto &[caseId, values] : cases) {
            if (values.size() != raters.size())
                continue;
            QStringList labels;
            for (const auto &[rater, value] : values)
                labels << value;
            complete.push_back(labels);
        }
        qa.items = static_cast<int>(complete.size());
        qa.estimate = kappaEstimate(complete);
        if (qa.raters == 2) {
            QStringList a, b;
            for (const QStringList &item : complete) {
                a << item[0];
                b << item[1];
            }
            qa.method = QStringLiteral("cohen");
            qa.kappa = cohenKappa(a, b);
        } else {
            qa.method = QStringLiteral("fleiss");
            qa.kappa = qa.raters > 2 ? fleissKappa(complete) : kNaN;
        }
        summary.questions.push_back(qa);
    }
    for (const auto &[key, name] : raterNames) {
        summary.raters << (key.second == 1 ? name
                                           : QCoreApplication::translate("brainmd", "%1 (pass %2)")
                                                 .arg(name)
                                                 .arg(key.second));
    }
    return summary;
}

std::vector<qint64> disagreementCases(const std::vector<SliceMark> &marks,
                                      const std::vector<AnswerRecord> &answers,
                                      double thresholdMm) {
    std::vector<ItemRating> ratings;
    const auto rater = [](qint64 reader, int pass) {
        return QStringLiteral("%1/%2").arg(reader).arg(pass);
    };
    for (const SliceMark &m : marks)
        ratings.push_back({m.caseId,
                           rater(m.readerId, m.pass),
                           QStringLiteral("view:%1").arg(QLatin1String(viewName(m.view))),
                           {},
                           m.positionMm,
                           true});
    for (const AnswerRecord &a : answers)
        ratings.push_back({a.caseId, rater(a.readerId, a.pass), a.questionId, a.value, 0.0, false});
    return casesWithDisagreement(ratings, thresholdMm);
}

} // namespace brainmd
