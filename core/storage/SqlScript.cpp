#include "storage/SqlScript.h"

#include "storage/Sql.h"

#include <sqlite3.h>

namespace jinglao::core::sqlscript {

QStringList statements(const QString& script)
{
    QStringList result;
    const QByteArray utf8 = script.toUtf8();
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        const QByteArray candidate = utf8.mid(start, i - start + 1);
        if (sqlite3_complete(candidate.constData()) == 0)
            continue;
        const QString statement = QString::fromUtf8(candidate).trimmed();
        if (statement != QStringLiteral(";"))
            result.append(statement);
        start = i + 1;
    }
    const QString rest = QString::fromUtf8(utf8.mid(start)).trimmed();
    // A trailing remainder is only comments and whitespace, or a final statement without ';'.
    if (!rest.isEmpty() && sqlite3_complete((rest + QLatin1Char(';')).toUtf8().constData()) != 0) {
        bool onlyComments = true;
        for (const QString& line : rest.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(QStringLiteral("--")))
                onlyComments = false;
        }
        if (!onlyComments)
            result.append(rest);
    }
    return result;
}

void run(const Database& db, const QString& script)
{
    for (const QString& statement : statements(script))
        sql::execStatement(db, statement);
}

} // namespace jinglao::core::sqlscript
