#pragma once
// User accounts: the first administrator, login with lockout after repeated failures, the
// idle-lock unlock, and the administrator's account management. Every rule is checked here, so
// the GUI and the CLI refuse the same calls.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jinglao::core {

class Database;

struct UserAccount {
    QString uid;
    QString username;
    QString displayName;
    Role role = Role::ReadOnly;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QString createdAt;
    QString staffUid; // the staff record this account writes shift logs as; empty when not linked
    QString staffName;

    bool isLockedAt(const QDateTime& when) const { return lockedUntil.isValid() && when < lockedUntil; }
};

class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int MinimumPasswordLength = 8;
    static constexpr int MaximumUsernameLength = 32;
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockoutMinutes = 5;
    // From this many wrong passwords in a row, the refusal says how many tries remain.
    static constexpr int WarnFromFailedAttempts = 3;
    static constexpr int DefaultIdleLockMinutes = 10;
    static inline const QString IdleLockMinutesKey = QStringLiteral("idle_lock_minutes");

    explicit UserService(Database& db);

    // True once any account exists; before that the GUI asks for the first administrator.
    bool hasUsers() const;
    // Creates the first administrator on a database without accounts and returns them as the
    // acting user (audited as a login). Refused with Error::conflict when an account exists.
    Actor createFirstAdministrator(const QString& username, const QString& displayName,
                                   const QString& password);

    // Checks the password and returns the logged-in actor. A wrong password counts towards the
    // lockout: the MaxFailedAttempts-th in a row locks the account for LockoutMinutes, kept in the
    // file so a restart does not lift it. Logins, failures and lockouts are audited.
    // Throws Error::permission with a message for the user.
    Actor login(const QString& username, const QString& password);
    // Unlocks a session locked for idleness: the same user, or any administrator, with their
    // password (counted like a login). Returns who unlocked it.
    Actor unlock(const Actor& sessionActor, const QString& username, const QString& password);

    // Administrator calls (Permission::ManageUsers).
    QList<UserAccount> users(const Actor& actor) const;
    // staffUid links the account to a staff record (empty: none); see linkStaff.
    UserAccount addUser(const Actor& actor, const QString& username, const QString& displayName, Role role,
                        const QString& password, const QString& staffUid = {});
    // Links the account to the staff record of the person who uses it (empty staffUid: unlinks).
    // A nurse account writes shift logs only as that person. Refused for a former staff member and
    // for a record another account is already linked to.
    void linkStaff(const Actor& actor, const QString& username, const QString& staffUid);
    // Lifts a lockout before its time (the person proved who they are to the administrator).
    // Refused with Error::conflict when the account is not locked. Audited.
    void unlockAccount(const Actor& actor, const QString& username);
    // Sets a new password and lifts a lockout.
    void resetPassword(const Actor& actor, const QString& username, const QString& newPassword);
    // The last active administrator can be neither disabled nor demoted, and nobody disables
    // their own account.
    void setDisabled(const Actor& actor, const QString& username, bool disabled);
    void setRole(const Actor& actor, const QString& username, Role role);

    // Any logged-in user, for their own account.
    void changeOwnPassword(const Actor& actor, const QString& currentPassword, const QString& newPassword);

    // Minutes of inactivity after which the GUI locks (setting "idle_lock_minutes").
    int idleLockMinutes() const;
    void setIdleLockMinutes(const Actor& actor, int minutes); // Permission::ManageSettings, 1–240

    std::optional<UserAccount> findUser(const QString& username) const;

    static void validateUsername(const QString& username);
    // What a name looks like, for telling look-alikes apart: equal for names that differ only in
    // case, width (full-width letters) or alphabet (Cyrillic or Greek letters shaped like Latin ones).
    static QString lookAlikeKey(const QString& username);
    static void validatePassword(const QString& password);

private:
    // Throws Error::conflict when username looks like another account's name (lookAlikeKey).
    void refuseLookAlike(const QString& username) const;
    Actor authenticate(const QString& username, const QString& password, const QString& purpose);
    UserAccount requireUser(const QString& username) const;
    bool isLastActiveAdministrator(const UserAccount& user) const;
    void requireLinkableStaff(const QString& staffUid, const QString& exceptUserUid) const;

    Database& m_db;
};

} // namespace jinglao::core
