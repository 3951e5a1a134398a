#include "beds/BedChecks.h"

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
             db, QStringLiteral("SELECT b.bed_code AS bed_code, count(*) AS holders FROM bed_assignments a "
                                "JOIN beds b ON b.uid = a.bed_uid WHERE a.deleted = 0 AND a.to_date IS NULL "
                                "GROUP BY b.bed_code HAVING count(*) > 1")))
        findings.append(
            {check, tr("Bed %1 has %2 open entries in its history; one resident at a time may hold it.")
                        .arg(row.value(QStringLiteral("bed_code")).toString(),
                             row.value(QStringLiteral("holders")).toString())});
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
                                "bed_uid IS NULL ORDER BY name")))
        findings.append(
            {QStringLiteral("completeness"), tr("%1 is a current resident but holds no bed.")
                                                 .arg(row.value(QStringLiteral("name")).toString())});
}

} // namespace jinglao::core
