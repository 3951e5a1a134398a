#pragma once
// A small center whose monthly figures the report tests work out by hand. Today is 2026-11-20
// (09:00 +08:00); every record lies in 2026 except the staff, hired in 2020.
//
// Beds, in service since 2026-01-01: N1 … N4 nursing, G1 and G2 general; G2 out of service from
// 2026-10-15.
// Residents: 张一 (TK, N1, since 2026-01-10, born 1940-06-01; away on referral from 2026-10-31
// 23:30); 王二 (DB, N2, 2026-03-01, died on 2026-10-31, the last day); 李三 (SH, N3, admitted on
// 2026-10-31); 赵四 (TK, G1, since 2026-05-01; referral sent 2026-09-28, back 2026-10-05);
// 钱五 (SH, no bed, 2026-06-01 – home on 2026-10-10); 孙六 (DBBY, no bed, 2026-06-01 –
// transferred on 2026-10-20).
// Assessments: 张一 level 1 on 2026-02-01 and level 3 on 2026-10-31; 王二 level 4 on 2026-04-01;
// 赵四 level 2 on 2026-11-05 (after October).
// Staff (hired 2020-01-01): caregivers 护工一 and 护工三; 护工二 leaving on 2026-10-31 and 护工四
// on 2026-10-01; the nurse 护士甲.
// Family beds: 周甲 and 吴乙 special-difficulty (agreements 2026-03-01 – 2027-02-28), 郑丙 ended
// 2026-09-30, 冯丁 from 2026-10-31; visits to 周甲 on 2026-10-12 and to 冯丁 on 2026-10-31.
// Shift log: a choking of 张一 written 2026-09-20, corrected (OTHER) on 2026-10-02; a fall of
// 李三 written 2026-10-31 23:00 and one written 2026-11-01 00:30.

#include "AssessmentTestData.h"
#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "assessments/AssessmentService.h"
#include "center/CenterService.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/HomeVisitService.h"
#include "referrals/ReferralService.h"
#include "roster/RosterService.h"
#include "staff/StaffService.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QTimeZone>

namespace jinglao::testing {

struct ReportFixture {
    FixedToday today{QDate(2026, 11, 20)};
    TempDatabase temp;
    core::Actor admin = testing::admin();
    QString n1, n2, n3, n4, g1, g2;
    QString zhang, wang, li, zhao, qian, sun;
    QString caregiver1, nurse;
    QString zhou, wu, zheng, feng;
    QString partner;
    QString octoberFall; // 李三's fall written on 2026-10-31
    int sequence = 0;

    // Names the center (and gives it the facility code its report, PDF and county package show).
    void nameCenter(const QString& name = QStringLiteral("下板城镇敬老院"),
                    const QString& code = QStringLiteral("HB130821-003"))
    {
        core::CenterProfile profile;
        profile.name = name;
        profile.facilityCode = code;
        core::CenterService(db()).save(admin, profile);
    }

