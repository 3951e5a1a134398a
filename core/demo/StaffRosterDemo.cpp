#include "demo/StaffRosterDemo.h"

#include "common/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "roster/RosterService.h"
#include "staff/StaffService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>

#include <algorithm>

namespace jinglao::core {

namespace {
struct Planned {
    QString uid;
    QStringList pattern;
    int offset = 0;
    QDate last; // last day rostered
};
} // namespace

void StaffRosterDemo::step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options)
{
    const QDate last = options.lastDay();
    const QDate first = options.firstDay();
    const QDate from(first.year(), first.month(), 1);
    const QDate nextMonth = QDate(last.year(), last.month(), 1).addMonths(1);
    generate(db, actor, rng, from, nextMonth.addDays(nextMonth.daysInMonth() - 1));
}

StaffRosterDemoResult StaffRosterDemo::generate(Database& db, const Actor& actor, std::mt19937& rng,
                                                const QDate& from, const QDate& to)
{
    const QDate today = Clock::today();
    StaffService staff(db);
    RosterService roster(db);
    roster.templates(actor); // seeds the three-shift set

    const int residents =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM residents WHERE deleted = 0 AND admission_date <= ? "
                                   "AND discharge_date IS NULL"),
                    {today.toString(Qt::ISODate)})
            .toInt();
    // The 8-day rotation covers 3 early, 2 late and 1 night shift a day with eight caregivers; a
    // caregiver for about three residents, a nurse for about sixty.
    const int caregivers = std::max(8, (residents + 2) / 3);
    const int nurses = std::max(3, residents / 60);
    const QStringList caregiverPattern = RosterService::parsePattern(QStringLiteral("D,D,D,E,E,N,-,-"));
    const QStringList nursePattern = RosterService::parsePattern(QStringLiteral("D,E,N,-"));
    const QStringList weekdayPattern = RosterService::parsePattern(QStringLiteral("D,D,D,D,D,-,-"));

    StaffRosterDemoResult result;
    QList<Planned> planned;
    QSet<QString> usedIds;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT id_number FROM staff WHERE id_number IS NOT NULL")))
        usedIds.insert(row.value(QStringLiteral("id_number")).toString());
    auto add = [&](StaffRole role, int skill, const QDate& hired, const QDate& left) {
        StaffMember member;
        // Most care workers in a township center are women in their 30s to 50s.
        const int gender = role == StaffRole::Caregiver || role == StaffRole::Nurse
                               ? (demo::chance(rng, 0.85) ? 2 : 1)
                               : demo::uniform(rng, 1, 2);
        const QDate birth = QDate(1966, 1, 1).addDays(demo::uniform(rng, 0, 30 * 365));
        member.name = demo::fullName(rng, gender, birth.year());
        member.idNumber = demo::idNumber(rng, birth, gender, usedIds);
        member.role = role;
        member.skillLevel = skill;
        member.hireDate = hired;
        member.leaveDate = left;
        member.phone = demo::mobilePhone(rng);
        ++result.staff;
        return staff.add(actor, member);
    };
    auto hireDate = [&] {
        return from.addDays(-static_cast<int>(demo::uniform(rng, 0, 365 * 8)) - 30);
    };

    for (int i = 0; i < caregivers; ++i) {
        const QString uid = add(StaffRole::Caregiver, demo::uniform(rng, 1, 5), hireDate(), {});
        planned.append({uid, caregiverPattern, i % 8, to});
        // Certificates: most valid for years; a few expiring soon or expired, so warnings show.
        const int roll = demo::uniform(rng, 0, 9);
        const QDate expires = roll == 0   ? today.addDays(-10)
                              : roll == 1 ? today.addDays(20)
                                          : today.addYears(2);
        staff.addCertificate(
            actor, {{},
                    uid,
                    QStringLiteral("养老护理员职业技能等级证书"),
                    QStringLiteral("HB%1").arg(demo::uniform(rng, 0, 999999), 6, 10, QLatin1Char('0')),
                    expires});
    }
    for (int i = 0; i < nurses; ++i) {
        const QString uid = add(StaffRole::Nurse, 0, hireDate(), {});
        planned.append({uid, nursePattern, i, to});
        staff.addCertificate(
            actor, {{},
                    uid,
                    QStringLiteral("护士执业证书"),
                    QStringLiteral("N%1").arg(demo::uniform(rng, 0, 9999999), 7, 10, QLatin1Char('0')),
                    today.addYears(3)});
    }
    // Weekday staff start their pattern on a Monday.
    const int mondayOffset = (from.dayOfWeek() - 1) % 7;
    planned.append({add(StaffRole::Doctor, 0, hireDate(), {}), weekdayPattern, mondayOffset, to});
    planned.append({add(StaffRole::SocialWorker, 0, hireDate(), {}), weekdayPattern, mondayOffset, to});
    planned.append({add(StaffRole::Admin, 0, hireDate(), {}), weekdayPattern, mondayOffset, to});
    // Former caregivers: one left before the period, two at the start of a month within it, a third
    // and two thirds of the way through (rostered until then, so that no month averages a few days
    // of work).
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    for (int i = 0; i < 3; ++i) {
        const QDate left = i == 0
                               ? from.addDays(-40)
                               : QDate(from.year(), from.month(), 1).addMonths(std::max(1, i * months / 3));
        const QString uid =
            add(StaffRole::Caregiver, 2, std::min(left.addYears(-3), from.addDays(-30)), left);
        if (left > from)
            planned.append({uid, caregiverPattern, (i * 3) % 8, left.addDays(-1)});
    }
    // One planned leave next week for the first caregiver; the roster shows the warning.
    if (!planned.isEmpty())
        staff.addLeave(actor,
                       {{}, planned.first().uid, today.addDays(7), today.addDays(9), QStringLiteral("年假")});

    // One month per transaction keeps each write small; past shifts are recorded as worked.
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        QList<RosterService::DayAssignment> past;
        QList<RosterService::DayAssignment> future;
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addDays(month.daysInMonth() - 1), to);
        for (const Planned& person : planned) {
            for (QDate day = first; day <= std::min(last, person.last); day = day.addDays(1)) {
                const auto size = static_cast<int>(person.pattern.size());
                const int position =
                    ((static_cast<int>(from.daysTo(day)) + person.offset) % size + size) % size;
                const QString& entry = person.pattern.at(position);
                if (entry == QLatin1String("-"))
                    continue;
                (day < today ? past : future).append({person.uid, day, {entry}});
            }
        }
        Transaction transaction(db);
        roster.apply(actor, past, Shift::Status::Worked);
        roster.apply(actor, future, Shift::Status::Planned);
        transaction.commit();
        result.shifts += static_cast<int>(past.size() + future.size());
    }
    return result;
}

} // namespace jinglao::core
