#pragma once
// 县级汇总: the county officer's view of many centers. Reads a folder of package folders (each
// checked as an import would check it, but merged into nothing), takes each center's
// monthly_indicators row of one month — the figures its own program computed with the same code
// as its monthly report — and adds the county's totals, whose percentages and ratios are computed
// from the summed counts by the same rounding (core/common/Percent). Centers below the 55 %
// nursing-bed ratio or the 100 % special-difficulty visit rate are flagged.

#include "auth/Actor.h"
#include "common/FileFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

struct CenterFigures {
    QString folder;       // the package it was read from; empty for the county's total
    QString facilityCode; // empty for the county's total
    QString facilityName;
    QString generatedAt;
    QMap<QString, QString> figures; // monthly_indicators column → its text
    QString problem;                // why the package could not be used (translated); figures empty then
    bool belowNursingTarget = false;
    bool belowVisitTarget = false;
};

struct CountySummary {
    QString month;                // yyyy-MM
    QList<CenterFigures> centers; // by facility code
    CenterFigures county;
    QStringList months; // every month any package reports, newest first
};

class CountySummaryService {
    Q_DECLARE_TR_FUNCTIONS(CountySummaryService)

public:
    // month: yyyy-MM, or empty for the latest month any package reports. Throws
    // Error::invalidPath when folder is not a folder, Error::validation for a malformed month.
    static CountySummary read(const QString& folder, const QString& month = {});

    // The figures the county table shows, in order (monthly_indicators columns).
    static QStringList columns();
    static QString columnLabel(const QString& column);
    // Header and rows as people read them: center, code, then columns(); the county's row last.
    static QStringList header();
    static QList<QStringList> rows(const CountySummary& summary);

    // Writes the table as CSV (for spreadsheets) or XLSX, audited as an export of db's user.
    static qint64 write(Database& db, const Actor& actor, const CountySummary& summary, const QString& path,
                        FileFormat format);

    static constexpr qint64 NursingTargetTenths = 550; // 55 %
    static constexpr qint64 VisitTargetTenths = 1000;  // 100 %
};

} // namespace jinglao::core
