#pragma once
// The family-bed registry (家庭养老床位) and its service agreements (服务协议): registering an
// elder with the same ID-number checks as residents, and agreements whose state comes from their
// dates; renewals keep the history, an agreement is ended (with a day and a reason), never deleted.
// Registering and agreements need ManageFamilyBeds; personal data is shown as the actor may see it.

#include "auth/Actor.h"
#include "familybeds/FamilyBed.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jinglao::core {

class Database;

class FamilyBedService {
    Q_DECLARE_TR_FUNCTIONS(FamilyBedService)

public:
    // What the registry shows: a search as list() takes it, special-difficulty elders or the
    // others, and the state of their agreement on the day.
    struct Filter {
        enum class Agreements { Any, Active, Upcoming, Ended, None };
        QString search;
        std::optional<bool> special; // nullopt: both
        Agreements agreements = Agreements::Any;
    };

    explicit FamilyBedService(Database& db);

    // Checks every field (Error::validation naming it) and writes the elder. Returns the uid.
    QString add(const Actor& actor, const FamilyBed& input);
    void update(const Actor& actor, const FamilyBed& input);
    // With its care level in force (FamilyBed::currentLevel): its latest assessment's, else the
    // entered one.
    FamilyBed familyBed(const Actor& actor, const QString& uid) const;
    // Every family bed, by pinyin; search takes a name, pinyin (both readings of a surname) or
    // initials, closest matches first.
    QList<FamilyBed> list(const Actor& actor, const QString& search = {}) const;
    // The family beds matching filter on day, in list()'s order, each with the agreement that
    // matters on day (FamilyBedListing).
    QList<FamilyBedListing> overview(const Actor& actor, const Filter& filter, const QDate& day) const;

    // A new agreement for a family bed; refused when it overlaps another of the same bed.
    QString addAgreement(const Actor& actor, const Agreement& input);
    // A renewal: a new agreement starting after the renewed one's last day, naming it.
    QString renewAgreement(const Actor& actor, const QString& agreementUid, const Agreement& next);
    // Ends an agreement early: `on` is its last day of service (not before it started, not in the
    // future beyond its agreed end); the reason is required.
    void endAgreement(const Actor& actor, const QString& agreementUid, const QDate& on,
                      const QString& reason);
    // The bed's agreements, earliest first.
    QList<Agreement> agreements(const Actor& actor, const QString& familyBedUid) const;
    Agreement agreement(const Actor& actor, const QString& agreementUid) const;
    // The agreement covering day, if any.
    std::optional<Agreement> agreementOn(const QString& familyBedUid, const QDate& day) const;

    static QString nameLabel();
    static QString addressLabel();
    static QString countyLabel();
    static QString townshipLabel();
    static QString villageLabel();
    static QString streetLabel();
    static QString specialReasonsLabel();
    static QString careLevelLabel();
    static QString careLevelDateLabel();
    static QString careLevelSourceLabel();
    // The source of a care level that comes from an assessment (FamilyBed::currentLevelSource).
    static QString assessedSource(const QString& assessor);
    // The care level in force with its source and date, as documents and the detail view show it.
    static QString currentCareLevelText(const FamilyBed& bed);
    static QString startLabel();
    static QString endLabel();
    static QString plannedVisitsLabel();
    static QString servicesLabel();
    static QString staffLabel();
    static QString endReasonLabel();
    static QString agreementStateLabel(Agreement::State state);

private:
    FamilyBed checked(const FamilyBed& input) const;
    Agreement checkedAgreement(const Agreement& input, const QString& exceptUid) const;
    static QVariantMap values(const FamilyBed& bed);
    FamilyBed fromRow(const Actor& actor, const QVariantMap& row) const;
    static Agreement agreementFromRow(const QVariantMap& row);

    Database& m_db;
};

} // namespace jinglao::core
