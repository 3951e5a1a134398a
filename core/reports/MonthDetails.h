#pragma once
// The lists of records behind a month's figures, for the report's detail pages (the XLSX's second
// sheet, the PDF): the special-difficulty family-bed elders not visited in the month, the
// referrals open at its end, the residents present at its end by care level. Taken as of the
// month's asOf from the records' history, as the figures are.

#include "auth/Actor.h"
#include "modules/MonthFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

struct MonthList {
    QString key;         // "unvisited_special_family_beds", "open_referrals", "residents_by_care_level"
    QString title;       // translated
    QStringList columns; // translated
    QList<QStringList> rows;
};

class MonthDetails {
    Q_DECLARE_TR_FUNCTIONS(MonthDetails)

public:
    // Phones and addresses as the actor may see them.
    static QList<MonthList> of(Database& db, const Actor& actor, const ReportMonth& month);

    static MonthList unvisitedSpecialFamilyBeds(Database& db, const Actor& actor, const ReportMonth& month);
    // Sent on or before asOf, neither back nor closed by then (as ReferralService::residentsAwayOn).
    static MonthList openReferrals(Database& db, const ReportMonth& month);
    // The most dependent first, those not assessed last; by pinyin within a level.
    static MonthList residentsByCareLevel(Database& db, const ReportMonth& month);
};

} // namespace jinglao::core
