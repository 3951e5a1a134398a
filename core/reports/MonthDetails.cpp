#include "reports/MonthDetails.h"

#include "auth/Privacy.h"
#include "familybeds/HomeVisitService.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

} // namespace

QList<MonthList> MonthDetails::of(Database& db, const Actor& actor, const ReportMonth& month)
{
    return {unvisitedSpecialFamilyBeds(db, actor, month), openReferrals(db, month),
            residentsByCareLevel(db, month)};
}

MonthList MonthDetails::unvisitedSpecialFamilyBeds(Database& db, const Actor& actor, const ReportMonth& month)
{
    MonthList list{QStringLiteral("unvisited_special_family_beds"),
                   tr("Special-difficulty elders not visited in the month"),
                   {tr("Elder"), tr("Address"), tr("Phone"), tr("Assigned to"), tr("Last visit")},
                   {}};
    const MonthCoverage coverage = HomeVisitService(db).coverage(actor, month.first);
    for (const BedCoverage& bed : coverage.unvisitedSpecial())
        list.rows.append({bed.name, privacy::shownAddress(actor, bed.address),
                          privacy::shownPhone(actor, bed.phone), bed.staffName,
                          bed.lastVisit.isValid() ? bed.lastVisit.toString(Qt::ISODate) : tr("never")});
    return list;
}

MonthList MonthDetails::openReferrals(Database& db, const ReportMonth& month)
{
    const QString day = month.asOf.toString(Qt::ISODate);
    MonthList list{QStringLiteral("open_referrals"),
                   tr("Referrals open on %1").arg(day),
                   {tr("Resident"), tr("Institution"), tr("Sent"), tr("Admitted"), tr("Days away")},
                   {}};
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT r.name, p.name AS institution, x.referred_at, x.admitted_at FROM referrals x "
                 "JOIN residents r ON r.uid = x.resident_uid LEFT JOIN partner_institutions p ON p.uid = "
                 "x.institution_uid WHERE x.deleted = 0 AND x.referred_at IS NOT NULL AND "
                 "substr(x.referred_at, 1, 10) <= ? AND (x.returned_at IS NULL OR substr(x.returned_at, 1, "
                 "10) > ?) AND (x.closed_at IS NULL OR substr(x.closed_at, 1, 10) > ?) "
                 "ORDER BY x.referred_at, r.name_pinyin"),
             {day, day, day})) {
        const QString sent = text(row, "referred_at").left(10);
        // An admission after asOf had not happened yet on the day reported.
        const QString admitted = text(row, "admitted_at").left(10);
        list.rows.append({text(row, "name"), text(row, "institution"), sent,
                          !admitted.isEmpty() && admitted <= day ? admitted : QString(),
                          QString::number(QDate::fromString(sent, Qt::ISODate).daysTo(month.asOf))});
    }
    return list;
}

MonthList MonthDetails::residentsByCareLevel(Database& db, const ReportMonth& month)
{
    const QString day = month.asOf.toString(Qt::ISODate);
    MonthList list{QStringLiteral("residents_by_care_level"),
                   tr("Residents by care level on %1").arg(day),
                   {tr("Care level"), tr("Resident"), tr("Assessed on")},
                   {}};
    // The latest assessment on or before the day; of two on one day the one entered later (as the
    // figures residents_level_N).
    const QList<QVariantMap> rows = sql::rows(
        db,
        QStringLiteral(
            "SELECT r.name, (SELECT a.level FROM assessments a WHERE a.resident_uid = r.uid AND a.deleted = "
            "0 "
            "AND a.assessed_on <= ? ORDER BY a.assessed_on DESC, a.change_seq DESC LIMIT 1) AS level, "
            "(SELECT a.assessed_on FROM assessments a WHERE a.resident_uid = r.uid AND a.deleted = 0 AND "
            "a.assessed_on <= ? ORDER BY a.assessed_on DESC, a.change_seq DESC LIMIT 1) AS assessed_on "
            "FROM residents r WHERE r.deleted = 0 AND ") +
            ResidentService::presentOnCondition(QStringLiteral("r")) +
            QStringLiteral(" ORDER BY r.name_pinyin"),
        {day, day, day, day});
    QList<QStringList> byLevel[6]; // 4 … 0, then not assessed
    for (const QVariantMap& row : rows) {
        const QVariant level = row.value(QStringLiteral("level"));
        if (level.isNull()) {
            byLevel[5].append({ResidentService::careLevelLabel(-1), text(row, "name"), QString()});
            continue;
        }
        const int at = qBound(0, level.toInt(), 4);
        byLevel[4 - at].append(
            {ResidentService::careLevelLabel(at), text(row, "name"), text(row, "assessed_on")});
    }
    for (const QList<QStringList>& group : byLevel)
        list.rows.append(group);
    return list;
}

} // namespace jinglao::core
