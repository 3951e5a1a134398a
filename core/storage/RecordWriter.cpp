#include "storage/RecordWriter.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Uid.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QStringList>

#include <stdexcept>

namespace jinglao::core {

namespace {
const QStringList stampColumns = {QStringLiteral("uid"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("change_seq")};

// Columns whose values never reach the audit log: only that they changed.
QVariantMap redacted(QVariantMap values)
{
    static const QStringList secret = {QStringLiteral("password_hash")};
    for (const QString& column : secret) {
        if (values.contains(column))
            values.insert(column, QStringLiteral("***"));
    }
    return values;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// Stamps compare as moments, so that two offsets of the same instant agree.
bool earlier(const QString& a, const QString& b)
{
    return Clock::parseTimestamp(a) < Clock::parseTimestamp(b);
}
} // namespace

RecordWriter::RecordWriter(Database& db, const Actor& actor)
    : m_db(db)
    , m_actor(actor)
{}

void RecordWriter::requireTransaction() const
{
    if (!m_db.inTransaction())
        throw std::logic_error("RecordWriter used outside a Transaction");
}

void RecordWriter::requireIdentifier(const QString& name)
{
    if (!sql::isIdentifier(name))
        throw std::logic_error("RecordWriter given an unsafe table or column name");
}

qint64 RecordWriter::nextChangeSequence()
{
    requireTransaction();
    sql::execCached(m_db, QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE id = 1"));
    QSqlQuery& query =
        sql::execCached(m_db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1"));
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return value;
}

QVariantMap RecordWriter::fetch(const QString& table, const QString& uid) const
{
    requireIdentifier(table);
    QVariantMap stored = sql::row(m_db, QStringLiteral("SELECT * FROM %1 WHERE uid = ?").arg(table), {uid});
    if (stored.isEmpty())
        throw Error::notFound(tr("No record %1 in %2.").arg(uid, table));
    return stored;
}

QString RecordWriter::insert(const QString& table, const QVariantMap& values)
{
    requireTransaction();
    requireIdentifier(table);
    QVariantMap row = values;
    if (row.value(QStringLiteral("uid")).toString().isEmpty())
        row.insert(QStringLiteral("uid"), uid::create());
    // A record is never updated before it exists: a record given only its updated_at (county
    // import) exists since then at the latest; one given both must keep them in order.
    const QString now = Clock::nowTimestamp();
    const QString givenCreatedAt = values.value(QStringLiteral("created_at")).toString();
    const QString givenUpdatedAt = values.value(QStringLiteral("updated_at")).toString();
    QString createdAt = givenCreatedAt.isEmpty() ? now : givenCreatedAt;
    if (givenCreatedAt.isEmpty() && !givenUpdatedAt.isEmpty() && earlier(givenUpdatedAt, now))
        createdAt = givenUpdatedAt;
    const QString updatedAt = givenUpdatedAt.isEmpty() ? createdAt : givenUpdatedAt;
    if (earlier(updatedAt, createdAt))
        throw Error::validation(tr("Updated at"), updatedAt,
                                tr("is earlier than the record's creation (%1).").arg(createdAt));
    row.insert(QStringLiteral("created_at"), createdAt);
    row.insert(QStringLiteral("updated_at"), updatedAt);
    row.insert(QStringLiteral("change_seq"), nextChangeSequence());

    QStringList columns;
    QStringList placeholders;
    QVariantList bound;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        requireIdentifier(it.key());
        columns.append(it.key());
        placeholders.append(QStringLiteral("?"));
        bound.append(it.value());
    }
    sql::execCached(
        m_db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
        bound);

    QVariantMap audited = values;
    audited.remove(QStringLiteral("uid"));
    audited.remove(QStringLiteral("created_at"));
    const QString recordUid = row.value(QStringLiteral("uid")).toString();
    AuditLog::recordChange(m_db, m_actor, AuditLog::Action::Insert, table, recordUid, {}, redacted(audited));
    return recordUid;
}

bool RecordWriter::update(const QString& table, const QString& uid, const QVariantMap& changes)
{
    requireTransaction();
    requireIdentifier(table);
    const QVariantMap stored = fetch(table, uid);

    QVariantMap oldValues;
    QVariantMap newValues;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        requireIdentifier(it.key());
        if (stampColumns.contains(it.key()))
            continue;
        if (!stored.contains(it.key()))
            throw std::logic_error("RecordWriter::update given a column the table does not have");
        if (!sameValue(stored.value(it.key()), it.value())) {
            oldValues.insert(it.key(), stored.value(it.key()));
            newValues.insert(it.key(), it.value());
        }
    }
    if (newValues.isEmpty())
        return false;

    QStringList assignments;
    QVariantList bound;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        bound.append(it.value());
    }
    const QString createdAt = stored.value(QStringLiteral("created_at")).toString();
    QString updatedAt = changes.value(QStringLiteral("updated_at")).toString();
    if (updatedAt.isEmpty()) {
        // A clock set back must not stamp a change before the record's creation.
        updatedAt = Clock::nowTimestamp();
        if (earlier(updatedAt, createdAt))
            updatedAt = createdAt;
    } else if (earlier(updatedAt, createdAt)) {
        throw Error::validation(tr("Updated at"), updatedAt,
                                tr("is earlier than the record's creation (%1).").arg(createdAt));
    }
    assignments.append(QStringLiteral("updated_at = ?"));
    bound.append(updatedAt);
    assignments.append(QStringLiteral("change_seq = ?"));
    bound.append(nextChangeSequence());
    bound.append(uid);
    // Cached like inserts: a statement on a table with rule triggers is costly to prepare, and a
    // program writes the same few column sets again and again.
    sql::execCached(
        m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE uid = ?").arg(table, assignments.join(QStringLiteral(", "))),
        bound);

    const bool withdrawn = newValues.value(QStringLiteral("deleted")).toInt() == 1 && newValues.size() == 1;
    AuditLog::recordChange(m_db, m_actor, withdrawn ? AuditLog::Action::Delete : AuditLog::Action::Update,
                           table, uid, redacted(oldValues), redacted(newValues));
    return true;
}

void RecordWriter::markDeleted(const QString& table, const QString& uid)
{
    update(table, uid, {{QStringLiteral("deleted"), 1}});
}

} // namespace jinglao::core
