#include "auth/AuditSubjects.h"

#include "assessments/AssessmentService.h"
#include "auth/AuditQuery.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "roster/RosterService.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <functional>

namespace jinglao::core {

namespace {

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

// A shift as people say it: its template's name (早班) where there is one, else its code.
QString shiftName(const QVariantMap& row)
{
    const QString name = text(row, "template_name");
    return name.isEmpty() ? text(row, "shift_code") : name;
}

// The tables every center has (the modules name their own: Module::auditSubjects).
const QList<AuditSubject>& builtInSubjects()
{
    static const QList<AuditSubject> all{
        {QStringLiteral("residents"), [] { return AuditSubjects::tr("Residents"); },
         QStringLiteral("SELECT r.uid, r.name FROM residents r"), QStringLiteral("r"),
         [](const QVariantMap& row) {
             return text(row, "name");
         }},
        {QStringLiteral("staff"), [] { return AuditSubjects::tr("Staff"); },
         QStringLiteral("SELECT s.uid, s.name FROM staff s"), QStringLiteral("s"),
         [](const QVariantMap& row) {
             return text(row, "name");
         }},
        {QStringLiteral("beds"), [] { return AuditSubjects::tr("Beds"); },
         QStringLiteral("SELECT b.uid, b.bed_code FROM beds b"), QStringLiteral("b"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("Bed %1").arg(text(row, "bed_code"));
         }},
        {QStringLiteral("users"), [] { return AuditSubjects::tr("User accounts"); },
         QStringLiteral("SELECT u.uid, u.username, u.display_name FROM users u"), QStringLiteral("u"),
         [](const QVariantMap& row) {
             const QString display = text(row, "display_name");
             //: A user account: its user name, then the person's name.
             return display.isEmpty() || display == text(row, "username")
                        ? text(row, "username")
                        : AuditSubjects::tr("%1 (%2)").arg(text(row, "username"), display);
         }},
        {QStringLiteral("resident_stays"), [] { return AuditSubjects::tr("Stays"); },
         QStringLiteral("SELECT x.uid, r.name, x.admission_date FROM resident_stays x "
                        "JOIN residents r ON r.uid = x.resident_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1, stay from %2").arg(text(row, "name"), text(row, "admission_date"));
         }},
        {QStringLiteral("bed_assignments"), [] { return AuditSubjects::tr("Bed assignments"); },
         QStringLiteral("SELECT x.uid, r.name, b.bed_code, x.from_date FROM bed_assignments x "
                        "JOIN residents r ON r.uid = x.resident_uid JOIN beds b ON b.uid = x.bed_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1 in bed %2 from %3")
                 .arg(text(row, "name"), text(row, "bed_code"), text(row, "from_date"));
         }},
        {QStringLiteral("assessments"), [] { return AuditSubjects::tr("Assessments"); },
         QStringLiteral("SELECT x.uid, coalesce(r.name, f.name) AS name, x.assessed_on FROM assessments x "
                        "LEFT JOIN residents r ON r.uid = x.resident_uid "
                        "LEFT JOIN family_beds f ON f.uid = x.family_bed_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1, assessment of %2")
                 .arg(text(row, "name"), text(row, "assessed_on"));
         }},
        {QStringLiteral("staff_certificates"), [] { return AuditSubjects::tr("Certificates"); },
         QStringLiteral("SELECT x.uid, s.name, x.name AS certificate FROM staff_certificates x "
                        "JOIN staff s ON s.uid = x.staff_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1, certificate: %2").arg(text(row, "name"), text(row, "certificate"));
         }},
        {QStringLiteral("staff_leaves"), [] { return AuditSubjects::tr("Leave"); },
         QStringLiteral("SELECT x.uid, s.name, x.starts_on, x.ends_on FROM staff_leaves x "
                        "JOIN staff s ON s.uid = x.staff_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1, leave %2 to %3")
                 .arg(text(row, "name"), text(row, "starts_on"), text(row, "ends_on"));
         }},
        {QStringLiteral("shift_templates"), [] { return AuditSubjects::tr("Shift templates"); },
         QStringLiteral("SELECT t.uid, t.code, t.name FROM shift_templates t"), QStringLiteral("t"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("Shift %1 (%2)").arg(text(row, "name"), text(row, "code"));
         }},
        {QStringLiteral("shifts"), [] { return AuditSubjects::tr("Roster"); },
         QStringLiteral(
             "SELECT x.uid, st.name, x.shift_date, x.shift_code, t.name AS template_name FROM shifts x "
             "JOIN staff st ON st.uid = x.staff_uid LEFT JOIN shift_templates t ON t.code = x.shift_code"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             //: A shift in the roster: the person, the shift's name (早班) and its day.
             return AuditSubjects::tr("%1, %2 on %3")
                 .arg(text(row, "name"), shiftName(row), text(row, "shift_date"));
         }},
        {QStringLiteral("duty_sessions"), [] { return AuditSubjects::tr("Duty sessions"); },
         QStringLiteral("SELECT x.uid, st.name, s.shift_date, s.shift_code, t.name AS template_name "
                        "FROM duty_sessions x JOIN shifts s ON s.uid = x.shift_uid JOIN staff st ON st.uid = "
                        "x.opened_by LEFT JOIN shift_templates t ON t.code = s.shift_code"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("%1 on duty, %2 on %3")
                 .arg(text(row, "name"), shiftName(row), text(row, "shift_date"));
         }},
        {QStringLiteral("shift_logs"), [] { return AuditSubjects::tr("Shift log"); },
         QStringLiteral("SELECT x.uid, a.name AS author, x.written_at, r.name AS resident FROM shift_logs x "
                        "JOIN staff a ON a.uid = x.author_staff_uid LEFT JOIN residents r ON r.uid = "
                        "x.resident_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             const QString at = Clock::displayTimestamp(text(row, "written_at"));
             const QString resident = text(row, "resident");
             return resident.isEmpty() ? AuditSubjects::tr("Entry by %1 at %2").arg(text(row, "author"), at)
                                       : AuditSubjects::tr("Entry by %1 at %2 about %3")
                                             .arg(text(row, "author"), at, resident);
         }},
        {QStringLiteral("bed_service_periods"), [] { return AuditSubjects::tr("Bed service periods"); },
         QStringLiteral("SELECT x.uid, b.bed_code, x.from_date FROM bed_service_periods x "
                        "JOIN beds b ON b.uid = x.bed_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             return AuditSubjects::tr("Bed %1 in service from %2")
                 .arg(text(row, "bed_code"), text(row, "from_date"));
         }},
    };
    return all;
}

