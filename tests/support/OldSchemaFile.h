#pragma once
// A Jinglao file at an older schema version, built from the program's own migration steps, with
// rows written behind the program's back: what an older installation (or a hand edit made before
// the file enforced its rules) leaves on disk.

#include "QtStringMaker.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlScript.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <catch2/catch.hpp>

namespace jinglao::testing {

inline qint64& oldChangeSequence()
{
    static qint64 value = 0;
    return value;
}

// The INSERT statement an older program (or a hand edit) would have run: values as given, with
// created_at and updated_at at 2026-01-01 08:00 unless given, and the next change number.
inline QString oldRecord(const QString& table, QVariantMap values)
{
    const QString stamp = QStringLiteral("2026-01-01T08:00:00+08:00");
    if (!values.contains(QStringLiteral("created_at")))
        values.insert(QStringLiteral("created_at"), stamp);
    if (!values.contains(QStringLiteral("updated_at")))
        values.insert(QStringLiteral("updated_at"), stamp);
    values.insert(QStringLiteral("change_seq"), ++oldChangeSequence());
    QStringList columns;
    QStringList literals;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(it.key());
        literals.append(it.value().typeId() == QMetaType::QString
                            ? QLatin1Char('\'') +
                                  it.value().toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                                  QLatin1Char('\'')
                            : it.value().toString());
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), literals.join(QStringLiteral(", ")));
}

// An assessment stored before the one-step rule: preliminary level 1 raised to 3 for dementia and
// two risk events, on 2025-07-01.
inline QString oldAssessmentRaisedTwoSteps(const QString& residentUid)
{
    return oldRecord(QStringLiteral("assessments"),
                     {{QStringLiteral("uid"), QStringLiteral("as-1")},
                      {QStringLiteral("resident_uid"), residentUid},
                      {QStringLiteral("assessed_on"), QStringLiteral("2025-07-01")},
                      {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                      {QStringLiteral("total"), 70},
                      {QStringLiteral("preliminary_level"), 1},
                      {QStringLiteral("level"), 3},
                      {QStringLiteral("dementia"), 1},
                      {QStringLiteral("risk_events"), 2}});
}

// rows: statements run on the file at that version (see oldRecord); the change counter is then
// set above every change number oldRecord handed out.
inline void writeFileAtVersion(const QString& path, int version, const QStringList& rows)
{
    static int connections = 0;
    const QString name = QStringLiteral("old-schema-file-%1").arg(++connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const core::Migrator::Migration& migration : core::Migrator::migrations()) {
            if (migration.version > version)
                break;
            QFile file(migration.resourcePath);
            REQUIRE(file.open(QIODevice::ReadOnly));
            for (const QString& statement : core::sqlscript::statements(QString::fromUtf8(file.readAll()))) {
                INFO(statement.toStdString());
                REQUIRE(query.exec(statement));
            }
        }
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(core::Database::ApplicationId)));
        for (const QString& row : rows) {
            const bool written = query.exec(row);
            INFO(row.toStdString() + " → " + query.lastError().text().toStdString());
            REQUIRE(written);
        }
        REQUIRE(query.exec(QStringLiteral("UPDATE change_sequence SET value = %1").arg(oldChangeSequence())));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace jinglao::testing
