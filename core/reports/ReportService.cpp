#include "reports/ReportService.h"

#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Percent.h"
#include "storage/Sql.h"

#include <QUuid>

namespace jinglao::core {

namespace {

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QString monthText(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

// A name-based uid: the same center and month give the same uid in every export, so the county
// replaces a month's row rather than adding another.
QString monthUid(const QString& facilityCode, const QDate& first)
{
    static const QUuid space(QStringLiteral("{6f3d2c1e-7a4b-5c8d-9e0f-1a2b3c4d5e6f}"));
    return QUuid::createUuidV5(space,
                               QStringLiteral("monthly_indicators/%1/%2").arg(facilityCode, monthText(first)))
        .toString(QUuid::WithoutBraces);
}

} // namespace

ReportService::ReportService(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

QString ReportService::monthLabel()
{
    return tr("Month");
}

QString ReportService::toMonthLabel()
{
    return tr("To month");
}

QDate ReportService::firstMonthWithData() const
{
    const QString first =
        sql::scalar(m_db,
                    QStringLiteral(
                        "SELECT min(d) FROM ("
                        "SELECT min(s.admission_date) AS d FROM resident_stays s JOIN residents r ON r.uid = "
                        "s.resident_uid WHERE s.deleted = 0 AND r.deleted = 0 "
                        "UNION ALL SELECT min(p.from_date) FROM bed_service_periods p JOIN beds b ON b.uid = "
                        "p.bed_uid WHERE p.deleted = 0 AND b.deleted = 0 "
                        "UNION ALL SELECT min(hire_date) FROM staff WHERE deleted = 0 "
                        "UNION ALL SELECT min(starts_on) FROM family_bed_agreements WHERE deleted = 0) x"))
            .toString();
    const QDate day = QDate::fromString(first, Qt::ISODate);
    return day.isValid() ? firstOfMonth(day) : QDate();
}

void ReportService::requireReportable(const QDate& first, const QString& field) const
{
    const QDate today = Clock::today();
    if (first > firstOfMonth(today))
        throw Error::validation(field, monthText(first), tr("lies in the future."));
    const QDate earliest = firstMonthWithData();
    if (!earliest.isValid())
        throw Error::validation(
            field, monthText(first),
            tr("has no records to report: the database holds no residents, beds, staff or "
               "family beds yet."));
    if (first < earliest)
        //: %1 the first month with records, 2024-03
        throw Error::validation(
            field, monthText(first),
            tr("lies before the first month with records (%1).").arg(monthText(earliest)));
}

MonthlyReport ReportService::month(const Actor& actor, const QDate& anyDay, Lists lists) const
{
    actor.require(Permission::ViewRecords);
    if (!anyDay.isValid())
        throw Error::validation(monthLabel(), QString(), tr("is not a valid month."));
    const QDate first = firstOfMonth(anyDay);
    requireReportable(first, monthLabel());

    MonthlyReport report;
    report.month.first = first;
    report.month.last = first.addMonths(1).addDays(-1);
    report.month.asOf = std::min(report.month.last, Clock::today());
    report.month.modules = &m_modules;
    report.uid = monthUid(CenterService(m_db).profile().facilityCode, first);
    report.madeAt = Clock::nowTimestamp();
    report.madeBy = actor.name();
    m_modules.monthFigures(m_db, actor, report.month, report.figures);

    // Residents per caregiver joins two modules' figures: residents_total ÷ caregivers.
    const std::optional<qint64> residents = report.figures.value(QStringLiteral("residents_total"));
    const std::optional<qint64> caregivers = report.figures.value(QStringLiteral("caregivers"));
    if (const MonthFigure* staff = report.figures.find(QStringLiteral("caregivers")))
        report.figures.addTenths(QStringLiteral("caregiver_ratio"), staff->section,
                                 tr("Residents per caregiver"), MonthFigure::Kind::Tenths,
                                 residents && caregivers && *caregivers > 0
                                     ? std::optional(percent::ratioTenthsHalfUp(*residents, *caregivers))
                                     : std::nullopt);
    if (lists == Lists::With)
        report.lists = MonthDetails::of(m_db, actor, report.month);
    report.month.modules = nullptr;
    return report;
}

QList<MonthlyReport> ReportService::months(const Actor& actor, const QDate& from, const QDate& to,
                                           Lists lists) const
{
    actor.require(Permission::ViewRecords);
    if (!from.isValid())
        throw Error::validation(monthLabel(), QString(), tr("is not a valid month."));
    if (!to.isValid())
        throw Error::validation(toMonthLabel(), QString(), tr("is not a valid month."));
    const QDate first = firstOfMonth(from);
    const QDate last = firstOfMonth(to);
    if (last < first)
        //: %1 the first month of the range
        throw Error::validation(toMonthLabel(), monthText(last),
                                tr("lies before the first month %1.").arg(monthText(first)));
    const int count = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (count > MaxMonths)
        throw Error::validation(
            toMonthLabel(), monthText(last),
            tr("makes %1 months; at most %2 fit in one report.").arg(count).arg(MaxMonths));
    requireReportable(first, monthLabel());
    requireReportable(last, toMonthLabel());
    QList<MonthlyReport> reports;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        reports.append(this->month(actor, month, lists));
    return reports;
}

QStringList ReportService::figureColumns()
{
    return {QStringLiteral("beds_total"),
            QStringLiteral("nursing_beds"),
            QStringLiteral("nursing_bed_ratio"),
            QStringLiteral("beds_occupied"),
            QStringLiteral("occupancy_rate"),
            QStringLiteral("residents_total"),
            QStringLiteral("residents_level_0"),
            QStringLiteral("residents_level_1"),
            QStringLiteral("residents_level_2"),
            QStringLiteral("residents_level_3"),
            QStringLiteral("residents_level_4"),
            QStringLiteral("residents_unassessed"),
            QStringLiteral("residents_tk"),
            QStringLiteral("staff_total"),
            QStringLiteral("caregivers"),
            QStringLiteral("caregiver_ratio"),
            QStringLiteral("family_beds_active"),
            QStringLiteral("family_beds_special"),
            QStringLiteral("family_beds_special_visited"),
            QStringLiteral("monthly_visit_rate"),
            QStringLiteral("home_visits"),
            QStringLiteral("referrals_out"),
            QStringLiteral("referrals_returned"),
            QStringLiteral("incidents")};
}

QStringList ReportService::countyColumns()
{
    return QStringList{QStringLiteral("uid"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
                       QStringLiteral("month")} +
           figureColumns();
}

QStringList ReportService::countyRow(const MonthlyReport& report)
{
    QStringList row{report.uid, report.madeAt, QStringLiteral("0"), report.month.text()};
    for (const QString& column : figureColumns())
        row.append(report.figures.text(column));
    return row;
}

QString ReportService::periodText(const QList<MonthlyReport>& reports)
{
    if (reports.isEmpty())
        return QStringLiteral("");
    if (reports.size() == 1)
        return reports.first().month.text();
    return reports.first().month.text() + QStringLiteral(" – ") + reports.last().month.text();
}

} // namespace jinglao::core
