#include "shiftlog/ShiftLogChecks.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace jinglao::core {

void ShiftLogChecks::run(const Database& db, QList<HealthCheck::Finding>& findings)
{
    const QString check = QStringLiteral("handover");
    // Sessions with the handover they accepted (timestamps share the center's offset, so their
    // text orders as time does).
    const QString accepted = QStringLiteral(
        "SELECT st.name AS name, s.shift_date AS day, s.shift_code AS code, d.handover_accepted_at AS "
        "accepted_at, "
        "p.closed_at AS closed_at, pst.name AS previous_name, ps.shift_date AS previous_day, "
        "ps.shift_code AS previous_code "
        "FROM duty_sessions d JOIN shifts s ON s.uid = d.shift_uid JOIN staff st ON st.uid = d.opened_by "
        "JOIN duty_sessions p ON p.uid = d.previous_uid JOIN shifts ps ON ps.uid = p.shift_uid "
        "JOIN staff pst ON pst.uid = p.opened_by "
        "WHERE d.deleted = 0 AND d.handover_accepted_at IS NOT NULL AND %1 ORDER BY s.start_at");

    QStringList early;
    for (const QVariantMap& row : sql::rows(
             db,
             accepted.arg(QStringLiteral("(p.closed_at IS NULL OR d.handover_accepted_at < p.closed_at)")))) {
        early.append(
            tr("%1 accepted the handover of shift %2 %3 at %4, before %5 closed shift %6 %7 (%8).")
                .arg(row.value(QStringLiteral("name")).toString(),
                     row.value(QStringLiteral("day")).toString(),
                     row.value(QStringLiteral("code")).toString(),
                     Clock::displayTimestamp(row.value(QStringLiteral("accepted_at")).toString()),
                     row.value(QStringLiteral("previous_name")).toString(),
                     row.value(QStringLiteral("previous_day")).toString(),
                     row.value(QStringLiteral("previous_code")).toString(),
                     row.value(QStringLiteral("closed_at")).isNull()
                         ? tr("still open")
                         : Clock::displayTimestamp(row.value(QStringLiteral("closed_at")).toString())));
    }
    HealthCheck::appendListed(findings, check, early, ListedPerRule);

    QStringList older;
    for (const QVariantMap& row : sql::rows(
             db,
             accepted.arg(QStringLiteral("EXISTS (SELECT 1 FROM duty_sessions q JOIN shifts qs ON qs.uid = "
                                         "q.shift_uid WHERE q.deleted = 0 "
                                         "AND qs.start_at > ps.start_at AND qs.start_at < s.start_at)")))) {
        older.append(
            tr("%1 read the handover of shift %2 %3 for shift %4 %5, but a later shift came between them.")
                .arg(row.value(QStringLiteral("name")).toString(),
                     row.value(QStringLiteral("previous_day")).toString(),
                     row.value(QStringLiteral("previous_code")).toString(),
                     row.value(QStringLiteral("day")).toString(),
                     row.value(QStringLiteral("code")).toString()));
    }
    HealthCheck::appendListed(findings, check, older, ListedPerRule);
}

} // namespace jinglao::core
