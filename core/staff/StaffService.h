#pragma once
// Staff records: adding and editing people, their leave date (former staff stay on file),
// certificates with expiry warnings and leave periods. Personal data comes back masked for
// roles without Permission::ViewPersonalData.

#include "auth/Actor.h"
#include "common/PersonChoice.h"
#include "staff/StaffMember.h"

#include <QCoreApplication>

namespace jinglao::core {

class Database;

class StaffService {
    Q_DECLARE_TR_FUNCTIONS(StaffService)

public:
    enum class Filter { Current, Former, All };
    static constexpr int CertificateWarningDays = 30;

    explicit StaffService(Database& db);

    // Validates (name, ID number, caregiver-only skill level, dates) and inserts; returns the uid.
    QString add(const Actor& actor, const StaffMember& member);
    void update(const Actor& actor, const StaffMember& member);
    // Sets (or, with an invalid date, clears) the first day the person no longer works here.
    void setLeaveDate(const Actor& actor, const QString& staffUid, const QDate& leaveDate);

    StaffMember get(const Actor& actor, const QString& staffUid) const;
    // The uid of the staff record named by its uid or its exact name (the command line's STAFF).
    // Throws Error::validation naming the text when none matches or several share the name.
    QString findUid(const Actor& actor, const QString& uidOrName) const;
    // Current: employed on day; Former: left on or before day. Sorted by role, then name.
    // search: a name as written or any spelling of it (zhang, zs, zeng for 曾), closest first.
    QList<StaffMember> list(const Actor& actor, Filter filter, const QDate& day,
                            const QString& search = {}) const;
    // The same people for a person picker: sorted by pinyin alone (not by role), closest spelling
    // first when something is typed, each with their role ("former" added for former staff).
    QList<PersonChoice> choices(const Actor& actor, Filter filter, const QDate& day,
                                const QString& search = {}) const;
    // "护士", or "护士，已离职" for someone no longer employed on day: how pickers tell people apart.
    static QString choiceDetail(const StaffMember& member, const QDate& day);

    QString addCertificate(const Actor& actor, const StaffCertificate& certificate);
    QList<StaffCertificate> certificates(const Actor& actor, const QString& staffUid) const;
    // Certificates of current staff expiring within CertificateWarningDays of day, or expired.
    QList<CertificateWarning> certificateWarnings(const Actor& actor, const QDate& day) const;

    QString addLeave(const Actor& actor, const StaffLeave& leave);
    QList<StaffLeave> leaves(const Actor& actor, const QString& staffUid) const;

    static QString fieldLabel(const char* field);

private:
    void validate(StaffMember& member) const;
    StaffMember fromRow(const Actor& actor, const QVariantMap& row) const;
    QList<StaffMember> query(const Actor& actor, Filter filter, const QDate& day, const QString& search,
                             bool byRoleFirst) const;

    Database& m_db;
};

} // namespace jinglao::core
