#pragma once
// The monthly report (月报): for any month, the county's monthly_indicators row
// (county-csv-spec.md) and the report's details, gathered from every module
// (Module::monthFigures) as of the month's last day — or today while the month runs. The figures
// come from the records' history (stays, bed service periods, assessments by date …), so a past
// month gives the same figures whenever it is asked. Reading needs ViewRecords.

#include "auth/Actor.h"
#include "modules/ModuleSet.h"
#include "modules/MonthFigures.h"
#include "reports/MonthDetails.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

struct MonthlyReport {
    ReportMonth month; // month.modules is not kept: null
    QString uid;       // stable for the center and the month (monthly_indicators uid)
    QString madeAt;    // timestamp, the row's updated_at
    QString madeBy;    // the actor's name
    MonthFigures figures;
    QList<MonthList> lists; // the records behind the figures (MonthDetails)
};

class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Database& db, ModuleSet modules = ModuleSet::standard());

    // The month of anyDay. Refused (Error::validation naming the month) for a month after the
    // current one and for one before the first month with records (firstMonthWithData).
    // Lists::Without leaves out the records behind the figures (lists), for those that show only
    // the figures: the county file and the home page's charts.
    enum class Lists { With, Without };
    MonthlyReport month(const Actor& actor, const QDate& anyDay, Lists lists = Lists::With) const;
    // One report per month from the month of from to the month of to, both included. Refused as
    // month() is, and when to lies before from or the range is longer than MaxMonths.
    QList<MonthlyReport> months(const Actor& actor, const QDate& from, const QDate& to,
                                Lists lists = Lists::With) const;

    // The first day of the earliest month with a record of the center's history (a stay, a bed in
    // service, a staff member hired, a family-bed agreement); invalid on an empty database.
    QDate firstMonthWithData() const;

    // The header of monthly_indicators.csv, and one report's row under it.
    static QStringList countyColumns();
    static QStringList countyRow(const MonthlyReport& report);
    // The county's columns that are figures (countyColumns without uid, updated_at, deleted, month).
    static QStringList figureColumns();
    // "2026-10", or "2026-08 – 2026-10" for a range; empty for none.
    static QString periodText(const QList<MonthlyReport>& reports);

    static QString monthLabel();
    static QString toMonthLabel();

    static constexpr int MaxMonths = 120;

private:
    void requireReportable(const QDate& first, const QString& field) const;

    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
