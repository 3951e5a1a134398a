#pragma once
// Residents: admission, edits, bed transfers, discharge and re-admission, each kept in the
// history tables (resident_stays, bed_assignments), and the searchable resident list.

#include "auth/Actor.h"
#include "common/PersonChoice.h"
#include "modules/ModuleSet.h"
#include "residents/Resident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jinglao::core {

class Database;

struct ResidentFilter {
    // CurrentOrLeftToday: the current residents and those discharged today, whom today's shift log
    // may still be about.
    enum class Presence { Current, Former, All, CurrentOrLeftToday };
    enum class Sort { Name, BedCode, Category, Age, AdmissionDate, DischargeDate, CareLevel };

    // Name, pinyin ("zhangsan"), initials ("zs"), the end of the ID number, or a bed code.
    QString search;
    Presence presence = Presence::Current;
    std::optional<ResidentCategory> category;
    // A care level 0–4, or -1 for residents never assessed.
    std::optional<int> careLevel;
    Sort sort = Sort::BedCode;
    bool descending = false;
};

class ResidentService {
    Q_DECLARE_TR_FUNCTIONS(ResidentService)

public:
    // The modules close what a discharge ends (Module::residentDischarged: a referral of someone away).
    explicit ResidentService(Database& db, ModuleSet modules = ModuleSet::standard());

    // Admits a person into a bed (input.bedUid, may be empty). A former resident's ID number
    // re-admits that person, keeping their history. Returns the resident's uid.
    QString admit(const Actor& actor, const ResidentInput& input);
    // Re-admits a discharged resident on date into bedUid.
    void readmit(const Actor& actor, const QString& residentUid, const QDate& date, const QString& bedUid);
    // Edits personal data and category (not dates or beds: those are admissions and transfers).
    void update(const Actor& actor, const QString& residentUid, const ResidentInput& input);
    // Moves a present resident to another bed from date on.
    void transfer(const Actor& actor, const QString& residentUid, const QString& toBedUid, const QDate& date,
                  const QString& reason);
    // Ends the stay on date and frees the bed.
    void discharge(const Actor& actor, const QString& residentUid, const QDate& date, DischargeReason reason);

    Resident resident(const Actor& actor, const QString& residentUid) const;
    // The emergency contact's phone in full, for the nurse who must call the family at night
    // (Permission::ViewEmergencyContacts; lists show it masked to roles without ViewPersonalData).
    // Each call is audited, so a read-only database refuses it.
    QString revealEmergencyPhone(const Actor& actor, const QString& residentUid);
    // The non-withdrawn resident with this ID number (normalized), if any.
    std::optional<Resident> findByIdNumber(const Actor& actor, const QString& idNumber) const;
    QList<ResidentStay> stays(const Actor& actor, const QString& residentUid) const;
    QList<BedAssignment> bedHistory(const Actor& actor, const QString& residentUid) const;

    // One page of the list, for lazy models.
    QList<Resident> list(const Actor& actor, const ResidentFilter& filter, int offset, int limit) const;
    int count(const Actor& actor, const ResidentFilter& filter) const;
    // The residents a person picker offers: sorted by pinyin (surnames as surnames), or closest
    // spelling first when something is typed (as list() ranks a search), each with their bed.
    QList<PersonChoice> choices(const Actor& actor, const QString& search,
                                ResidentFilter::Presence presence) const;
    // The bed a discharged resident held last, when it is free now: re-admission offers it.
    // Empty when it is taken, out of service, or the resident never held a bed.
    QString previousBedIfFree(const Actor& actor, const QString& residentUid) const;

    // The SQL condition "the resident behind alias is present on a day": one of their stays covers
    // it (admitted on or before it, not discharged by then). Binds the day as ISO text twice.
    static QString presentOnCondition(const QString& alias);

    static QString genderLabel(int gender);
    // 能力完好 … 完全失能 for 0–4; "not assessed" for -1.
    static QString careLevelLabel(int level);

    // Field names in messages.
    static QString nameLabel();
    // 人员类别, the field naming the category (特困供养 …).
    static QString categoryFieldLabel();
    static QString birthDateLabel();
    static QString genderFieldLabel();
    static QString admissionDateLabel();
    static QString bedLabel();
    static QString phoneLabel();
    static QString emergencyContactLabel();
    static QString emergencyPhoneLabel();
    static QString dateLabel();

private:
    struct Checked {
        QString name;
        QString idNumber;
        int gender = 0;
        QDate birthDate;
        ResidentCategory category = ResidentCategory::SH;
        QString phone;
        QString emergencyContact;
        QString emergencyPhone;
    };
    Checked checkPersonalData(const ResidentInput& input, const QString& exceptUid) const;
    void requireBedAvailable(const QString& bedUid, const QDate& from) const;
    void requireDateNotFuture(const QDate& date, const QString& field) const;
    QVariantMap currentAssignment(const QString& residentUid) const;
    void startStay(const Actor& actor, const QString& residentUid, const QDate& date, const QString& bedUid);
    static Resident fromRow(const QVariantMap& row);
    QString whereClause(const ResidentFilter& filter, QVariantList& values) const;

    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
