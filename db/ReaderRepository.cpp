#include "db/ReaderRepository.h"

#include "db/Database.h"
#include "db/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace brainmd {

namespace {

QString worklistJson(const std::vector<qint64> &worklist) {
    QJsonArray array;
    for (qint64 id : worklist)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<qint64> parseWorklist(const QString &json) {
    std::vector<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        ids.push_back(value.toInteger());
    return ids;
}

const QString kSessionColumns =
    QStringLiteral("SELECT id, reader_id, pass, name, blind, worklist, position, started_at, "
                   "ended_at, kind, documents, order_seed FROM sessions ");

} // namespace

ReaderRepository::ReaderRepository(const Database &db)
    : m_db(db) {}

std::optional<Reader> ReaderRepository::ensureReader(const QString &name,
                                                     const QString &role) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO readers (name, role, created_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (name) DO NOTHING"),
                   {name, role, sql::nowUtc()}))
        return std::nullopt;
    if (!sql::exec(q, QStringLiteral("SELECT id, name, role FROM readers WHERE name = ?"),
                   {name}) ||
        !q.next())
        return std::nullopt;
    return Reader{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<Reader> ReaderRepository::readerById(qint64 id) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT id, name, role FROM readers WHERE id = ?"), {id}) ||
        !q.next())
        return std::nullopt;
    return Reader{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::vector<Reader> ReaderRepository::readers() const {
    QSqlQuery q(m_db.connection());
    std::vector<Reader> all;
    if (!sql::exec(q, QStringLiteral("SELECT id, name, role FROM readers ORDER BY name")))
        return all;
    while (q.next())
        all.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return all;
}

std::optional<ReadingSession> ReaderRepository::startSession(qint64 readerId,
                                                             const std::vector<qint64> &worklist,
                                                             int pass, const QString &name,
                                                             bool blind) const {
    ReadingSession settings;
    settings.readerId = readerId;
    settings.worklist = worklist;
    settings.pass = pass;
    settings.name = name;
    settings.blind = blind;
    settings.kind = blind ? QStringLiteral("blind") : QStringLiteral("open");
    return startSession(settings);
}

std::optional<ReadingSession> ReaderRepository::startSession(const ReadingSession &s) const {
    QSqlQuery q(m_db.connection());
    // The seed is stored as the signed 64-bit integer SQLite holds; read back bit for bit.
    const QVariant seed = sql::nullable(s.hasOrderSeed, static_cast<qint64>(s.orderSeed));
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO sessions (reader_id, started_at, worklist, "
                                  "position, pass, name, blind, kind, documents, order_seed) "
                                  "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {s.readerId, sql::nowUtc(), worklistJson(s.worklist), s.pass, s.name,
                    s.blind ? 1 : 0, s.kind, s.documents, seed}) ||
        !q.next())
        return std::nullopt;
    return sessionById(q.value(0).toLongLong());
}

std::optional<ReadingSession> ReaderRepository::oneSession(const QString &where,
                                                           const QVariantList &values) const {
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, kSessionColumns + where, values) || !q.next())
        return std::nullopt;
    ReadingSession s;
    s.id = q.value(0).toLongLong();
    s.readerId = q.value(1).toLongLong();
    s.pass = q.value(2).toInt();
    s.name = q.value(3).toString();
    s.blind = q.value(4).toInt() != 0;
    s.worklist = parseWorklist(q.value(5).toString());
    s.position = q.value(6).toInt();
    s.startedAt = q.value(7).toString();
    s.endedAt = q.value(8).toString();
    s.kind = q.value(9).toString();
    if (s.kind.isEmpty())
        s.kind = s.blind ? QStringLiteral("blind") : QStringLiteral("open");
    s.documents = q.value(10).toString();
    s.hasOrderSeed = !q.value(11).isNull();
    s.orderSeed = static_cast<quint64>(q.value(11).toLongLong());
    return s;
}

std::optional<ReadingSession> ReaderRepository::sessionById(qint64 id) const {
    return oneSession(QStringLiteral("WHERE id = ?"), {id});
}

std::optional<ReadingSession> ReaderRepository::openSessionOf(qint64 readerId) const {
    return oneSession(
        QStringLiteral("WHERE reader_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1"),
        {readerId});
}

QString ReaderRepository::setPosition(qint64 sessionId, int position) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE sessions SET position = ? WHERE id = ?"),
                    {position, sessionId});
}

QString ReaderRepository::setWorklist(qint64 sessionId, const std::vector<qint64> &worklist,
                                      int position) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE sessions SET worklist = ?, position = ? WHERE id = ?"),
                    {worklistJson(worklist), position, sessionId});
}

QString ReaderRepository::endSession(qint64 sessionId) const {
    return sql::run(m_db.connection(),
                    QStringLiteral("UPDATE sessions SET ended_at = ? WHERE id = ?"),
                    {sql::nowUtc(), sessionId});
}

} // namespace brainmd
