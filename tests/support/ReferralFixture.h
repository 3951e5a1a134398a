#pragma once
// A center with a partner hospital, a doctor and two residents in their beds, for the referral
// tests: today is 2026-11-20 09:00 (+08:00); 张淑兰 and 王德福 live in A-101-1 and A-101-2 since
// 2025-01-01; 刘医生 has worked here since 2020.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "referrals/ReferralService.h"
#include "staff/StaffService.h"

#include <QTimeZone>

namespace jinglao::testing {

struct ReferralFixture {
    FixedToday today{QDate(2026, 11, 20)};
    TempDatabase temp;
    core::Actor admin = testing::admin();
    core::Actor nurse{QStringLiteral("zhao"), core::Role::Nurse};
    QString bedA;
    QString bedB;
    QString zhang; // resident in bedA
    QString wang;  // resident in bedB
    QString doctor;
    QString hospital;

    ReferralFixture()
    {
        bedA = addBed(db(), QStringLiteral("A-101-1"));
        bedB = addBed(db(), QStringLiteral("A-101-2"));
        core::ResidentService residents(db());
        zhang = residents.admit(
            admin, person(QStringLiteral("张淑兰"), QDate(1938, 3, 5), 2, QDate(2025, 1, 1), bedA, 1));
        wang = residents.admit(
            admin, person(QStringLiteral("王德福"), QDate(1940, 7, 9), 1, QDate(2025, 1, 1), bedB, 2));
        core::StaffMember member;
        member.name = QStringLiteral("刘医生");
        member.role = core::StaffRole::Doctor;
        member.hireDate = QDate(2020, 1, 1);
        doctor = core::StaffService(db()).add(admin, member);
        core::PartnerInstitution partner;
        partner.name = QStringLiteral("下板城镇卫生院");
        partner.type = core::InstitutionType::TownshipHealthCenter;
        partner.departments = {QStringLiteral("内科"), QStringLiteral("外科")};
        partner.agreementFrom = QDate(2026, 1, 1);
        partner.agreementTo = QDate(2026, 12, 31);
        hospital = service().addInstitution(admin, partner);
    }

    core::Database& db() { return temp.db(); }
    core::ReferralService service() { return core::ReferralService(db()); }

    static QDateTime at(const QDate& day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600));
    }

    static core::ReferralReturn back(const QDateTime& when, const QString& diagnosis)
    {
        core::ReferralReturn record;
        record.at = when;
        record.diagnosis = diagnosis;
        return record;
    }

    core::Referral form(const QString& residentUid, bool consent = true)
    {
        core::Referral referral;
        referral.residentUid = residentUid;
        referral.institutionUid = hospital;
        referral.department = QStringLiteral("内科");
        referral.reason = QStringLiteral("发热三天，咳嗽咳痰");
        referral.impression = QStringLiteral("肺部感染？");
        referral.referringStaffUid = doctor;
        if (consent) {
            referral.consent = core::Consent::Agreed;
            referral.consentBy = QStringLiteral("本人");
        }
        return referral;
    }

    // A referral of residentUid sent at `sent`.
    QString sent(const QString& residentUid, const QDateTime& when)
    {
        const QString uid = service().createDraft(nurse, form(residentUid));
        service().send(nurse, uid, when);
        return uid;
    }
};

} // namespace jinglao::testing
