#include "SqlTrace.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace jinglao::bench {

namespace {

sqlite3* handleOf(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

int onStatement(unsigned type, void* context, void* statement, void* text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A trigger's statements arrive as a comment naming the trigger: they are part of the
    // statement that fired them, which the shell runs too.
    if (std::strncmp(static_cast<const char*>(text), "--", 2) == 0)
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    static_cast<SqlTrace*>(context)->append(expanded ? expanded : static_cast<const char*>(text));
    sqlite3_free(expanded);
    return 0;
}

} // namespace

SqlTrace::SqlTrace(const QSqlDatabase& connection)
{
    sqlite3* handle = handleOf(connection);
    m_handle = handle;
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &onStatement, this);
}

SqlTrace::~SqlTrace()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

void SqlTrace::append(const char* sql)
{
    m_statements.append(QString::fromUtf8(sql));
}

QStringList SqlTrace::largeTables()
{
    return {QStringLiteral("shift_logs"), QStringLiteral("duty_sessions"),  QStringLiteral("shifts"),
            QStringLiteral("audit_log"),  QStringLiteral("home_visits"),    QStringLiteral("assessments"),
            QStringLiteral("referrals"),  QStringLiteral("bed_assignments")};
}

bool SqlTrace::writeScript(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QString& statement : m_statements) {
        QByteArray line = statement.trimmed().toUtf8();
        if (!line.endsWith(';'))
            line += ';';
        file.write(line + '\n');
    }
    return file.flush();
}

QStringList SqlTrace::fullScans(const QSqlDatabase& connection, const QStringList& statements,
                                const QStringList& tables)
{
    QStringList found;
    QSet<QString> seen;
    for (const QString& statement : statements) {
        const QString trimmed = statement.trimmed();
        if (!trimmed.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) &&
            !trimmed.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            continue;
        // One report per statement, whatever values it ran with.
        static const QRegularExpression literal(QStringLiteral("'[^']*'|\\b\\d+\\b"));
        QString shape = trimmed;
        shape.replace(literal, QStringLiteral("?"));
        if (seen.contains(shape))
            continue;
        seen.insert(shape);
        // A plan names a table by its alias: "SCAN l" for "FROM shift_logs l".
        QHash<QString, QString> tableOf;
        static const QRegularExpression source(
            QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto match = source.globalMatch(trimmed); match.hasNext();) {
            const QRegularExpressionMatch one = match.next();
            tableOf.insert(one.captured(1), one.captured(1));
            if (!one.captured(2).isEmpty())
                tableOf.insert(one.captured(2), one.captured(1));
        }
        QSqlQuery plan(connection);
        if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + trimmed))
            continue;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            if (!detail.startsWith(QLatin1String("SCAN ")) || detail.contains(QLatin1String("USING")))
                continue;
            const QString name = detail.section(QLatin1Char(' '), 1, 1);
            const QString table = tableOf.value(name, name);
            if (tables.contains(table)) {
                found.append(QStringLiteral("SCAN %1 — %2").arg(table, shape.simplified().left(300)));
                break;
            }
        }
    }
    return found;
}

} // namespace jinglao::bench
