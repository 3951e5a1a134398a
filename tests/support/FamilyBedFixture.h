#pragma once
// A database with a family bed, an agreement and two staff members, for the family-bed tests:
// today is 2026-11-20 (09:00 +08:00); the agreement runs from 2026-03-01 to 2027-02-28.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/HomeVisitService.h"
#include "staff/StaffService.h"

namespace jinglao::testing {

struct FamilyBedFixture {
    FixedToday today{QDate(2026, 11, 20)};
    TempDatabase temp;
    core::Actor admin = testing::admin();
    core::Actor nurse{QStringLiteral("zhao"), core::Role::Nurse};
    QString li;   // caregiver since 2020
    QString wang; // caregiver who left on 2026-10-01
    int sequence = 0;

    FamilyBedFixture()
    {
        li = addStaff(QStringLiteral("李秀梅"), QDate(2020, 1, 1), QDate());
        wang = addStaff(QStringLiteral("王红"), QDate(2020, 1, 1), QDate(2026, 10, 1));
    }

    core::Database& db() { return temp.db(); }

    QString addStaff(const QString& name, const QDate& hired, const QDate& left)
    {
        core::StaffMember member;
        member.name = name;
        member.role = core::StaffRole::Caregiver;
        member.skillLevel = 3;
        member.hireDate = hired;
        member.leaveDate = left;
        return core::StaffService(db()).add(admin, member);
    }

    core::FamilyBed elder(const QString& name, bool special)
    {
        core::FamilyBed bed;
        bed.name = name;
        bed.gender = 2;
        bed.birthDate = QDate(1940, 5, 6);
        bed.idNumber = makeIdNumber(bed.birthDate, bed.gender, ++sequence);
        bed.category = core::ResidentCategory::DB;
        bed.county = QStringLiteral("承德县");
        bed.township = QStringLiteral("下板城镇");
        bed.village = QStringLiteral("南沟村");
        bed.streetAddress = QStringLiteral("3组12号");
        bed.phone = QStringLiteral("13812345678");
        bed.specialDifficulty = special;
        if (special)
            bed.specialReasons = {core::SpecialReason::Alone};
        return bed;
    }

    // A registered elder with an agreement from `from` to `to`.
    QString addFamilyBed(const QString& name, bool special, const QDate& from = QDate(2026, 3, 1),
                         const QDate& to = QDate(2027, 2, 28))
    {
        core::FamilyBedService beds(db());
        const QString uid = beds.add(admin, elder(name, special));
        core::Agreement agreement;
        agreement.familyBedUid = uid;
        agreement.startsOn = from;
        agreement.endsOn = to;
        agreement.plannedVisits = 2;
        agreement.services = {core::VisitService::Meal, core::VisitService::Visit};
        agreement.staffUid = li;
        beds.addAgreement(admin, agreement);
        return uid;
    }

    core::HomeVisitService::Input visit(const QString& bedUid, const QDate& day,
                                        const QTime& start = QTime(9, 0), int minutes = 40)
    {
        core::HomeVisitService::Input input;
        input.familyBedUid = bedUid;
        input.staffUid = li;
        input.visitedOn = day;
        input.startTime = start;
        input.minutes = minutes;
        input.services = {core::VisitService::Visit};
        return input;
    }
};

} // namespace jinglao::testing
