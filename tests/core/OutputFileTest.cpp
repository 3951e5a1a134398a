// Every file the program writes goes through OutputFile: it never lands on the open database or
// its working files, whatever name leads there, and it replaces an existing file atomically with
// an owner-only one.

#include "storage/OutputFile.h"

#include "TempDatabase.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace jinglao;
using jinglao::testing::fileBytes;

namespace {
core::Error::Kind refusal(const core::Database& db, const QString& target, QString* message = nullptr)
{
    try {
        core::OutputFile output(db, target, QStringLiteral("Export file"));
    } catch (const core::Error& error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    FAIL("the target was accepted: " << target.toStdString());
    return core::Error::Kind::Conflict;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}
} // namespace

TEST_CASE("The open database and its working files are refused as an output under any name",
          "[storage][files]")
{
    testing::TempDatabase temp;
    const QString db = temp.path();
    const QString dir = temp.dir();
    REQUIRE(QDir(dir).mkdir(QStringLiteral("sub")));
    REQUIRE(QFile::link(db, dir + QStringLiteral("/link.sqlite")));
    REQUIRE(QFile::link(db + QStringLiteral("-journal"), dir + QStringLiteral("/dangling")));
    REQUIRE(QFile::link(dir, dir + QStringLiteral("/dirlink")));
    const QByteArray before = fileBytes(db);

    const QStringList targets{
        db,
        db + QStringLiteral("-wal"),
        db + QStringLiteral("-shm"),
        db + QStringLiteral("-journal"),
        dir + QStringLiteral("/sub/../") + QFileInfo(db).fileName(),
        dir + QStringLiteral("/./") + QFileInfo(db).fileName(),
        dir + QStringLiteral("/link.sqlite"),
        dir + QStringLiteral("/dangling"),
        dir + QStringLiteral("/dirlink/") + QFileInfo(db).fileName() + QStringLiteral("-wal"),
    };
    for (const QString& target : targets) {
        INFO(target.toStdString());
        QString message;
        CHECK(refusal(temp.db(), target, &message) == core::Error::Kind::Validation);
        CHECK(message.contains(QDir::toNativeSeparators(target)));
    }
    SECTION("a hard link to the database is the database too")
    {
        const QString hard = dir + QStringLiteral("/hard.sqlite");
        REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()) == 0);
        CHECK(refusal(temp.db(), hard) == core::Error::Kind::Validation);
    }
    CHECK(fileBytes(db) == before);
    CHECK_FALSE(filesIn(dir).join(QLatin1Char(' ')).contains(QStringLiteral(".partial")));
}

TEST_CASE("An empty name or a folder is refused, a missing folder is a file failure", "[storage][files]")
{
    testing::TempDatabase temp;
    CHECK(refusal(temp.db(), QString()) == core::Error::Kind::Validation);
    CHECK(refusal(temp.db(), QStringLiteral("  ")) == core::Error::Kind::Validation);
    CHECK(refusal(temp.db(), temp.dir()) == core::Error::Kind::Validation);
    QString message;
    CHECK(refusal(temp.db(), temp.dir() + QStringLiteral("/missing/out.csv"), &message) ==
          core::Error::Kind::Storage);
    CHECK(message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Another file is replaced only when the new one is complete, and is owner-only", "[storage][files]")
{
    testing::TempDatabase temp;
    const QString target = temp.dir() + QStringLiteral("/report.csv");
    write(target, "old contents");
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                      QFileDevice::ReadGroup);

    SECTION("until commit the old file stays as it was, and an abandoned write leaves nothing behind")
    {
        {
            core::OutputFile output(temp.db(), target, QStringLiteral("Export file"));
            CHECK(QFileInfo(output.temporaryPath()).path() == QFileInfo(target).path());
            output.device().write("half of the new contents");
            CHECK(fileBytes(target) == "old contents");
        }
        CHECK(fileBytes(target) == "old contents");
        CHECK(filesIn(temp.dir()).filter(QStringLiteral(".partial")).isEmpty());
    }
    SECTION("commit replaces it with owner-only permissions")
    {
        core::OutputFile output(temp.db(), target, QStringLiteral("Export file"));
        output.device().write("new contents");
        output.commit();
        CHECK(fileBytes(target) == "new contents");
        CHECK(QFileInfo(target).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK(filesIn(temp.dir()).filter(QStringLiteral(".partial")).isEmpty());
    }
}

TEST_CASE("Paths resolve through links and dots the way the system resolves them", "[storage][files]")
{
    testing::TempDatabase temp;
    const QString dir = QFileInfo(temp.dir()).canonicalFilePath();
    REQUIRE(QDir(dir).mkpath(QStringLiteral("a/b")));
    REQUIRE(QFile::link(dir + QStringLiteral("/a/b"), dir + QStringLiteral("/lb")));
    // "lb/.." is the parent of the link's target (a), not the folder holding the link.
    CHECK(core::filesystem::resolvedPath(dir + QStringLiteral("/lb/../new.txt")) ==
          dir + QStringLiteral("/a/new.txt"));
    CHECK(core::filesystem::resolvedPath(dir + QStringLiteral("/a/./b/missing/x")) ==
          dir + QStringLiteral("/a/b/missing/x"));
    CHECK(core::filesystem::samePath(dir + QStringLiteral("/lb/x"), dir + QStringLiteral("/a/b/x")));
    CHECK_FALSE(core::filesystem::samePath(dir + QStringLiteral("/a/x"), dir + QStringLiteral("/a/b/x")));
}
