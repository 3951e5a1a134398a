#pragma once
// Two-way medical referrals as a module: residents away on referral keep their bed, a discharge
// closes the referral of someone away, alerts for referrals that need a step and partner
// agreements running out, the checks on referrals that came in another way, referrals.csv, and
// the demo's partners and referrals.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class ReferralsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ReferralsModule)

public:
    QString id() const override { return QStringLiteral("referrals"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    void check(const Database& db, QList<CheckFinding>& findings) const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    QSet<QString> residentsAwayOn(const Database& db, const QDate& day) const override;
    // referrals_out and referrals_returned, the average days away of those back, and the
    // resident-days spent away in the month.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;
    void residentDischarged(Database& db, RecordWriter& writer, const QString& residentUid, const QDate& day,
                            DischargeReason reason) const override;
    QList<AuditSubject> auditSubjects() const override;
    QString settingLabel(const QString& key) const override;

    // The demo step runs after the staff (who sign the forms) and before the daily records (shift
    // logs leave out the residents away on referral).
    static constexpr int DemoPhase = DemoStep::People + 5;
    // A referral sent this long ago without an admission raises an alert.
    static constexpr int SentAlertHours = 24;
    // A partner agreement ending within this many days raises an alert.
    static constexpr int AgreementAlertDays = 30;
};

} // namespace jinglao::core
