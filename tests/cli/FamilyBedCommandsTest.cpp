// visits and visit-plan-export: a month's coverage and the staff's visit plan from the command line.

#include "CliRunner.h"
#include "ExportedText.h"
#include "FamilyBedFixture.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("visit-plan-export writes the month's plan as XLSX; visits lists the elders still waiting",
          "[cli][familybeds]")
{
    testing::FamilyBedFixture f;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    f.addFamilyBed(QStringLiteral("孙桂兰"), true);
    core::HomeVisitService(f.db()).record(f.admin, f.visit(liu, QDate(2026, 11, 18)));
    const QString db = f.temp.path();
    f.temp.close();

    const QString out = QDir(f.temp.dir()).filePath(QStringLiteral("plan.xlsx"));
    const testing::CliRun exported =
        testing::runCli({QStringLiteral("--db"), db, QStringLiteral("visit-plan-export"),
                         QStringLiteral("--out"), out, QStringLiteral("--month"), QStringLiteral("2026-11")});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("2026-11")));
    const QString strings = testing::xlsxStrings(out);
    CHECK(strings.contains(QStringLiteral("李秀梅")));
    CHECK(strings.contains(QStringLiteral("孙桂兰")));
    CHECK(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("visit-plan-export"),
                           QStringLiteral("--month"), QStringLiteral("2026-11")})
              .exitCode == 1); // --out is needed

    const testing::CliRun waiting =
        testing::runCli({QStringLiteral("--db"), db, QStringLiteral("visits"), QStringLiteral("--month"),
                         QStringLiteral("2026-11"), QStringLiteral("--unvisited"), QStringLiteral("--format"),
                         QStringLiteral("tsv")});
    CHECK(waiting.exitCode == 0);
    CHECK(waiting.out.contains(QStringLiteral("孙桂兰")));
    CHECK_FALSE(waiting.out.contains(QStringLiteral("刘芳")));
    CHECK(waiting.err.contains(QStringLiteral("50.0%")));
}
