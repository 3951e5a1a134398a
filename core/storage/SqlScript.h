#pragma once
// Runs a migration script statement by statement. SQLite itself decides where a statement
// ends (sqlite3_complete), so triggers and strings containing ';' are handled correctly.

#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

namespace sqlscript {

QStringList statements(const QString& script);
void run(const Database& db, const QString& script);

} // namespace sqlscript
} // namespace jinglao::core
