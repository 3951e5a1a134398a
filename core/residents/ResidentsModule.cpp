#include "residents/ResidentsModule.h"

#include "residents/ResidentsCountyFiles.h"

#include "beds/BedChecks.h"
#include "beds/BedService.h"
#include "common/Percent.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

#include <QHash>

namespace jinglao::core {

QString ResidentsModule::title() const
{
    return tr("Residents and beds");
}

QList<DemoStep> ResidentsModule::demoSteps() const
{
    return {{QStringLiteral("beds"), DemoStep::Places, &DemoGenerator::bedsStep},
            {QStringLiteral("residents"), DemoStep::Places, &DemoGenerator::residentsStep}};
}

void ResidentsModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    BedChecks::run(db, findings);
}

QList<Alert> ResidentsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    const BedSummary beds = BedService(db).summaryOn(actor, today);
    if (!beds.nursingRatioBelowTarget())
        return {};
    //: %1 the nursing-bed ratio now, %2 the target, both in percent
    return {{Alert::Severity::Warning,
             id(),
             tr("Nursing beds are %1% of the beds in service, below the target of %2% (%3 of %4).")
                 .arg(beds.nursingRatio() * 100.0, 0, 'f', 1)
                 .arg(BedSummary::NursingRatioTarget * 100.0, 0, 'f', 0)
                 .arg(beds.nursing)
                 .arg(beds.inService),
             {}}};
}

QList<CountyFile> ResidentsModule::countyFiles() const
{
    return {ResidentsCountyFiles::beds(), ResidentsCountyFiles::residents()};
}

void ResidentsModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                   MonthFigures& figures) const
{
    using Kind = MonthFigure::Kind;
    // Beds from the service periods and the bed history; those away on referral keep theirs.
    const BedSummary beds = BedService(db, *month.modules).summaryOn(actor, month.asOf);
    const QString bedSection = tr("Beds");
    figures.addCount(QStringLiteral("beds_total"), bedSection, tr("Beds in service"), beds.inService);
    figures.addCount(QStringLiteral("nursing_beds"), bedSection, tr("Nursing beds in service"), beds.nursing);
    figures.addTenths(QStringLiteral("nursing_bed_ratio"), bedSection, tr("Nursing-bed ratio"), Kind::Percent,
                      beds.inService > 0 ? std::optional(percent::tenthsHalfUp(beds.nursing, beds.inService))
                                         : std::nullopt);
    figures.addCount(QStringLiteral("beds_occupied"), bedSection, tr("Beds occupied (those away included)"),
                     beds.occupied);
    figures.addTenths(QStringLiteral("occupancy_rate"), bedSection, tr("Occupancy rate"), Kind::Percent,
                      beds.inService > 0 ? std::optional(percent::tenthsHalfUp(beds.occupied, beds.inService))
                                         : std::nullopt);
    figures.addCount(QStringLiteral("beds_held"), bedSection, tr("Beds held for residents away on referral"),
                     beds.held);
    figures.addCount(QStringLiteral("beds_out_of_service"), bedSection, tr("Beds out of service"),
                     beds.outOfService);

    const QString day = month.asOf.toString(Qt::ISODate);
    const QList<QVariantMap> present = sql::rows(
        db,
        QStringLiteral("SELECT r.category, r.birth_date FROM residents r WHERE r.deleted = 0 AND ") +
            ResidentService::presentOnCondition(QStringLiteral("r")),
        {day, day});
    const QString residentSection = tr("Residents");
    figures.addCount(QStringLiteral("residents_total"), residentSection, tr("Residents present"),
                     present.size());
    QHash<QString, qint64> byCategory;
    qint64 ageSum = 0;
    for (const QVariantMap& row : present) {
        byCategory[row.value(QStringLiteral("category")).toString()] += 1;
        const QDate birth =
            QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        int age = month.asOf.year() - birth.year(); // in full years on the day
        if (birth.addYears(age) > month.asOf)
            --age;
        ageSum += age;
    }
    for (const ResidentCategory category : residentCategoryCodes().values()) {
        const QString code = residentCategoryCodes().code(category);
        figures.addCount(category == ResidentCategory::TK ? QStringLiteral("residents_tk")
                                                          : QStringLiteral("residents_category_") + code,
                         residentSection, residentCategoryCodes().label(category), byCategory.value(code));
    }
    figures.addTenths(
        QStringLiteral("residents_average_age"), residentSection, tr("Average age (years)"), Kind::Tenths,
        present.isEmpty() ? std::nullopt : std::optional(percent::ratioTenthsHalfUp(ageSum, present.size())));

    // Admissions and discharges are the stays that began or ended in the month (up to asOf).
    const QString first = month.first.toString(Qt::ISODate);
    figures.addCount(
        QStringLiteral("admissions"), residentSection, tr("Admissions in the month"),
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM resident_stays s JOIN residents r ON r.uid = "
                                   "s.resident_uid WHERE s.deleted = 0 AND r.deleted = 0 AND "
                                   "s.admission_date BETWEEN ? AND ?"),
                    {first, day})
            .toLongLong());
    QHash<QString, qint64> byReason;
    qint64 discharges = 0;
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral("SELECT s.discharge_reason, count(*) AS n FROM resident_stays s JOIN residents "
                            "r ON r.uid = s.resident_uid WHERE s.deleted = 0 AND r.deleted = 0 AND "
                            "s.discharge_date BETWEEN ? AND ? GROUP BY s.discharge_reason"),
             {first, day})) {
        const qint64 count = row.value(QStringLiteral("n")).toLongLong();
        byReason[row.value(QStringLiteral("discharge_reason")).toString()] += count;
        discharges += count;
    }
    figures.addCount(QStringLiteral("discharges"), residentSection, tr("Discharges in the month"),
                     discharges);
    for (const DischargeReason reason : dischargeReasonCodes().values()) {
        const QString code = dischargeReasonCodes().code(reason);
        //: %1 a discharge reason: 回家, 死亡 …
        figures.addCount(QStringLiteral("discharges_") + code, residentSection,
                         tr("Discharged: %1").arg(dischargeReasonCodes().label(reason)),
                         byReason.value(code));
    }
}

} // namespace jinglao::core
