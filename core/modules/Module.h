#pragma once
// What one module of the program (residents and beds, assessments, staff and rosters, shift logs,
// accounts and audit, the center's details; later family beds, referrals, reports, county
// packages) contributes to the places the modules share: demo steps, health checks, alerts, the
// county data files it owns, and the residents it keeps away from the center while their bed is
// held. The application assembles its modules into a ModuleSet; nothing registers itself.
//
// The user interface and the command line of a module plug in beside it: ui::UiModule (pages,
// resident-detail sections, opening an alert's record) and the CLI's command list, both keyed by
// the module's id().

#include "auth/Actor.h"
#include "checks/CheckFinding.h"
#include "county/CountyFile.h"
#include "modules/Alert.h"
#include "modules/MonthFigures.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <random>

namespace jinglao::core {

class Database;
class RecordWriter;
struct DemoOptions;
enum class DischargeReason;

// How the audit log names the records of one of a module's tables (AuditSubjects): a SELECT of
// the record's uid and the columns `name` reads, to which " WHERE <alias>.uid IN (…)" is appended.
struct AuditSubject {
    QString table;
    std::function<QString()> tableLabel; // translated: 转诊记录
    QString select;
    QString alias;
    std::function<QString(const QVariantMap&)> name;
};

// One step of `jinglao-cli demo`. Steps run by phase, then in module order; each gets its own
// random generator seeded from the run's seed and the step's name, so that a step added later
// does not change what the others make.
struct DemoStep {
    enum Phase {
        Center = 10,    // the center's details
        Places = 20,    // beds, residents and their stays
        People = 30,    // staff and rosters
        Daily = 40,     // what is written day by day: shift logs, visits, referrals
        Judgement = 50, // what reads the daily records: assessments (risk events raise levels)
    };
    QString name;
    int phase = Daily;
    std::function<void(Database&, const Actor&, std::mt19937&, const DemoOptions&)> run;
};

class Module {
public:
    virtual ~Module() = default;

    // Stable, for --page, the CLI's help and tests: "residents", "assessments" …
    virtual QString id() const = 0;
    // Translated: 入住老人与床位 …
    virtual QString title() const = 0;

    virtual QList<DemoStep> demoSteps() const { return {}; }
    // The module's rule checks over stored records (jinglao-cli check).
    virtual void check(const Database& db, QList<CheckFinding>& findings) const
    {
        Q_UNUSED(db);
        Q_UNUSED(findings);
    }
    // What needs attention today, as the actor may see it.
    virtual QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const
    {
        Q_UNUSED(db);
        Q_UNUSED(actor);
        Q_UNUSED(today);
        return {};
    }
    // The data files of county-csv-spec.md this module exports and imports (beds.csv …), with
    // how it writes and reads them (core/county).
    virtual QList<CountyFile> countyFiles() const { return {}; }
    // Inside a resident's discharge and its transaction: what the module closes with it (the open
    // referral of someone away). Throwing refuses the discharge, which then changes nothing.
    virtual void residentDischarged(Database& db, RecordWriter& writer, const QString& residentUid,
                                    const QDate& day, DischargeReason reason) const
    {
        Q_UNUSED(db);
        Q_UNUSED(writer);
        Q_UNUSED(residentUid);
        Q_UNUSED(day);
        Q_UNUSED(reason);
    }
    // How the audit log names the module's own tables' records.
    virtual QList<AuditSubject> auditSubjects() const { return {}; }
    // The translated name of one of the module's settings; empty when the key is not the module's.
    virtual QString settingLabel(const QString& key) const
    {
        Q_UNUSED(key);
        return {};
    }
    // The module's figures of a month for the monthly report (ReportService): its county
    // monthly_indicators columns and its details, from the records' history as of month.asOf, so
    // that a past month gives the same figures whenever it is asked. ReportService has checked
    // that the actor may view records.
    virtual void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                              MonthFigures& figures) const
    {
        Q_UNUSED(db);
        Q_UNUSED(actor);
        Q_UNUSED(month);
        Q_UNUSED(figures);
    }
    // Residents away on day who keep their bed (a referral to a hospital holds it).
    virtual QSet<QString> residentsAwayOn(const Database& db, const QDate& day) const
    {
        Q_UNUSED(db);
        Q_UNUSED(day);
        return {};
    }
};

} // namespace jinglao::core
