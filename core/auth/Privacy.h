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

// Text beginning with = + - @, a TAB or a CR gets one leading apostrophe (county spec, CSV files:
// a spreadsheet reads such a cell as a formula, and some skip a leading TAB or CR and read the
// formula after it). Not for XLSX: a string cell is never a formula, so it keeps its text.
QString escapeFormula(const QString& text);
// The reverse on import: one leading apostrophe before = + - @, a TAB or a CR is removed.
QString unescapeFormula(const QString& text);

} // namespace jinglao::core::privacy
