#pragma once
// The one way services write domain records. It stamps the record conventions (uid,
// created_at, updated_at, change_seq, deleted) and writes an audit row for every change,
// all inside the caller's open Transaction.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace jinglao::core {

class Database;

class RecordWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    RecordWriter(Database& db, const Actor& actor);

    // Inserts a row. A "uid", "created_at" or "updated_at" in values is kept (county imports,
    // demo history); otherwise they are generated. updated_at is never earlier than created_at:
    // given only updated_at, the record exists since then; given both out of order, the insert is
    // refused (Error::validation). Returns the uid.
    QString insert(const QString& table, const QVariantMap& values);
    // Writes the columns whose value differs from the stored one. Returns false, and stamps and
    // audits nothing, when nothing differs. An "updated_at" in changes is kept unless it is
    // earlier than the record's created_at (refused).
    bool update(const QString& table, const QString& uid, const QVariantMap& changes);
    // Withdraws a record (deleted = 1); it stays in the file and travels to the county.
    void markDeleted(const QString& table, const QString& uid);

    // The stored row; throws Error::notFound when there is none.
    QVariantMap fetch(const QString& table, const QString& uid) const;

    qint64 nextChangeSequence();
    const Actor& actor() const { return m_actor; }

private:
    void requireTransaction() const;
    static void requireIdentifier(const QString& name);

    Database& m_db;
    Actor m_actor;
};

} // namespace jinglao::core
