#pragma once
// A database in a fresh temporary folder, removed after the test.

#include "QtStringMaker.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace jinglao::testing {

class TempDatabase {
public:
    TempDatabase();
    core::Database& db() { return *m_database; }
    core::Database* operator->() { return m_database.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("jinglao.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file, as a restart of the program would.
    void reopen();
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_database;
};

// Bytes of a file, for "left unchanged" checks.
QByteArray fileBytes(const QString& path);

} // namespace jinglao::testing
