// The agreement summary as HTML (adjudication view, report) and as CSV (export).

#include "common/CsvWriter.h"
#include "reading/Agreement.h"
#include "reading/DisplayName.h"

#include <QCoreApplication>

namespace brainmd {

namespace {

QString methodName(const QuestionAgreement &q) {
    if (q.raters < 2)
        return QStringLiteral("—");
    return q.method == QLatin1String("cohen") ? QCoreApplication::translate("brainmd", "Cohen")
                                              : QCoreApplication::translate("brainmd", "Fleiss");
}

// Short in the tables (the cases column and the note above give the reason).
QString cell(const Estimate &e, int decimals) {
    return e.defined ? estimateText(e, decimals).toHtmlEscaped()
                     : QCoreApplication::translate("brainmd", "not defined");
}

QString kappaCell(const QuestionAgreement &q) {
    return q.raters < 2 ? QCoreApplication::translate("brainmd", "not defined (one rater)")
                        : cell(q.estimate, 2);
}

QString number(const Estimate &e, int decimals) {
    return e.defined ? QString::number(e.value, 'f', decimals) : QString();
}

QString interval(const Estimate &e, int decimals) {
    return e.defined ? QStringLiteral("%1 to %2")
                           .arg(e.low, 0, 'f', decimals)
                           .arg(e.high, 0, 'f', decimals)
                     : QString();
}

} // namespace

QString agreementHtml(const AgreementSummary &summary) {
    QString html =
        QCoreApplication::translate(
            "brainmd",
            "<p>Raters: %1. Intervals: 95 %, bootstrap over cases; figures from fewer than %2 "
            "cases are not defined.</p>")
            .arg(summary.raters.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(kMinAgreementCases);
    html += QCoreApplication::translate(
                "brainmd", "<table cellpadding=3><tr><th align=left>View</th><th>median |Δ| mm</th>"
                           "<th>within %1 mm</th><th>cases</th></tr>")
                .arg(5);
    for (const ViewAgreement &v : summary.views)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td></tr>")
                    .arg(QCoreApplication::translate("brainmd", viewName(v.view)),
                         cell(v.perCase.medianAbsMm, 1), cell(v.perCase.shareWithin, 2))
                    .arg(v.perCase.medianAbsMm.cases);
    html += QCoreApplication::translate(
        "brainmd", "</table><table cellpadding=3><tr><th align=left>Question</th><th>κ</th>"
                   "<th>method</th><th>raters</th><th>cases</th></tr>");
    for (const QuestionAgreement &q : summary.questions)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td><td "
                               "align=right>%5</td></tr>")
                    .arg(displayName(q.questionId).toHtmlEscaped(), kappaCell(q), methodName(q))
                    .arg(q.raters)
                    .arg(q.items);
    return html + QStringLiteral("</table>");
}

QString agreementCsv(const AgreementSummary &summary) {
    QStringList lines{QStringLiteral("kind,item,statistic,value,ci95,cases,raters,method,defined")};
    const int raters = static_cast<int>(summary.raters.size());
    for (const ViewAgreement &v : summary.views) {
        const QString view = QString::fromLatin1(viewName(v.view)).toLower();
        for (const auto &[name, e, decimals] :
             {std::tuple{QStringLiteral("median_abs_mm"), v.perCase.medianAbsMm, 2},
              std::tuple{QStringLiteral("share_within_5mm"), v.perCase.shareWithin, 3}})
            lines << QStringList{QStringLiteral("view"),
                                 view,
                                 name,
                                 number(e, decimals),
                                 interval(e, decimals),
                                 QString::number(e.cases),
                                 QString::number(raters),
                                 QString(),
                                 e.defined ? QStringLiteral("1") : QStringLiteral("0")}
                         .join(QLatin1Char(','));
    }
    for (const QuestionAgreement &q : summary.questions)
        lines << QStringList{QStringLiteral("question"),
                             csvCell(q.questionId),
                             QStringLiteral("kappa"),
                             number(q.estimate, 3),
                             interval(q.estimate, 3),
                             QString::number(q.items),
                             QString::number(q.raters),
                             q.raters < 2 ? QString() : q.method,
                             q.estimate.defined ? QStringLiteral("1") : QStringLiteral("0")}
                     .join(QLatin1Char(','));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace brainmd
