#pragma once
// Small helpers around QSqlQuery that throw Error::storage instead of returning false, so a
// failed statement can never be ignored by accident.

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace jinglao::core {
class Database;
}

namespace jinglao::core::sql {

// Prepares, binds positional values (?) and executes; the query is positioned before the first row.
QSqlQuery exec(const Database& db, const QString& statement, const QVariantList& values = {});
// Like exec, through the connection's prepared-statement cache (write paths; see Database::cachedStatement).
QSqlQuery& execCached(Database& db, const QString& statement, const QVariantList& values = {});
// Executes a statement without binding (schema scripts, pragmas): ':' in its text is not a placeholder.
void execStatement(const Database& db, const QString& statement);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const Database& db, const QString& statement, const QVariantList& values = {});
// The first row as column → value, or an empty map when there is no row.
QVariantMap row(const Database& db, const QString& statement, const QVariantList& values = {});
// Every row as column → value. For small result sets only; lists use lazy models.
QList<QVariantMap> rows(const Database& db, const QString& statement, const QVariantList& values = {});
QVariantMap currentRow(const QSqlQuery& query);

// SQLite's primary result codes the program explains to the user.
enum ErrorCode : int {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};
// The primary SQLite result code behind a Qt error (0 when unknown).
int errorCode(const QSqlError& error);
// What went wrong, in the user's language: the program's own sentence for the causes a person can
// act on (busy, read-only, damaged, disk full …), the engine's text otherwise. Never SQL text.
QString describe(const QSqlError& error);
// The message of a failed statement; the statement itself goes only to the jinglao.sql debug log.
QString failure(const QSqlError& error, const QString& statement);

// Text for a LIKE pattern with % and _ taken literally (use ESCAPE '\').
QString likeEscaped(QString text);

// Guards table and column names that are put into SQL text.
bool isIdentifier(const QString& name);

} // namespace jinglao::core::sql
