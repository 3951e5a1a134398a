#pragma once
// Staff, roster shifts and residents for shift-log tests, written straight through RecordWriter
// (the columns of migrations 0002 and 0004) so these tests do not depend on other services.

#include "TempDatabase.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/Pinyin.h"
#include "roster/RosterService.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QTimeZone>

namespace jinglao::testing {

class ShiftLogFixture {
public:
    ShiftLogFixture()
    {
        core::Clock::setFixedForTesting(at(QDate(2026, 11, 2), 7, 0));
        core::RosterService(m_temp.db()).templates(admin); // shift codes D, E, N are templates'
    }
    ~ShiftLogFixture() { core::Clock::resetForTesting(); }
    ShiftLogFixture(const ShiftLogFixture&) = delete;
    ShiftLogFixture& operator=(const ShiftLogFixture&) = delete;

    static QDateTime at(const QDate& day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600));
    }
    static void setNow(const QDate& day, int hour, int minute = 0)
    {
        core::Clock::setFixedForTesting(at(day, hour, minute));
    }

    QString addStaff(const QString& name, const QString& role = QStringLiteral("NURSE"))
    {
        return write(QStringLiteral("staff"), {{QStringLiteral("name"), name},
                                               {QStringLiteral("name_pinyin"), core::pinyin::full(name)},
                                               {QStringLiteral("role"), role},
                                               {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}});
    }

    // A shift of `hours` hours starting at startHour on day (a night shift ends the next day).
    QString addShift(const QString& staffUid, const QDate& day, const QString& code, int startHour,
                     int hours = 8)
    {
        const QDateTime start = at(day, startHour);
        return write(QStringLiteral("shifts"),
                     {{QStringLiteral("staff_uid"), staffUid},
                      {QStringLiteral("shift_date"), day.toString(Qt::ISODate)},
                      {QStringLiteral("shift_code"), code},
                      {QStringLiteral("start_at"), core::Clock::timestamp(start)},
                      {QStringLiteral("end_at"), core::Clock::timestamp(start.addSecs(hours * 3600))},
                      {QStringLiteral("status"), QStringLiteral("PLANNED")}});
    }

    QString addResident(const QString& name, const QString& dischargeDate = {})
    {
        ++m_residents;
        const QString first17 = QStringLiteral("11010519491231%1").arg(m_residents, 3, 10, QLatin1Char('0'));
        QVariantMap values{{QStringLiteral("name"), name},
                           {QStringLiteral("name_pinyin"), core::pinyin::full(name)},
                           {QStringLiteral("id_number"), first17 + core::IdNumber::checkCharacter(first17)},
                           {QStringLiteral("gender"), 1},
                           {QStringLiteral("birth_date"), QStringLiteral("1949-12-31")},
                           {QStringLiteral("category"), QStringLiteral("TK")},
                           {QStringLiteral("admission_date"), QStringLiteral("2024-03-01")}};
        if (!dischargeDate.isEmpty()) {
            values.insert(QStringLiteral("discharge_date"), dischargeDate);
            values.insert(QStringLiteral("discharge_reason"), QStringLiteral("HOME"));
        }
        return write(QStringLiteral("residents"), values);
    }

    // A nurse's account linked to her staff record, as logged in: she writes her own shifts.
    core::Actor nurseFor(const QString& staffUid)
    {
        const QString username = QStringLiteral("nurse%1").arg(++m_accounts);
        const QString uid =
            write(QStringLiteral("users"), {{QStringLiteral("username"), username},
                                            {QStringLiteral("role"), QStringLiteral("NURSE")},
                                            {QStringLiteral("password_hash"), QStringLiteral("-")},
                                            {QStringLiteral("staff_uid"), staffUid}});
        return core::Actor(username, core::Role::Nurse, uid);
    }

    core::Database& db() { return m_temp.db(); }

    TempDatabase m_temp;
    core::Actor admin{QStringLiteral("admin"), core::Role::Administrator};
    core::Actor nurse{QStringLiteral("nurse"), core::Role::Nurse};
    core::Actor reader{QStringLiteral("reader"), core::Role::ReadOnly};

private:
    QString write(const QString& table, const QVariantMap& values)
    {
        core::Transaction transaction(m_temp.db());
        const QString uid = core::RecordWriter(m_temp.db(), admin).insert(table, values);
        transaction.commit();
        return uid;
    }

    int m_residents = 0;
    int m_accounts = 0;
};

} // namespace jinglao::testing
