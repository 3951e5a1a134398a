#include "beds/BedChecks.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace jinglao::core {

void BedChecks::run(const Database& db, QList<HealthCheck::Finding>& findings)
{
    const QString check = QStringLiteral("bed_history");
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT r.name AS name, b.bed_code AS bed_code FROM residents r JOIN beds b ON b.uid = "
                 "r.bed_uid "
                 "WHERE r.deleted = 0 AND r.discharge_date IS NULL AND NOT EXISTS "
                 "(SELECT 1 FROM bed_assignments a WHERE a.resident_uid = r.uid AND a.bed_uid = r.bed_uid "
                 "AND a.deleted = 0 AND a.to_date IS NULL)")))
        findings.append({check, tr("%1 holds bed %2, but the bed history has no open entry for it.")
                                    .arg(row.value(QStringLiteral("name")).toString(),
                                         row.value(QStringLiteral("bed_code")).toString())});
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT DISTINCT r.name AS name FROM residents r JOIN bed_assignments a "
                                "ON a.resident_uid = r.uid AND a.deleted = 0 AND a.to_date IS NULL "
                                "WHERE r.deleted = 0 AND r.discharge_date IS NOT NULL")))
        findings.append({check, tr("%1 was discharged but still holds a bed in the bed history.")
                                    .arg(row.value(QStringLiteral("name")).toString())});
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT b.bed_code AS bed_code, r.name AS name FROM beds b JOIN residents r "
                                "ON r.bed_uid = b.uid AND r.deleted = 0 AND r.discharge_date IS NULL "
                                "WHERE b.deleted = 0 AND b.in_service = 0")))
        findings.append({check, tr("Bed %1 is out of service but %2 holds it.")
                                    .arg(row.value(QStringLiteral("bed_code")).toString(),
                                         row.value(QStringLiteral("name")).toString())});
    // Completeness: a current resident lives somewhere (one away on referral keeps the bed).
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT name FROM residents WHERE deleted = 0 AND discharge_date IS NULL AND "
                                "bed_uid IS NULL ORDER BY name_pinyin, name")))
        findings.append(
            {QStringLiteral("completeness"), tr("%1 is a current resident but holds no bed.")
                                                 .arg(row.value(QStringLiteral("name")).toString())});

    // The service history: every stay lies within one period in service, and the bed's flag
    // says what today's period says.
    const QString service = QStringLiteral("bed_service");
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT b.bed_code AS bed_code, r.name AS name, a.from_date AS from_date, a.to_date AS "
                 "to_date "
                 "FROM bed_assignments a JOIN beds b ON b.uid = a.bed_uid JOIN residents r ON r.uid = "
                 "a.resident_uid WHERE a.deleted = 0 AND b.deleted = 0 AND (a.to_date IS NULL OR a.to_date > "
                 "a.from_date) AND NOT EXISTS (SELECT 1 FROM bed_service_periods p WHERE p.bed_uid = "
                 "a.bed_uid "
                 "AND p.deleted = 0 AND p.from_date <= a.from_date AND (p.to_date IS NULL OR "
                 "(a.to_date IS NOT NULL AND p.to_date >= a.to_date))) ORDER BY b.bed_code, a.from_date")))
        findings.append(
            {service, tr("%1 held bed %2 from %3 to %4, but the bed was not in service all that time.")
                          .arg(row.value(QStringLiteral("name")).toString(),
                               row.value(QStringLiteral("bed_code")).toString(),
                               row.value(QStringLiteral("from_date")).toString(),
                               row.value(QStringLiteral("to_date")).isNull()
                                   ? tr("now")
                                   : row.value(QStringLiteral("to_date")).toString())});
    const QString today = Clock::today().toString(Qt::ISODate);
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT b.bed_code AS bed_code, b.in_service AS in_service FROM beds b WHERE b.deleted = 0 "
                 "AND b.in_service <> (SELECT count(*) > 0 FROM bed_service_periods p WHERE p.bed_uid = "
                 "b.uid AND p.deleted = 0 AND p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?)) "
                 "ORDER BY b.bed_code"),
             {today, today}))
        findings.append(
            {service, row.value(QStringLiteral("in_service")).toInt() == 1
                          ? tr("Bed %1 is marked in service, but its service history ends before today.")
                                .arg(row.value(QStringLiteral("bed_code")).toString())
                          : tr("Bed %1 is marked out of service, but its service history has it in "
                               "service today.")
                                .arg(row.value(QStringLiteral("bed_code")).toString())});
}

} // namespace jinglao::core
