#include "checks/RecordRuleChecks.h"

#include "assessments/AssessmentLevel.h"
#include "auth/Privacy.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {
struct Group {
    QString table;
    QString field;
    QString rule;
    QList<QPair<QString, QString>> records; // uid, value
};
} // namespace

QString RecordRuleChecks::describe(const Database& db, const QString& table, const QString& uid)
{
    auto one = [&](const QString& statement) {
        return sql::row(db, statement, {uid});
    };
    auto text = [](const QVariantMap& row, const char* column) {
        return row.value(QString::fromLatin1(column)).toString();
    };
    QVariantMap row;
    if (table == QLatin1String("residents")) {
        row = one(QStringLiteral("SELECT name FROM residents WHERE uid = ?"));
        if (!row.isEmpty())
            return tr("Resident %1").arg(text(row, "name"));
    } else if (table == QLatin1String("resident_stays")) {
        row = one(QStringLiteral("SELECT r.name AS name, s.admission_date AS day FROM resident_stays s "
                                 "JOIN residents r ON r.uid = s.resident_uid WHERE s.uid = ?"));
        if (!row.isEmpty())
            return tr("The stay of %1 from %2").arg(text(row, "name"), text(row, "day"));
    } else if (table == QLatin1String("bed_assignments")) {
        row = one(QStringLiteral(
            "SELECT r.name AS name, b.bed_code AS bed, a.from_date AS day FROM bed_assignments a "
            "JOIN residents r ON r.uid = a.resident_uid JOIN beds b ON b.uid = a.bed_uid "
            "WHERE a.uid = ?"));
        if (!row.isEmpty())
            return tr("%1 in bed %2 from %3").arg(text(row, "name"), text(row, "bed"), text(row, "day"));
    } else if (table == QLatin1String("beds")) {
        row = one(QStringLiteral("SELECT bed_code FROM beds WHERE uid = ?"));
        if (!row.isEmpty())
            return tr("Bed %1").arg(text(row, "bed_code"));
    } else if (table == QLatin1String("bed_service_periods")) {
        row = one(QStringLiteral("SELECT b.bed_code AS bed, p.from_date AS day FROM bed_service_periods p "
                                 "JOIN beds b ON b.uid = p.bed_uid WHERE p.uid = ?"));
        if (!row.isEmpty())
            return tr("Bed %1 in service from %2").arg(text(row, "bed"), text(row, "day"));
    } else if (table == QLatin1String("assessments")) {
        row = one(QStringLiteral("SELECT coalesce(r.name, f.name) AS name, a.assessed_on AS day, "
                                 "a.preliminary_level AS preliminary FROM assessments a "
                                 "LEFT JOIN residents r ON r.uid = a.resident_uid "
                                 "LEFT JOIN family_beds f ON f.uid = a.family_bed_uid WHERE a.uid = ?"));
        if (!row.isEmpty())
            return tr("The assessment of %1 on %2 (preliminary level %3)")
                .arg(text(row, "name"), text(row, "day"),
                     AssessmentLevel::label(row.value(QStringLiteral("preliminary")).toInt()));
    } else if (table == QLatin1String("staff")) {
        row = one(QStringLiteral("SELECT name FROM staff WHERE uid = ?"));
        if (!row.isEmpty())
            return tr("Staff member %1").arg(text(row, "name"));
    } else if (table == QLatin1String("staff_certificates") || table == QLatin1String("staff_leaves")) {
        row = one(QStringLiteral("SELECT st.name AS name FROM %1 x JOIN staff st ON st.uid = x.staff_uid "
                                 "WHERE x.uid = ?")
                      .arg(table));
        if (!row.isEmpty())
            return table == QLatin1String("staff_leaves") ? tr("A leave of %1").arg(text(row, "name"))
                                                          : tr("A certificate of %1").arg(text(row, "name"));
    } else if (table == QLatin1String("shift_templates")) {
        row = one(QStringLiteral("SELECT code FROM shift_templates WHERE uid = ?"));
        if (!row.isEmpty())
            return tr("Shift template %1").arg(text(row, "code"));
    } else if (table == QLatin1String("shifts") || table == QLatin1String("duty_sessions")) {
        const QString join = table == QLatin1String("shifts")
                                 ? QStringLiteral("shifts s")
                                 : QStringLiteral("duty_sessions d JOIN shifts s ON s.uid = d.shift_uid");
        row =
            one(QStringLiteral("SELECT st.name AS name, s.shift_date AS day, s.shift_code AS code FROM %1 "
                               "JOIN staff st ON st.uid = s.staff_uid WHERE %2.uid = ?")
                    .arg(join, table == QLatin1String("shifts") ? QStringLiteral("s") : QStringLiteral("d")));
        if (!row.isEmpty())
            return (table == QLatin1String("shifts") ? tr("The shift of %1 on %2 (%3)")
                                                     : tr("The shift log of %1 on %2 (%3)"))
                .arg(text(row, "name"), text(row, "day"), text(row, "code"));
    } else if (table == QLatin1String("shift_logs")) {
        row = one(QStringLiteral("SELECT st.name AS name, l.written_at AS at FROM shift_logs l "
                                 "LEFT JOIN staff st ON st.uid = l.author_staff_uid WHERE l.uid = ?"));
        if (!row.isEmpty())
            return tr("The shift-log entry of %1 written at %2").arg(text(row, "name"), text(row, "at"));
    } else if (table == QLatin1String("users")) {
        row = one(QStringLiteral("SELECT username FROM users WHERE uid = ?"));
        if (!row.isEmpty())
            return tr("User account %1").arg(text(row, "username"));
    }
    return tr("Record %1 of table %2").arg(uid, table);
}