// A settings entry is named by its key.
QString settingLabel(const QString& key, const ModuleSet& modules)
{
    const QString module = modules.settingLabel(key);
    if (!module.isEmpty())
        return module;
    const QString center = CenterService::settingLabel(key);
    if (!center.isEmpty())
        return center;
    if (key == Settings::LastBackupAt)
        return AuditSubjects::tr("Time of the last backup");
    if (key == Settings::LastBackupFile)
        return AuditSubjects::tr("File of the last backup");
    if (key == UserService::IdleLockMinutesKey)
        return AuditSubjects::tr("Idle-lock time");
    if (key == RosterService::MonthlyNormSettingKey)
        return AuditSubjects::tr("Monthly norm of working hours");
    if (key == AssessmentService::IntervalSettingKey)
        return AuditSubjects::tr("Re-assessment interval");
    return key;
}

const QString settingsTable = QStringLiteral("settings");

} // namespace

AuditSubjects::AuditSubjects(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

QString AuditSubjects::tableLabel(const QString& table, const ModuleSet& modules)
{
    if (table == settingsTable)
        return tr("Settings");
    if (table == QLatin1String("audit_log"))
        return tr("Audit log");
    for (const AuditSubject& subject : builtInSubjects() + modules.auditSubjects()) {
        if (subject.table == table)
            return subject.tableLabel();
    }
    return table;
}

QHash<QString, QString> AuditSubjects::lookUp(const QString& table, const QStringList& uids) const
{
    QHash<QString, QString> found;
    if (table == settingsTable) {
        for (const QString& key : uids)
            found.insert(key, settingLabel(key, m_modules));
        return found;
    }
    const QList<AuditSubject> subjects = builtInSubjects() + m_modules.auditSubjects();
    const auto describer =
        std::find_if(subjects.cbegin(), subjects.cend(),
                     [&](const AuditSubject& candidate) { return candidate.table == table; });
    if (describer == subjects.cend())
        return found;
    constexpr qsizetype batch = 200;
    for (qsizetype start = 0; start < uids.size(); start += batch) {
        const QStringList part = uids.mid(start, batch);
        QStringList marks;
        QVariantList values;
        for (const QString& uid : part) {
            marks.append(QStringLiteral("?"));
            values.append(uid);
        }
        const QString statement = QStringLiteral("%1 WHERE %2.uid IN (%3)")
                                      .arg(describer->select, describer->alias, marks.join(QLatin1Char(',')));
        for (const QVariantMap& row : sql::rows(m_db, statement, values))
            found.insert(text(row, "uid"), describer->name(row));
    }
    return found;
}

QString AuditSubjects::describe(const Actor& actor, const QString& table, const QString& recordUid) const
{
    actor.require(Permission::ViewAudit);
    if (table.isEmpty() || recordUid.isEmpty())
        return {};
    return lookUp(table, {recordUid}).value(recordUid);
}

void AuditSubjects::describe(const Actor& actor, QList<AuditEntry>& entries) const
{
    actor.require(Permission::ViewAudit);
    QHash<QString, QStringList> wanted;
    for (const AuditEntry& entry : entries) {
        if (!entry.table.isEmpty() && !entry.recordUid.isEmpty() &&
            !wanted.value(entry.table).contains(entry.recordUid))
            wanted[entry.table].append(entry.recordUid);
    }
    QHash<QString, QHash<QString, QString>> names;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        names.insert(it.key(), lookUp(it.key(), it.value()));
    for (AuditEntry& entry : entries)
        entry.subject = names.value(entry.table).value(entry.recordUid);
}

} // namespace jinglao::core
