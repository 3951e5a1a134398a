#include "TempDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace jinglao::testing {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    m_database = core::Database::open(path(), core::Database::OpenMode::CreateIfMissing);
}

void TempDatabase::reopen()
{
    m_database.reset();
    m_database = core::Database::open(path(), core::Database::OpenMode::CreateIfMissing);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace jinglao::testing
