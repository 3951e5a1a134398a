// How the lazy shift-log model behaves on ten years of entries: generates ~500 000 log rows in a
// temporary database, then times opening the log (first page), paging on, and filtered views,
// against loading every row. Prints figures and ratios; asserts nothing.

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/Uid.h"
#include "roster/RosterService.h"
#include "shiftlog/ShiftLogQuery.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <random>

using namespace jinglao;

namespace {

constexpr int Years = 10;
constexpr int EntriesPerShift = 45; // 3 shifts a day × 45 ≈ 49 300 entries a year, ~490 000 in all

void print(const QString& text)
{
    std::printf("%s\n", qUtf8Printable(text));
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QStringList generate(core::Database& db, const QDate& first, const QDate& last, qint64* entries)
{
    std::mt19937 rng(42);
    const QString stamp = QStringLiteral("2026-01-01T00:00:00+08:00");
    qint64 seq = 0;
    auto prepare = [&](const QString& text) {
        QSqlQuery query(db.connection());
        query.prepare(text);
        return query;
    };
    // Shift codes must be a template's: the file refuses others.
    core::RosterService(db).templates(core::Actor(QStringLiteral("bench"), core::Role::Administrator));
    core::Transaction transaction(db);
    QStringList staff;
    QSqlQuery addStaff =
        prepare(QStringLiteral("INSERT INTO staff (uid, name, role, hire_date, created_at, updated_at, "
                               "change_seq) VALUES (?, ?, 'NURSE', '2015-01-01', ?, ?, ?)"));
    for (int i = 0; i < 12; ++i) {
        staff.append(core::uid::create());
        addStaff.addBindValue(staff.last());
        addStaff.addBindValue(QStringLiteral("护士%1").arg(i + 1));
        addStaff.addBindValue(stamp);
        addStaff.addBindValue(stamp);
        addStaff.addBindValue(++seq);
        addStaff.exec();
    }
    QStringList residents;
    QSqlQuery addResident =
        prepare(QStringLiteral("INSERT INTO residents (uid, name, id_number, gender, birth_date, category, "
                               "admission_date, created_at, updated_at, change_seq) "
                               "VALUES (?, ?, ?, 1, '1940-01-01', 'TK', '2015-01-01', ?, ?, ?)"));
    for (int i = 0; i < 150; ++i) {
        residents.append(core::uid::create());
        addResident.addBindValue(residents.last());
        addResident.addBindValue(QStringLiteral("老人%1").arg(i + 1));
        const QString first17 = QStringLiteral("13082119400101%1").arg(i, 3, 10, QLatin1Char('0'));
        addResident.addBindValue(first17 + core::IdNumber::checkCharacter(first17)); // the file checks it
        addResident.addBindValue(stamp);
        addResident.addBindValue(stamp);
        addResident.addBindValue(++seq);
        addResident.exec();
    }
    QSqlQuery addShift =
        prepare(QStringLiteral("INSERT INTO shifts (uid, staff_uid, shift_date, shift_code, start_at, "
                               "end_at, status, created_at, updated_at, change_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?, 'WORKED', ?, ?, ?)"));
    QSqlQuery addEntry =
        prepare(QStringLiteral("INSERT INTO shift_logs (uid, shift_uid, written_at, author_staff_uid, "
                               "summary, resident_uid, incident, created_at, updated_at, change_seq) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList codes{QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("N")};
    const QStringList incidents{QStringLiteral("FALL"),      QStringLiteral("FALL"),
                                QStringLiteral("FALL"),      QStringLiteral("CHOKING"),
                                QStringLiteral("WANDERING"), QStringLiteral("PRESSURE_SORE"),
                                QStringLiteral("OTHER")};
    const QTimeZone zone(8 * 3600);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (int s = 0; s < 3; ++s) {
            const QString shift = core::uid::create();
            const QString nurse = staff.at(static_cast<int>(rng() % staff.size()));
            const QDateTime start(day, QTime(7 + 8 * s, 0), zone);
            addShift.addBindValue(shift);
            addShift.addBindValue(nurse);
            addShift.addBindValue(day.toString(Qt::ISODate));
            addShift.addBindValue(codes.at(s));
            addShift.addBindValue(core::Clock::timestamp(start));
            addShift.addBindValue(core::Clock::timestamp(start.addSecs(8 * 3600)));
            addShift.addBindValue(stamp);
            addShift.addBindValue(stamp);
            addShift.addBindValue(++seq);
            addShift.exec();
            for (int e = 0; e < EntriesPerShift; ++e) {
                const QString written =
                    core::Clock::timestamp(start.addSecs(e * 10 * 60 + static_cast<int>(rng() % 500)));
                const bool aboutResident = rng() % 3 != 0;
                const bool incident = aboutResident && rng() % 400 == 0;
                addEntry.addBindValue(core::uid::create());
                addEntry.addBindValue(shift);
                addEntry.addBindValue(written);
                addEntry.addBindValue(nurse);
                addEntry.addBindValue(
                    QStringLiteral("巡视病房，老人睡眠良好，血压平稳，饮食正常。记录 %1").arg(e));
                addEntry.addBindValue(aboutResident
                                          ? QVariant(residents.at(static_cast<int>(rng() % residents.size())))
                                          : QVariant());
                addEntry.addBindValue(incident
                                          ? QVariant(incidents.at(static_cast<int>(rng() % incidents.size())))
                                          : QVariant());
                addEntry.addBindValue(written);
                addEntry.addBindValue(written);
                addEntry.addBindValue(++seq);
                addEntry.exec();
                ++*entries;
            }
        }
    }
    core::sql::exec(db, QStringLiteral("UPDATE change_sequence SET value = ? WHERE id = 1"), {seq});
    transaction.commit();
    core::sql::execStatement(db, QStringLiteral("ANALYZE"));
    return residents;
}

double timeModel(core::Database& db, const core::Actor& actor, const core::ShiftLogQuery::Filter& filter,
                 int* rows)
{
    QElapsedTimer timer;
    timer.start();
    ui::ShiftLogTableModel model(db, actor);
    model.setFilter(filter);
    *rows = model.rowCount();
    return msSince(timer);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("bench.sqlite")),
                                   core::Database::OpenMode::CreateIfMissing);
    const core::Actor reader(QStringLiteral("bench"), core::Role::ReadOnly);

    const QDate last(2026, 10, 31);
    const QDate first = last.addYears(-Years).addDays(1);
    qint64 entries = 0;
    QElapsedTimer timer;
    timer.start();
    const QStringList residents = generate(*db, first, last, &entries);
    print(QStringLiteral("generated %1 log entries over %2 years in %3 s")
              .arg(entries)
              .arg(Years)
              .arg(msSince(timer) / 1000.0, 0, 'f', 1));

    int rows = 0;
    const double openAll = timeModel(*db, reader, {}, &rows);
    print(QStringLiteral("open the log, first page (%1 rows):           %2 ms")
              .arg(rows)
              .arg(openAll, 0, 'f', 2));

    {
        ui::ShiftLogTableModel model(*db, reader);
        timer.restart();
        for (int i = 0; i < 50; ++i)
            model.fetchMore({});
        print(QStringLiteral("fetchMore ×50 (to %1 rows):                    %2 ms (%3 ms a page)")
                  .arg(model.rowCount())
                  .arg(msSince(timer), 0, 'f', 2)
                  .arg(msSince(timer) / 50, 0, 'f', 2));
    }

    core::ShiftLogQuery::Filter falls;
    falls.incidentsOnly = true;
    falls.incident = core::Incident::Fall;
    const double fallsMs = timeModel(*db, reader, falls, &rows);
    print(QStringLiteral("filter: falls, first page (%1 rows):           %2 ms")
              .arg(rows)
              .arg(fallsMs, 0, 'f', 2));

    core::ShiftLogQuery::Filter ofResident;
    ofResident.residentUid = residents.at(7);
    const double residentMs = timeModel(*db, reader, ofResident, &rows);
    print(QStringLiteral("filter: one resident, first page (%1 rows):    %2 ms")
              .arg(rows)
              .arg(residentMs, 0, 'f', 2));

    core::ShiftLogQuery::Filter month;
    month.from = QDate(2020, 3, 1);
    month.to = QDate(2020, 3, 31);
    const double monthMs = timeModel(*db, reader, month, &rows);
    print(QStringLiteral("filter: one month five years back (%1 rows):  %2 ms")
              .arg(rows)
              .arg(monthMs, 0, 'f', 2));

    core::ShiftLogQuery::Filter residentFalls = falls;
    residentFalls.residentUid = residents.at(7);
    residentFalls.from = QDate(2018, 1, 1);
    residentFalls.to = QDate(2022, 12, 31);
    const double combinedMs = timeModel(*db, reader, residentFalls, &rows);
    print(QStringLiteral("filter: one resident's falls 2018–2022 (%1):  %2 ms")
              .arg(rows)
              .arg(combinedMs, 0, 'f', 2));

    timer.restart();
    const qint64 counted =
        core::sql::scalar(*db, QStringLiteral("SELECT count(*) FROM shift_logs WHERE deleted = 0"))
            .toLongLong();
    const double countMs = msSince(timer);
    print(QStringLiteral("for comparison, COUNT(*) of %1 rows:           %2 ms")
              .arg(counted)
              .arg(countMs, 0, 'f', 2));

    timer.restart();
    core::ShiftLogQuery everything(*db, reader, {});
    qint64 loaded = 0;
    while (!everything.atEnd())
        loaded += everything.fetchNext(5000).size();
    const double allMs = msSince(timer);
    print(QStringLiteral("for comparison, loading all %1 rows:          %2 ms")
              .arg(loaded)
              .arg(allMs, 0, 'f', 0));
    print(QStringLiteral("ratios: load-all / open = %1×, COUNT / open = %2×, falls filter / open = %3×")
              .arg(allMs / openAll, 0, 'f', 0)
              .arg(countMs / openAll, 0, 'f', 1)
              .arg(fallsMs / openAll, 0, 'f', 2));
    return 0;
}
