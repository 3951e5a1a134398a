#include "storage/SqlScript.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;

TEST_CASE("SQL scripts split where SQLite says a statement ends", "[storage]")
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
                                          "CREATE TRIGGER t_guard BEFORE DELETE ON t\n"
                                          "BEGIN\n"
                                          "    SELECT RAISE(ABORT, 'no; never');\n"
                                          "END;\n"
                                          "INSERT INTO t (a) VALUES ('08:30')\n");
    const QStringList statements = sqlscript::statements(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).endsWith(QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y');")));
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(2) == QStringLiteral("INSERT INTO t (a) VALUES ('08:30')"));
}

TEST_CASE("A script that ends in a comment has no extra statement", "[storage]")
{
    CHECK(sqlscript::statements(QStringLiteral("SELECT 1;\n-- the end\n")).size() == 1);
}
