#pragma once
// Personal data as each role may see it, and the formula-injection escape every CSV writer
// uses. One helper for every module: lists, details, printed forms, reports.

#include "auth/Actor.h"

#include <QString>
#include <QVariantMap>

namespace jinglao::core::privacy {

QString maskIdNumber(const QString& id);     // 11010519491231002X → 1101**********002X
QString maskPhone(const QString& phone);     // 13812345678 → 138****5678
QString maskAddress(const QString& address); // keeps the first 6 characters: 河北省承德市****

// The value as actor may see it: in full with Permission::ViewPersonalData, masked otherwise.
QString shownIdNumber(const Actor& actor, const QString& id);
QString shownPhone(const Actor& actor, const QString& phone);
QString shownAddress(const Actor& actor, const QString& address);

// A record's column values (an audit row's old and new values) with ID numbers (id_number,
// …_id_number), phone numbers (phone, …_phone) and addresses (address, …_address) masked;
// shownRecordValues masks them only for actors without Permission::ViewPersonalData.
QVariantMap maskedRecordValues(const QVariantMap& values);
QVariantMap shownRecordValues(const Actor& actor, const QVariantMap& values);

// Which text cells of a CSV file get one leading apostrophe, so that a spreadsheet does not read
// them as a formula. Not for XLSX: a string cell is never a formula, so it keeps its text.
enum class FormulaRule {
    // Text beginning with = + - @, exactly as county-csv-spec.md says: the county's files
    // (monthly_indicators.csv, the county package), which other programs read by that rule.
    CountySpec,
    // The same and a leading TAB or CR, which some spreadsheets skip before reading the formula
    // after it: files made for people (lists, the audit log, the command line's CSV listings).
    Spreadsheet,
};
QString escapeFormula(const QString& text, FormulaRule rule);
// The reverse on import: one leading apostrophe before a character the rule escapes is removed.
QString unescapeFormula(const QString& text, FormulaRule rule);

} // namespace jinglao::core::privacy
