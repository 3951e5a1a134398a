#include "checks/SchemaObjectsCheck.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMap>
#include <QRegularExpression>

namespace jinglao::core {

namespace {

// Trigger name → its SQL with runs of white space made one space.
QMap<QString, QString> triggersOf(const Database& db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QMap<QString, QString> triggers;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")))
        triggers.insert(
            row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("sql")).toString().replace(space, QStringLiteral(" ")).trimmed());
    return triggers;
}

// What the migrations make, read once: a database in memory at the latest schema.
const QMap<QString, QString>& expectedTriggers()
{
    static const QMap<QString, QString> expected = triggersOf(*Database::openInMemory());
    return expected;
}

} // namespace

void SchemaObjectsCheck::run(const Database& db, QList<CheckFinding>& findings)
{
    // A file at another schema version has other triggers by design (a read-only older file).
    if (db.schemaVersion() != Database::latestSchemaVersion())
        return;
    const QMap<QString, QString>& expected = expectedTriggers();
    const QMap<QString, QString> actual = triggersOf(db);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            findings.append(
                {QStringLiteral("safeguards"),
                 tr("The safeguard (trigger) %1 is missing: it was removed outside the program, so "
                    "the rule it enforces was not enforced.")
                     .arg(it.key()),
                 1, true});
        else if (found.value() != it.value())
            findings.append(
                {QStringLiteral("safeguards"),
                 tr("The safeguard (trigger) %1 differs from the one this program installs: it was "
                    "changed outside the program.")
                     .arg(it.key()),
                 1, true});
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            findings.append(
                {QStringLiteral("safeguards"),
                 tr("The database has a trigger %1 that this program did not install.").arg(it.key()), 1,
                 true});
}

} // namespace jinglao::core
