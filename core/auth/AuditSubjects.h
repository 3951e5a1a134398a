#pragma once
// What an audit entry is about, as people name it: the resident's or staff member's name, the
// bed code, the user name, "张三的能力评估（2026-03-02）" — and the tables as people call them.
// Descriptions are built only from names, codes and dates, never from ID numbers, phones or
// addresses (privacy::), so they show the same to every role and in every file.

#include "auth/Actor.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;
struct AuditEntry;

class AuditSubjects {
    Q_DECLARE_TR_FUNCTIONS(AuditSubjects)

public:
    // The modules name their own tables (Module::auditSubjects) and settings.
    explicit AuditSubjects(Database& db, ModuleSet modules = ModuleSet::standard());

    // The record (table, uid) as people name it; empty when the table is not known or the record
    // is not there. A withdrawn or discharged record is still named (records are never deleted).
    // Needs Permission::ViewAudit.
    QString describe(const Actor& actor, const QString& table, const QString& recordUid) const;
    // Fills AuditEntry::subject of every entry, one query per table and batch.
    void describe(const Actor& actor, QList<AuditEntry>& entries) const;

    // The table as people call it ("residents" → 入住老人), translated; the name itself when unknown.
    static QString tableLabel(const QString& table, const ModuleSet& modules = ModuleSet::standard());

private:
    // uid → description for the records of one table.
    QHash<QString, QString> lookUp(const QString& table, const QStringList& uids) const;

    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
