#pragma once
// Reading the audit log for the administrators' audit page and its CSV export: filtered,
// newest first, a page at a time (keyset on the row id, so a long log never loads whole).

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace jinglao::core {

class Database;

struct AuditFilter {
    QString actor;     // exact user name, empty for all
    QString table;     // exact table name, empty for all
    QString recordUid; // exact record uid or settings key, empty for all
    QString action;    // AuditLog action code ("UPDATE" …), empty for all
    QDate from;        // first day included, invalid for no limit
    QDate to;          // last day included, invalid for no limit
};

struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString table;
    QString recordUid;
    QString subject; // the record as people name it (AuditSubjects), empty when unknown
    QVariantMap oldValues;
    QVariantMap newValues;
    QString detail;
};

// One field of a change, for the old/new details pane.
struct AuditFieldChange {
    QString field;
    QString oldValue;
    QString newValue;
};

class AuditQuery {
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    explicit AuditQuery(Database& db);

    // Up to limit entries older than beforeId (0: from the newest), newest first, each with its
    // record named (AuditSubjects). ID numbers, phone numbers and addresses in old and new values
    // are masked for actors without Permission::ViewPersonalData.
    QList<AuditEntry> entries(const Actor& actor, const AuditFilter& filter, qint64 beforeId,
                              int limit) const;
    qint64 count(const Actor& actor, const AuditFilter& filter) const;
    // Distinct values for the filter choices.
    QStringList actors(const Actor& actor) const;
    QStringList tables(const Actor& actor) const;

    // Writes the filtered log to path as CSV (core::CsvWriter, column headers in the user's
    // language, personal data in old and new values masked whatever the role) and audits the
    // export. Returns the number of entries written.
    qint64 exportCsv(const Actor& actor, const AuditFilter& filter, const QString& path) const;

    // The union of fields in old and new values, sorted, with each side as text.
    static QList<AuditFieldChange> fieldChanges(const AuditEntry& entry);
    // A value as text; NULL is "(no value)", unlike an empty text.
    static QString valueText(const QVariant& value);

private:
    Database& m_db;
};

} // namespace jinglao::core
