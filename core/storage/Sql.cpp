#include "storage/Sql.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcSql, "jinglao.sql", QtWarningMsg)

namespace jinglao::core::sql {

int errorCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString describe(const QSqlError& error)
{
    switch (errorCode(error)) {
    case Busy:
    case Locked:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the database is busy: another program or computer is "
                                           "writing to it and did not finish in time. Try again.");
    case ReadOnly:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the database file cannot be written (write-protected file, "
                                           "folder or medium).");
    case IoError:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the disk could not read or write the file (it may be full, the "
                                           "file larger than this account may write, or the medium "
                                           "failing).");
    case Corrupt:
    case NotADatabase:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the database file is damaged. Run a check and restore a "
                                           "backup if needed.");
    case Full:
        return QCoreApplication::translate("jinglao::core::sql", "the disk is full.");
    case CantOpen:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the database file cannot be opened (missing, or no "
                                           "permission to read it).");
    case Constraint:
        return QCoreApplication::translate("jinglao::core::sql",
                                           "the change breaks a rule of the database (%1).")
            .arg(error.databaseText());
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return QCoreApplication::translate("jinglao::core::sql", "database error %1 (%2).")
        .arg(error.nativeErrorCode(), text);
}

QString failure(const QSqlError& error, const QString& statement)
{
    qCDebug(lcSql) << "failed:" << error.text() << "in:" << statement.simplified();
    return QCoreApplication::translate("jinglao::core::sql", "Database error: %1").arg(describe(error));
}

QSqlQuery exec(const Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        throw Error::storage(failure(query.lastError(), statement));
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        throw Error::storage(failure(query.lastError(), statement));
    }
    return query;
}

QSqlQuery& execCached(Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery& query = db.cachedStatement(statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        throw Error::storage(failure(error, statement));
    }
    return query;
}

void execStatement(const Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement)) {
        throw Error::storage(failure(query.lastError(), statement));
    }
}

namespace {

// Runs a reading statement through the connection's statement cache (prepared once, as
// execCached does) and hands it to read, finishing it afterwards so that no read stays open; a
// fresh statement when the cache is full.
template <typename Read>
auto readWith(const Database& db, const QString& statement, const QVariantList& values, Read read)
{
    QSqlQuery* cached = db.reusableStatement(statement);
    if (!cached) {
        QSqlQuery query = exec(db, statement, values);
        return read(query);
    }
    for (int i = 0; i < values.size(); ++i)
        cached->bindValue(i, values.at(i));
    if (!cached->exec()) {
        const QSqlError error = cached->lastError();
        cached->finish();
        throw Error::storage(failure(error, statement));
    }
    struct Finish {
        QSqlQuery* query;
        ~Finish() { query->finish(); }
    } finish{cached};
    return read(*cached);
}

} // namespace

QVariant scalar(const Database& db, const QString& statement, const QVariantList& values)
{
    return readWith(db, statement, values,
                    [](QSqlQuery& query) { return query.next() ? query.value(0) : QVariant(); });
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
    return readWith(db, statement, values,
                    [](QSqlQuery& query) { return query.next() ? currentRow(query) : QVariantMap(); });
}

QList<QVariantMap> rows(const Database& db, const QString& statement, const QVariantList& values)
{
    return readWith(db, statement, values, [](QSqlQuery& query) {
        QList<QVariantMap> result;
        // The column names once, not for every row.
        QStringList names;
        while (query.next()) {
            if (names.isEmpty()) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i)
                    names.append(record.fieldName(i));
            }
            QVariantMap row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), query.value(i));
            result.append(std::move(row));
        }
        return result;
    });
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace jinglao::core::sql
