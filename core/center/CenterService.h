#pragma once
// Reads and changes the center's details (CenterProfile), kept in the database's settings so
// that every PC opening the file agrees. Changing them needs ManageSettings and is audited.

#include "auth/Actor.h"
#include "center/CenterProfile.h"

#include <QCoreApplication>

namespace jinglao::core {

class Database;

class CenterService {
    Q_DECLARE_TR_FUNCTIONS(CenterService)

public:
    explicit CenterService(Database& db);

    CenterProfile profile() const;
    // The name to show: the center's, or the program's own before one is entered.
    QString displayName() const;
    // Validates (Error::validation naming the field) and stores every field in one transaction.
    void save(const Actor& actor, const CenterProfile& profile);

    // The checked form of profile: trimmed, the code in capitals. Throws Error::validation.
    static CenterProfile validated(const CenterProfile& profile);
    // The county package's rule for facility_code.
    static bool isFacilityCode(const QString& code);

    static QString nameLabel();
    static QString facilityCodeLabel();
    static QString countyLabel();
    static QString townshipLabel();
    static QString addressLabel();
    static QString contactLabel();
    static QString phoneLabel();
    // The label of one of the center's settings keys (facility_name → 机构名称), empty for others.
    static QString settingLabel(const QString& key);

private:
    Database& m_db;
};

} // namespace jinglao::core