    ReportFixture()
    {
        const QDate since(2026, 1, 1);
        n1 = bed(QStringLiteral("A-101-1"), core::BedType::Nursing, since);
        n2 = bed(QStringLiteral("A-101-2"), core::BedType::Nursing, since);
        n3 = bed(QStringLiteral("A-102-1"), core::BedType::Nursing, since);
        n4 = bed(QStringLiteral("A-102-2"), core::BedType::Nursing, since);
        g1 = bed(QStringLiteral("B-201-1"), core::BedType::General, since);
        g2 = bed(QStringLiteral("B-201-2"), core::BedType::General, since);
        core::BedService(db()).setInService(admin, g2, false, QDate(2026, 10, 15), QStringLiteral("维修"));

        core::ResidentService residents(db());
        zhang = admit(QStringLiteral("张一"), core::ResidentCategory::TK, QDate(1940, 6, 1),
                      QDate(2026, 1, 10), n1);
        wang = admit(QStringLiteral("王二"), core::ResidentCategory::DB, QDate(1945, 11, 15),
                     QDate(2026, 3, 1), n2);
        li = admit(QStringLiteral("李三"), core::ResidentCategory::SH, QDate(1950, 1, 1), QDate(2026, 10, 31),
                   n3);
        zhao = admit(QStringLiteral("赵四"), core::ResidentCategory::TK, QDate(1942, 2, 2), QDate(2026, 5, 1),
                     g1);
        qian = admit(QStringLiteral("钱五"), core::ResidentCategory::SH, QDate(1944, 4, 4), QDate(2026, 6, 1),
                     {});
        sun = admit(QStringLiteral("孙六"), core::ResidentCategory::DBBY, QDate(1946, 6, 6),
                    QDate(2026, 6, 1), {});
        residents.discharge(admin, wang, QDate(2026, 10, 31), core::DischargeReason::Death);
        residents.discharge(admin, qian, QDate(2026, 10, 10), core::DischargeReason::Home);
        residents.discharge(admin, sun, QDate(2026, 10, 20), core::DischargeReason::Transfer);

        assess(zhang, QDate(2026, 2, 1), 70);   // level 1
        assess(wang, QDate(2026, 4, 1), 10);    // level 4
        assess(zhang, QDate(2026, 10, 31), 40); // level 3
        assess(zhao, QDate(2026, 11, 5), 50);   // level 2

        caregiver1 = staff(QStringLiteral("护工一"), core::StaffRole::Caregiver, {});
        staff(QStringLiteral("护工二"), core::StaffRole::Caregiver, QDate(2026, 10, 31));
        staff(QStringLiteral("护工三"), core::StaffRole::Caregiver, {});
        staff(QStringLiteral("护工四"), core::StaffRole::Caregiver, QDate(2026, 10, 1));
        nurse = staff(QStringLiteral("护士甲"), core::StaffRole::Nurse, {});

        core::PartnerInstitution hospital;
        hospital.name = QStringLiteral("下板城镇卫生院");
        hospital.type = core::InstitutionType::TownshipHealthCenter;
        partner = core::ReferralService(db()).addInstitution(admin, hospital);
        const QString zhaoReferral = send(zhao, at(QDate(2026, 9, 28), 10));
        core::ReferralService(db()).admit(admin, zhaoReferral, at(QDate(2026, 9, 28), 12));
        core::ReferralReturn back;
        back.at = at(QDate(2026, 10, 5), 15);
        back.diagnosis = QStringLiteral("肺炎，已好转");
        core::ReferralService(db()).recordReturn(admin, zhaoReferral, back);
        send(zhang, at(QDate(2026, 10, 31), 23, 30));
        core::ReferralService(db()).createDraft(admin, referral(li)); // a draft is not sent

        zhou = familyBed(QStringLiteral("周甲"), true, QDate(2026, 3, 1), QDate(2027, 2, 28));
        wu = familyBed(QStringLiteral("吴乙"), true, QDate(2026, 3, 1), QDate(2027, 2, 28));
        zheng = familyBed(QStringLiteral("郑丙"), false, QDate(2026, 3, 1), QDate(2026, 9, 30));
        feng = familyBed(QStringLiteral("冯丁"), false, QDate(2026, 10, 31), QDate(2027, 10, 30));
        visit(zhou, QDate(2026, 10, 12));
        visit(feng, QDate(2026, 10, 31));

        const QString choking =
            logEntry(zhang, QStringLiteral("2026-09-20T10:00:00+08:00"), QStringLiteral("CHOKING"));
        logEntry(zhang, QStringLiteral("2026-10-02T10:00:00+08:00"), QStringLiteral("OTHER"), choking);
        octoberFall = logEntry(li, QStringLiteral("2026-10-31T23:00:00+08:00"), QStringLiteral("FALL"));
        logEntry(li, QStringLiteral("2026-11-01T00:30:00+08:00"), QStringLiteral("FALL"));
    }

    core::Database& db() { return temp.db(); }

