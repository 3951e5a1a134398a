#pragma once
// The printed two-way referral forms of the basic public-health service template, as HTML for one
// A4 page each: the referral out (双向转诊（转出）单) and the return (双向转诊（回转）单), each a
// stub (存根) kept by the sender above the cut line and the form itself that goes with the
// resident. Filled from the referral, the resident, the partner and the center's details; the
// resident's ID number and phone are shown as the actor may see them (in full with
// Permission::ViewPersonalData). The UI prints or saves them through PrintedDocument (audited).

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace jinglao::core {

class Database;

struct ReferralFormText {
    QString title; // 双向转诊（转出）单 ZZ2026-0007 张淑兰
    QString html;
};

class ReferralForms {
    Q_DECLARE_TR_FUNCTIONS(ReferralForms)

public:
    enum class Kind { Out, Return };

    // The form of the referral (ViewRecords). The return form needs the return record: refused
    // (Error::conflict naming the state) before the referral was returned.
    static ReferralFormText make(Database& db, const Actor& actor, const QString& referralUid, Kind kind);

    // The translated name of the form: 双向转诊（转出）单, 双向转诊（回转）单.
    static QString formName(Kind kind);
    // The export kind the audit records ("referral_out", "referral_return").
    static QString exportKind(Kind kind);
    // The date as the forms write it (2026年11月20日 in Chinese), a blank to fill in when invalid.
    static QString formDate(const QDate& day);
};

} // namespace jinglao::core
