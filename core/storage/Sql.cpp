#include "storage/Sql.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

namespace jinglao::core::sql {

QSqlQuery exec(const Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        throw Error::storage(QCoreApplication::translate("jinglao::core::sql", "Database error: %1 (in: %2)")
                                 .arg(query.lastError().text(), statement.simplified()));
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        throw Error::storage(QCoreApplication::translate("jinglao::core::sql", "Database error: %1 (in: %2)")
                                 .arg(query.lastError().text(), statement.simplified()));
    }
    return query;
}

QSqlQuery& execCached(Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery& query = db.cachedStatement(statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QString reason = query.lastError().text();
        query.finish();
        throw Error::storage(QCoreApplication::translate("jinglao::core::sql", "Database error: %1 (in: %2)")
                                 .arg(reason, statement.simplified()));
    }
    return query;
}

void execStatement(const Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement)) {
        throw Error::storage(QCoreApplication::translate("jinglao::core::sql", "Database error: %1 (in: %2)")
                                 .arg(query.lastError().text(), statement.simplified()));
    }
}

QVariant scalar(const Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariantMap currentRow(const QSqlQuery& query)
{
    QVariantMap result;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        result.insert(record.fieldName(i), query.value(i));
    return result;
}

QVariantMap row(const Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? currentRow(query) : QVariantMap();
}

QList<QVariantMap> rows(const Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = exec(db, statement, values);
    QList<QVariantMap> result;
    while (query.next())
        result.append(currentRow(query));
    return result;
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace jinglao::core::sql