QString RecordRuleChecks::explain(const QString& rule, const QString& field, const QString& value)
{
    if (rule == QLatin1String("date"))
        return tr("%1 “%2” is not a real date (yyyy-MM-dd).").arg(field, value);
    if (rule == QLatin1String("time"))
        return tr("%1 “%2” is not a real time of day (HH:mm).").arg(field, value);
    if (rule == QLatin1String("timestamp"))
        return tr("%1 “%2” is not a real time with its offset (like 2026-11-02T08:30:00+08:00).")
            .arg(field, value);
    if (rule == QLatin1String("id_number"))
        return tr("the ID number %1 is not valid (GB 11643: 17 digits, a real birth date, the check "
                  "character).")
            .arg(privacy::maskIdNumber(value));
    if (rule == QLatin1String("unique"))
        return tr("the ID number %1 is also another staff member's.").arg(privacy::maskIdNumber(value));
    if (rule == QLatin1String("not_before_created"))
        return tr("was changed (%1) before it was created.").arg(value);
    if (rule == QLatin1String("after_start"))
        return tr("ends (%1) before it starts.").arg(value);
    if (rule == QLatin1String("template_code"))
        return tr("has the shift code %1, which no shift template has.").arg(value);
    if (rule == QLatin1String("one_open"))
        return field == QLatin1String("bed_uid")
                   ? tr("is one of several open entries for the same bed.")
                   : tr("is one of several beds the same resident holds at once.");
    if (rule == QLatin1String("no_overlap"))
        return tr("overlaps another period of the same bed.");
    if (rule == QLatin1String("sum_of_parts"))
        return tr("has a total of %1 that is not the sum of its four parts.").arg(value);
    if (rule == QLatin1String("json_object"))
        return tr("has item scores that are not a JSON object.");
    if (rule == QLatin1String("one_step"))
        return tr("has the final level %1, more than one step above the preliminary level; GB/T 42195-2022 "
                  "raises "
                  "one step at most. An assessor should review it.")
            .arg(AssessmentLevel::label(value.toInt()));
    if (rule == QLatin1String("not_after_written"))
        return tr("has the incident happening at %1, after the entry was written.").arg(value);
    if (rule == QLatin1String("incident_only"))
        return tr("is a note but has the time of an incident (%1).").arg(value);
    return tr("%1 “%2” breaks the rule %3.").arg(field, value, rule);
}

void RecordRuleChecks::run(const Database& db, QList<HealthCheck::Finding>& findings)
{
    const QString check = QStringLiteral("record_rules");
    QList<Group> groups;
    QSqlQuery query =
        sql::exec(db, QStringLiteral("SELECT table_name, record_uid, field, value, rule FROM "
                                     "record_rule_violations ORDER BY table_name, field, rule"));
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString field = query.value(2).toString();
        const QString rule = query.value(4).toString();
        if (groups.isEmpty() || groups.constLast().table != table || groups.constLast().field != field ||
            groups.constLast().rule != rule)
            groups.append({table, field, rule, {}});
        groups.last().records.append({query.value(1).toString(), query.value(3).toString()});
    }
    for (const Group& group : std::as_const(groups)) {
        QStringList messages;
        for (const auto& [uid, value] : group.records)
            messages.append(
                tr("%1: %2").arg(describe(db, group.table, uid), explain(group.rule, group.field, value)));
        HealthCheck::appendListed(findings, check, messages,
                                  group.rule == QLatin1String("one_step") ? -1 : ListedPerRule);
    }
}

} // namespace jinglao::core
