#include "auth/AuditChain.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

namespace jinglao::core {

namespace {

const QString Columns = QStringLiteral(
    "id, at, actor, action, table_name, record_uid, old_values, new_values, detail, chain_hash");

// Each field as its length and bytes, a null as '-': no two different rows hash the same text.
void addField(QCryptographicHash& hash, const QVariant& value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("-;"));
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

} // namespace

QString AuditChain::selectedColumns()
{
    return Columns;
}

AuditChain::Entry AuditChain::entryOf(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4),
            query.value(5),
            query.value(6),
            query.value(7),
            query.value(8)};
}

QString AuditChain::seal(const QString& previous, const Entry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previous);
    addField(hash, QString::number(entry.id));
    for (const QVariant& field :
         {QVariant(entry.at), QVariant(entry.actor), QVariant(entry.action), entry.table, entry.recordUid,
          entry.oldValues, entry.newValues, entry.detail})
        addField(hash, field);
    return QString::fromLatin1(hash.result().toHex());
}

void AuditChain::append(Database& db, Entry entry)
{
    // The last row is read inside the write transaction: another writer waits for the lock, so
    // two programs never take the same number.
    Transaction transaction(db);
    const QVariantMap last =
        sql::row(db, QStringLiteral("SELECT id, chain_hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    entry.id = last.isEmpty() ? 1 : last.value(QStringLiteral("id")).toLongLong() + 1;
    const QString sealed = seal(last.value(QStringLiteral("chain_hash")).toString(), entry);
    sql::execCached(
        db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns),
        {entry.id, entry.at, entry.actor, entry.action, entry.table, entry.recordUid, entry.oldValues,
         entry.newValues, entry.detail, sealed});
    transaction.commit();
}

void AuditChain::sealExisting(Database& db)
{
    // In batches by id: the rows are read before any of them is written.
    constexpr int Batch = 5000;
    QString previous;
    qint64 after = 0;
    for (;;) {
        QList<Entry> entries;
        {
            QSqlQuery query = sql::exec(
                db, QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY id LIMIT ?").arg(Columns),
                {after, Batch});
            while (query.next())
                entries.append(entryOf(query));
        }
        if (entries.isEmpty())
            return;
        for (const Entry& entry : entries) {
            previous = seal(previous, entry);
            sql::execCached(db, QStringLiteral("UPDATE audit_log SET chain_hash = ? WHERE id = ?"),
                            {previous, entry.id});
        }
        after = entries.constLast().id;
    }
}

void AuditChain::check(const Database& db, QList<CheckFinding>& findings)
{
    constexpr int Named = 5;
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(Columns));
    qint64 expected = 1;
    QString previous;
    int broken = 0;
    QStringList gaps;
    while (query.next()) {
        const Entry entry = entryOf(query);
        const QString stored = query.value(9).toString();
        if (entry.id != expected)
            gaps.append(entry.id == expected + 1 ? QString::number(expected)
                                                 : QStringLiteral("%1–%2").arg(expected).arg(entry.id - 1));
        if (seal(previous, entry) != stored) {
            if (broken < Named)
                findings.append(
                    {QStringLiteral("audit_chain"),
                     tr("Audit row %1 (%2, %3, %4 %5) was changed outside the program: it no longer "
                        "matches its seal.")
                         .arg(entry.id)
                         .arg(entry.at, entry.actor, entry.action, entry.table.toString()),
                     1, true});
            ++broken;
        }
        previous = stored;
        expected = entry.id + 1;
    }
    if (broken > Named)
        findings.append(
            {QStringLiteral("audit_chain"),
             tr("… and %n more audit row(s) that no longer match their seals.", nullptr, broken - Named),
             broken - Named, true});
    if (!gaps.isEmpty()) {
        QStringList shown = gaps.mid(0, Named);
        if (gaps.size() > Named)
            shown.append(QStringLiteral("…"));
        findings.append({QStringLiteral("audit_chain"),
                         tr("Audit rows %1 are missing: they were deleted outside the program.")
                             .arg(shown.join(QStringLiteral(", "))),
                         int(gaps.size()), true});
    }
}

} // namespace jinglao::core
