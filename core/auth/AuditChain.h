#pragma once
// The seal on every audit row (schema 15): chain_hash is the SHA-256, in hex, of the previous row's
// chain_hash and the row's own content. Rows are numbered 1, 2, 3 … without gaps (a trigger refuses
// any other id). Dropping the append-only triggers and editing or deleting a row leaves a row whose
// seal no longer matches, or a missing number, and `check` names the first one. Someone who rewrites
// every seal after the edit is not caught by the file alone: that needs a copy of the last seal
// kept elsewhere (a backup, a county package).

#include "checks/CheckFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace jinglao::core {

class Database;

class AuditChain {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // One audit row's content, as stored (null columns as null QVariants).
    struct Entry {
        qint64 id = 0;
        QString at;
        QString actor;
        QString action;
        QVariant table;
        QVariant recordUid;
        QVariant oldValues;
        QVariant newValues;
        QVariant detail;
    };

    // Every row with its stored seal, in id order (for check and its tests): a query over
    // selectedColumns(), read row by row with entryOf() and value(9) the seal.
    static QString selectedColumns();
    static Entry entryOf(const QSqlQuery& query);
    // The seal of entry when the row before it has the seal previous ("" before the first row).
    static QString seal(const QString& previous, const Entry& entry);
    // Appends entry with the next id and its seal, inside the caller's transaction (or its own).
    static void append(Database& db, Entry entry);
    // Seals the rows of a file written before schema 15, in id order (its migration step).
    static void sealExisting(Database& db);
    // For `check`: rows whose seal does not match (the first one named) and missing numbers.
    static void check(const Database& db, QList<CheckFinding>& findings);
};

} // namespace jinglao::core
