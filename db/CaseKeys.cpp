#include "db/CaseKeys.h"

#include "db/SqlUtil.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <vector>

namespace brainmd {

namespace {

struct StudyCase {
    qint64 id = 0;
    int seriesNumber = 0;
    QString key;
    QString newKey;
};

std::vector<StudyCase> casesOfStudy(const QSqlDatabase &db, qint64 studyId, QString *error) {
    std::vector<StudyCase> cases;
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT c.id, s.series_number, c.case_key FROM cases c JOIN "
                                  "series s ON s.id = c.series_id WHERE s.study_id = ? "
                                  "ORDER BY s.series_number, s.series_key"),
                   {studyId})) {
        *error = sql::errorText(q);
        return cases;
    }
    while (q.next())
        cases.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), {}});
    return cases;
}

void computeKeys(std::vector<StudyCase> &cases, const QString &base) {
    if (cases.size() == 1) {
        cases.front().newKey = base;
        return;
    }
    QHash<int, int> perNumber;
    for (const StudyCase &c : cases)
        ++perNumber[c.seriesNumber];
    QHash<int, int> seen;
    for (StudyCase &c : cases) {
        c.newKey = QStringLiteral("%1-s%2").arg(base).arg(c.seriesNumber);
        if (perNumber.value(c.seriesNumber) > 1)
            c.newKey += QStringLiteral(".%1").arg(++seen[c.seriesNumber]);
    }
}

bool usedByOtherStudy(const QSqlDatabase &db, const QString &key, qint64 studyId) {
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM cases c JOIN series s ON "
                                      "s.id = c.series_id WHERE c.case_key = ? AND "
                                      "s.study_id <> ?"),
                       {key, studyId})
               .toInt() > 0;
}

} // namespace

QString assignCaseKeys(const QSqlDatabase &db, qint64 studyId) {
    QString error;
    std::vector<StudyCase> cases = casesOfStudy(db, studyId, &error);
    if (!error.isEmpty() || cases.empty())
        return error;
    QSqlQuery study(db);
    if (!sql::exec(study,
                   QStringLiteral("SELECT accession_number, study_instance_uid FROM studies "
                                  "WHERE id = ?"),
                   {studyId}) ||
        !study.next())
        return sql::errorText(study);
    const QString accession = study.value(0).toString();
    const QString studyUid = study.value(1).toString();
    study.finish();
    QString base = accession.isEmpty() ? studyUid : accession;
    computeKeys(cases, base);
    for (const StudyCase &c : cases) {
        if (usedByOtherStudy(db, c.newKey, studyId)) {
            const QByteArray hash =
                QCryptographicHash::hash(studyUid.toUtf8(), QCryptographicHash::Sha1).toHex();
            base += QLatin1Char('-') + QString::fromLatin1(hash.left(8));
            computeKeys(cases, base);
            break;
        }
    }
    bool changed = false;
    for (const StudyCase &c : cases)
        changed = changed || c.key != c.newKey;
    if (!changed)
        return {};
    // Two passes, so that swapping keys within the study never trips the UNIQUE index.
    for (const StudyCase &c : cases) {
        error = sql::run(db, QStringLiteral("UPDATE cases SET case_key = ? WHERE id = ?"),
                         {QStringLiteral("#renaming#%1").arg(c.id), c.id});
        if (!error.isEmpty())
            return error;
    }
    for (const StudyCase &c : cases) {
        error = sql::run(db, QStringLiteral("UPDATE cases SET case_key = ? WHERE id = ?"),
                         {c.newKey, c.id});
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace brainmd