    static QDateTime at(const QDate& day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600));
    }

    QString bed(const QString& code, core::BedType type, const QDate& since)
    {
        core::Bed bed;
        const QStringList parts = code.split(QLatin1Char('-'));
        bed.code = code;
        bed.building = parts.value(0);
        bed.room = parts.value(1);
        bed.floor = bed.room.left(1);
        bed.type = type;
        bed.inServiceSince = since;
        return core::BedService(db()).addBed(admin, bed);
    }

    QString admit(const QString& name, core::ResidentCategory category, const QDate& birth,
                  const QDate& admission, const QString& bedUid)
    {
        core::ResidentInput input = person(name, birth, 1, admission, bedUid, ++sequence);
        input.category = category;
        return core::ResidentService(db()).admit(admin, input);
    }

    void assess(const QString& residentUid, const QDate& day, int total)
    {
        core::AssessmentService::Input input;
        input.residentUid = residentUid;
        input.assessedOn = day;
        input.scores = scoresForTotal(total);
        input.assessor = QStringLiteral("评估员");
        core::AssessmentService(db()).record(admin, input);
    }

    QString staff(const QString& name, core::StaffRole role, const QDate& left,
                  const QDate& hired = QDate(2020, 1, 1))
    {
        core::StaffMember member;
        member.name = name;
        member.role = role;
        if (role == core::StaffRole::Caregiver)
            member.skillLevel = 3;
        member.hireDate = hired;
        member.leaveDate = left;
        return core::StaffService(db()).add(admin, member);
    }

    core::Referral referral(const QString& residentUid)
    {
        core::Referral form;
        form.residentUid = residentUid;
        form.institutionUid = partner;
        form.department = QStringLiteral("内科");
        form.reason = QStringLiteral("发热");
        form.referringStaffUid = nurse;
        form.consent = core::Consent::Agreed;
        form.consentBy = QStringLiteral("本人");
        return form;
    }

    QString send(const QString& residentUid, const QDateTime& when)
    {
        core::ReferralService service(db());
        const QString uid = service.createDraft(admin, referral(residentUid));
        service.send(admin, uid, when);
        return uid;
    }

    QString familyBed(const QString& name, bool special, const QDate& from, const QDate& to)
    {
        core::FamilyBed elder;
        elder.name = name;
        elder.gender = 2;
        elder.birthDate = QDate(1940, 5, 6);
        elder.idNumber = makeIdNumber(elder.birthDate, elder.gender, 100 + ++sequence);
        elder.category = core::ResidentCategory::DB;
        elder.county = QStringLiteral("承德县");
        elder.township = QStringLiteral("下板城镇");
        elder.village = QStringLiteral("南沟村");
        elder.streetAddress = QStringLiteral("3组12号");
        elder.specialDifficulty = special;
        if (special)
            elder.specialReasons = {core::SpecialReason::Alone};
        core::FamilyBedService beds(db());
        const QString uid = beds.add(admin, elder);
        core::Agreement agreement;
        agreement.familyBedUid = uid;
        agreement.startsOn = from;
        agreement.endsOn = to;
        agreement.plannedVisits = 1;
        agreement.services = {core::VisitService::Visit};
        agreement.staffUid = caregiver1;
        beds.addAgreement(admin, agreement);
        return uid;
    }

    void visit(const QString& familyBedUid, const QDate& day)
    {
        core::HomeVisitService::Input input;
        input.familyBedUid = familyBedUid;
        input.staffUid = caregiver1;
        input.visitedOn = day;
        input.startTime = QTime(9, 0);
        input.minutes = 40;
        input.services = {core::VisitService::Visit};
        core::HomeVisitService(db()).record(admin, input);
    }

    // A shift-log entry with an incident, written at `writtenAt`, by the nurse on a day shift.
    QString logEntry(const QString& residentUid, const QString& writtenAt, const QString& incident,
                     const QString& correctsUid = {})
    {
        return insertIncidentBy(db(), nurse, residentUid, incident, writtenAt, correctsUid);
    }
};

} // namespace jinglao::testing
