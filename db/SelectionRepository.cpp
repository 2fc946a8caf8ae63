#include "db/SelectionRepository.h"

#include "brainmd/Version.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace brainmd {

namespace {

const QString kSelectSelections = QStringLiteral(
    "SELECT s.id, s.case_id, c.case_key, s.method, s.parameters, s.parameter_hash, s.revision, "
    "s.seed, s.software_version, s.created_at FROM selections s JOIN cases c ON c.id = s.case_id ");

QString profileToText(const std::vector<double> &profile) {
    QJsonArray array;
    for (double votes : profile)
        array.append(votes);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<double> profileFromText(const QString &text) {
    std::vector<double> profile;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    profile.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue &value : array)
        profile.push_back(value.toDouble());
    return profile;
}

} // namespace

SelectionRepository::SelectionRepository(const Database &db)
    : m_db(db) {}

QString SelectionRepository::insert(StoredSelection *s) const {
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const int revision =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(revision), 0) + 1 FROM selections WHERE "
                                   "case_id = ? AND method = ? AND parameter_hash = ?"),
                    {s->caseId, s->method, s->parameterHash})
            .toInt();
    if (s->softwareVersion.isEmpty())
        s->softwareVersion =
            QStringLiteral("%1 (git %2)").arg(QLatin1String(kVersion), QLatin1String(kGitRevision));
    s->createdAt = sql::nowUtc();
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO selections (case_id, method, parameters, "
                                  "parameter_hash, revision, seed, software_version, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {s->caseId, s->method,
                    QString::fromUtf8(QJsonDocument(s->parameters).toJson(QJsonDocument::Compact)),
                    s->parameterHash, revision, static_cast<qint64>(s->seed), s->softwareVersion,
                    s->createdAt}))
        return sql::errorText(q);
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO selection_views (selection_id, view, slice_index, "
                             "position_mm, vote_profile) VALUES (?, ?, ?, ?, ?)"));
    for (const StoredSelectionView &v : s->views) {
        if (!sql::execBound(q, {id, QString::fromLatin1(viewName(v.view)), v.sliceIndex,
                                v.positionMm, profileToText(v.voteProfile)}))
            return sql::errorText(q);
    }
    if (!transaction.commit())
        return transaction.error();
    s->id = id;
    s->revision = revision;
    return {};
}

std::optional<StoredSelection> SelectionRepository::latest(qint64 caseId, const QString &method,
                                                           const QString &parameterHash) const {
    auto found =
        query(QStringLiteral("WHERE s.case_id = ? AND s.method = ? AND s.parameter_hash = ?"),
              {caseId, method, parameterHash}, QStringLiteral("ORDER BY s.revision DESC LIMIT 1"));
    return found.empty() ? std::nullopt : std::optional<StoredSelection>(std::move(found.front()));
}

std::optional<StoredSelection> SelectionRepository::byId(qint64 id) const {
    auto found = query(QStringLiteral("WHERE s.id = ?"), {id}, {});
    return found.empty() ? std::nullopt : std::optional<StoredSelection>(std::move(found.front()));
}

std::vector<StoredSelection> SelectionRepository::forCase(qint64 caseId) const {
    return query(QStringLiteral("WHERE s.case_id = ? AND s.revision = (SELECT max(t.revision) FROM "
                                "selections t WHERE t.case_id = s.case_id AND t.method = s.method "
                                "AND t.parameter_hash = s.parameter_hash)"),
                 {caseId}, QStringLiteral("ORDER BY s.created_at DESC, s.id DESC"));
}

std::vector<StoredSelection>
SelectionRepository::latestPerCase(const QString &method, const QString &parameterHash) const {
    const QString hashFilter =
        parameterHash.isEmpty() ? QString() : QStringLiteral(" AND t.parameter_hash = ?");
    QVariantList values{method};
    if (!parameterHash.isEmpty())
        values.append(parameterHash);
    return query(QStringLiteral("WHERE s.id = (SELECT t.id FROM selections t WHERE t.case_id = "
                                "s.case_id AND t.method = ?%1 ORDER BY t.created_at DESC, t.id "
                                "DESC LIMIT 1)")
                     .arg(hashFilter),
                 values, QStringLiteral("ORDER BY c.case_key"));
}

int SelectionRepository::count() const {
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM selections"))
        .toInt();
}

std::vector<StoredSelection> SelectionRepository::query(const QString &where,
                                                        const QVariantList &values,
                                                        const QString &tail) const {
    std::vector<StoredSelection> found;
    {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, kSelectSelections + where + QLatin1Char(' ') + tail, values))
            return found;
        while (q.next()) {
            StoredSelection s;
            s.id = q.value(0).toLongLong();
            s.caseId = q.value(1).toLongLong();
            s.caseKey = q.value(2).toString();
            s.method = q.value(3).toString();
            s.parameters = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            s.parameterHash = q.value(5).toString();
            s.revision = q.value(6).toInt();
            s.seed = static_cast<quint64>(q.value(7).toLongLong());
            s.softwareVersion = q.value(8).toString();
            s.createdAt = q.value(9).toString();
            found.push_back(std::move(s));
        }
    }
    for (StoredSelection &s : found)
        readViews(&s);
    return found;
}

bool SelectionRepository::readViews(StoredSelection *selection) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT view, slice_index, position_mm, vote_profile FROM "
                                  "selection_views WHERE selection_id = ?"),
                   {selection->id}))
        return false;
    for (std::size_t v = 0; v < selection->views.size(); ++v)
        selection->views[v].view = static_cast<View>(v);
    while (q.next()) {
        View view = View::Axial;
        if (!viewFromName(q.value(0).toString(), &view))
            continue;
        StoredSelectionView &target = selection->views[static_cast<std::size_t>(view)];
        target.sliceIndex = q.value(1).toInt();
        target.positionMm = q.value(2).toDouble();
        target.voteProfile = profileFromText(q.value(3).toString());
    }
    return true;
}

} // namespace brainmd
