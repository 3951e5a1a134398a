#include "auth/UserService.h"

#include "auth/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Uid.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <optional>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

namespace jinglao::core {

namespace {
const QString usersTable = QStringLiteral("users");

UserAccount accountFromRow(const QVariantMap& row)
{
    UserAccount user;
    user.uid = row.value(QStringLiteral("uid")).toString();
    user.username = row.value(QStringLiteral("username")).toString();
    user.displayName = row.value(QStringLiteral("display_name")).toString();
    user.role = roleCodes().fromCode(row.value(QStringLiteral("role")).toString()).value_or(Role::ReadOnly);
    user.disabled = row.value(QStringLiteral("disabled")).toInt() != 0;
    user.failedAttempts = row.value(QStringLiteral("failed_attempts")).toInt();
    const QVariant lockedUntil = row.value(QStringLiteral("locked_until"));
    if (!lockedUntil.isNull())
        user.lockedUntil = Clock::parseTimestamp(lockedUntil.toString());
    user.createdAt = row.value(QStringLiteral("created_at")).toString();
    user.staffUid = row.value(QStringLiteral("staff_uid")).toString();
    user.staffName = row.value(QStringLiteral("staff_name")).toString();
    return user;
}

// display_name is NOT NULL: a null QString would bind as NULL.
QString cleanDisplayName(const QString& name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

// Failed logins are audited under the name that was typed (it may not exist), cut to a sane length.
Actor attemptActor(const QString& username)
{
    const QString typed = username.trimmed().left(UserService::MaximumUsernameLength);
    return Actor(typed.isEmpty() ? QStringLiteral("(empty)") : typed, Role::ReadOnly);
}

// A stored hash to check against when the user does not exist, so that an unknown name takes
// as long to refuse as a wrong password.
const QString& dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user"));
    return hash;
}
} // namespace

UserService::UserService(Database& db)
    : m_db(db)
{}

bool UserService::hasUsers() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0")).toLongLong() > 0;
}

void UserService::validateUsername(const QString& username)
{
    const QString label = tr("User name");
    if (username.isEmpty())
        throw Error::validation(label, username, tr("is required"));
    if (username.size() > MaximumUsernameLength)
        throw Error::validation(label, username,
                                tr("is longer than %1 characters").arg(MaximumUsernameLength));
    for (const QChar c : username) {
        if (c.isSpace())
            throw Error::validation(label, username, tr("may not contain spaces"));
        if (!c.isPrint())
            throw Error::validation(label, username,
                                    tr("may not contain control or invisible characters (U+%1)")
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                        .toUpper());
        // ':' is reserved for the command line's "cli:<os user>" audit names; the full-width
        // '：' (and any other form of it) would read the same in the audit log.
        if (QString(c).normalized(QString::NormalizationForm_KC) == QStringLiteral(":"))
            throw Error::validation(label, username, tr("may not contain a colon (: or ：)"));
    }
}

QString UserService::lookAlikeKey(const QString& username)
{
    // Width and compatibility forms folded (ｗａｎｇ → wang), case folded, then Unicode's
    // confusable skeleton (UTS #39: Cyrillic а → a, Greek ο → o …).
    const QString folded = username.normalized(QString::NormalizationForm_KC).toCaseFolded();
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* checker = uspoof_open(&status);
    if (U_FAILURE(status))
        return folded;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(
        checker, 0,
        icu::UnicodeString(reinterpret_cast<const UChar*>(folded.utf16()), int32_t(folded.size())), skeleton,
        &status);
    uspoof_close(checker);
    if (U_FAILURE(status))
        return folded;
    return QString(reinterpret_cast<const QChar*>(skeleton.getBuffer()), skeleton.length()).toCaseFolded();
}

void UserService::refuseLookAlike(const QString& username) const
{
    const QString key = lookAlikeKey(username);
    // Withdrawn accounts too: their names stay in the audit log.
    for (const QVariantMap& row : sql::rows(m_db, QStringLiteral("SELECT username FROM users"))) {
        const QString existing = row.value(QStringLiteral("username")).toString();
        if (existing != username && lookAlikeKey(existing) == key)
            throw Error::conflict(
                tr("The user name %1 looks like the existing account %2 (the letters differ "
                   "only in case, width or alphabet), so the audit log could not tell them "
                   "apart. Choose a name that cannot be mistaken for it.")
                    .arg(username, existing));
    }
}

void UserService::validatePassword(const QString& password)
{
    // The value itself is never put into a message.
    if (password.size() < MinimumPasswordLength)
        throw Error::validation(tr("Password"), QVariant(),
                                tr("must have at least %1 characters").arg(MinimumPasswordLength));
}

std::optional<UserAccount> UserService::findUser(const QString& username) const
{
    const QVariantMap row =
        sql::row(m_db,
                 QStringLiteral("SELECT u.*, st.name AS staff_name FROM users u LEFT JOIN staff "
                                "st ON st.uid = u.staff_uid WHERE u.username = ? AND u.deleted = 0"),
                 {username});
    if (row.isEmpty())
        return std::nullopt;
    return accountFromRow(row);
}

UserAccount UserService::requireUser(const QString& username) const
{
    const std::optional<UserAccount> user = findUser(username);
    if (!user)
        throw Error::notFound(tr("There is no user account %1.").arg(username));
    return *user;
}

bool UserService::isLastActiveAdministrator(const UserAccount& user) const
{
    if (user.role != Role::Administrator || user.disabled)
        return false;
    const qint64 others =
        sql::scalar(
            m_db,
            QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0 AND deleted = 0 "
                           "AND uid <> ?"),
            {roleCodes().code(Role::Administrator), user.uid})
            .toLongLong();
    return others == 0;
}

Actor UserService::createFirstAdministrator(const QString& username, const QString& displayName,
                                            const QString& password)
{
    validateUsername(username);
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password);
    Transaction transaction(m_db);
    if (hasUsers())
        throw Error::conflict(tr("The first administrator already exists; log in instead."));
    const QString uid = uid::create();
    const Actor actor(username, Role::Administrator, uid);
    RecordWriter writer(m_db, actor);
    writer.insert(usersTable, {{QStringLiteral("uid"), uid},
                               {QStringLiteral("username"), username},
                               {QStringLiteral("display_name"), cleanDisplayName(displayName)},
                               {QStringLiteral("role"), roleCodes().code(Role::Administrator)},
                               {QStringLiteral("password_hash"), hash}});
    AuditLog::recordEvent(m_db, actor, AuditLog::Action::Login, QStringLiteral("first administrator created"),
                          usersTable, uid);
    transaction.commit();
    return actor;
}

Actor UserService::login(const QString& username, const QString& password)
{
    return authenticate(username, password, QStringLiteral("login"));
}

Actor UserService::unlock(const Actor& sessionActor, const QString& username, const QString& password)
{
    const Actor who = authenticate(username, password, QStringLiteral("unlock"));
    const bool sameUser = !sessionActor.userUid().isEmpty() && who.userUid() == sessionActor.userUid();
    if (!sameUser && who.role() != Role::Administrator)
        throw Error::permission(
            tr("Only %1 or an administrator can unlock this session.").arg(sessionActor.name()));
    return who;
}

Actor UserService::authenticate(const QString& username, const QString& password, const QString& purpose)
{
    // The counters are written directly rather than through RecordWriter: they are security
    // state, not a record, and each change is audited as a LOGIN_FAILED or LOCKOUT event.
    // A read-only file (write-protected folder or medium) can still be opened for reading: the
    // password is checked, but nothing can be counted or audited there.
    const QString wrongCredentials = tr("Wrong user name or password.");
    const bool recording = !m_db.isReadOnly();
    std::optional<Transaction> transaction;
    if (recording)
        transaction.emplace(m_db);
    const auto record = [&](const Actor& who, AuditLog::Action action, const QString& detail,
                            const QString& uid = {}) {
        if (recording)
            AuditLog::recordEvent(m_db, who, action, detail, uid.isEmpty() ? QString() : usersTable, uid);
    };
    const auto update = [&](const QString& statement, const QVariantList& values) {
        if (recording)
            sql::exec(m_db, statement, values);
    };
    const auto commit = [&] {
        if (transaction)
            transaction->commit();
    };
    const std::optional<UserAccount> found = findUser(username);
    if (!found) {
        PasswordHasher::verify(password, dummyHash());
        record(attemptActor(username), AuditLog::Action::LoginFailed,
               purpose + QStringLiteral(": unknown user"));
        commit();
        throw Error::permission(wrongCredentials);
    }
    const UserAccount& user = *found;
    const Actor attempt(user.username, user.role, user.uid);
    if (user.disabled) {
        record(attempt, AuditLog::Action::LoginFailed, purpose + QStringLiteral(": account disabled"),
               user.uid);
        commit();
        throw Error::permission(tr("The account %1 is disabled. Ask an administrator.").arg(user.username));
    }
    const QDateTime now = Clock::now();
    const QString lockedMessage = tr("The account %1 is locked after %2 failed attempts. Try again after %3.")
                                      .arg(user.username)
                                      .arg(MaxFailedAttempts);
    if (user.isLockedAt(now)) {
        record(attempt, AuditLog::Action::LoginFailed, purpose + QStringLiteral(": account locked"),
               user.uid);
        commit();
        throw Error::permission(lockedMessage.arg(user.lockedUntil.toString(QStringLiteral("HH:mm"))));
    }

    const QString stored =
        sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE uid = ?"), {user.uid})
            .toString();
    if (!PasswordHasher::verify(password, stored)) {
        // After an expired lock the count starts again.
        const int failed = (user.lockedUntil.isValid() ? 0 : user.failedAttempts) + 1;
        if (failed >= MaxFailedAttempts) {
            const QDateTime until = now.addSecs(qint64(LockoutMinutes) * 60);
            update(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE uid = ?"),
                   {failed, Clock::timestamp(until), user.uid});
            record(attempt, AuditLog::Action::Lockout,
                   purpose + QStringLiteral(": locked until %1 after %2 failed attempts")
                                 .arg(Clock::timestamp(until))
                                 .arg(failed),
                   user.uid);
            commit();
            throw Error::permission(lockedMessage.arg(until.toString(QStringLiteral("HH:mm"))));
        }
        update(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = NULL WHERE uid = ?"),
               {failed, user.uid});
        record(attempt, AuditLog::Action::LoginFailed,
               purpose + QStringLiteral(": wrong password (%1 of %2)").arg(failed).arg(MaxFailedAttempts),
               user.uid);
        commit();
        if (failed < WarnFromFailedAttempts)
            throw Error::permission(wrongCredentials);
        const int remaining = MaxFailedAttempts - failed;
        throw Error::permission(
            wrongCredentials + QLatin1Char(' ') +
            tr("After %n more wrong password(s) the account is locked for %1 minutes.", nullptr, remaining)
                .arg(LockoutMinutes));
    }

    update(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE uid = ?"),
           {user.uid});
    record(attempt, AuditLog::Action::Login, purpose, user.uid);
    commit();
    return attempt;
}

QList<UserAccount> UserService::users(const Actor& actor) const
{
    actor.require(Permission::ManageUsers);
    QList<UserAccount> result;
    for (const QVariantMap& row : sql::rows(
             m_db, QStringLiteral("SELECT u.*, st.name AS staff_name FROM users u LEFT JOIN staff st ON "
                                  "st.uid = u.staff_uid WHERE u.deleted = 0 ORDER BY u.username")))
        result.append(accountFromRow(row));
    return result;
}

UserAccount UserService::addUser(const Actor& actor, const QString& username, const QString& displayName,
                                 Role role, const QString& password, const QString& staffUid)
{
    actor.require(Permission::ManageUsers);
    validateUsername(username);
    validatePassword(password);
    if (!staffUid.isEmpty())
        requireLinkableStaff(staffUid, QString());
    const QString hash = PasswordHasher::hash(password);
    Transaction transaction(m_db);
    if (sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE username = ?"), {username})
            .toLongLong() > 0)
        throw Error::conflict(tr("A user account %1 already exists.").arg(username));
    refuseLookAlike(username);
    RecordWriter(m_db, actor)
        .insert(usersTable,
                {{QStringLiteral("username"), username},
                 {QStringLiteral("display_name"), cleanDisplayName(displayName)},
                 {QStringLiteral("role"), roleCodes().code(role)},
                 {QStringLiteral("password_hash"), hash},
                 {QStringLiteral("staff_uid"), staffUid.isEmpty() ? QVariant() : QVariant(staffUid)}});
    const UserAccount created = requireUser(username);
    transaction.commit();
    return created;
}

void UserService::requireLinkableStaff(const QString& staffUid, const QString& exceptUserUid) const
{
    const QVariantMap staff = sql::row(
        m_db, QStringLiteral("SELECT name, leave_date FROM staff WHERE uid = ? AND deleted = 0"), {staffUid});
    if (staff.isEmpty())
        throw Error::validation(tr("Staff record"), staffUid, tr("does not exist"));
    const QString name = staff.value(QStringLiteral("name")).toString();
    const QString left = staff.value(QStringLiteral("leave_date")).toString();
    if (!left.isEmpty() && left <= Clock::today().toString(Qt::ISODate))
        throw Error::validation(tr("Staff record"), name, tr("left on %1").arg(left));
    const QVariant other = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT username FROM users WHERE staff_uid = ? AND deleted = 0 AND uid <> coalesce(?, '')"),
        {staffUid, exceptUserUid});
    if (other.isValid())
        throw Error::conflict(
            tr("%1's staff record is already linked to the account %2.").arg(name, other.toString()));
}

void UserService::linkStaff(const Actor& actor, const QString& username, const QString& staffUid)
{
    actor.require(Permission::ManageUsers);
    Transaction transaction(m_db);
    const UserAccount user = requireUser(username);
    if (!staffUid.isEmpty())
        requireLinkableStaff(staffUid, user.uid);
    RecordWriter(m_db, actor)
        .update(usersTable, user.uid,
                {{QStringLiteral("staff_uid"), staffUid.isEmpty() ? QVariant() : QVariant(staffUid)}});
    transaction.commit();
}

void UserService::unlockAccount(const Actor& actor, const QString& username)
{
    actor.require(Permission::ManageUsers);
    Transaction transaction(m_db);
    const UserAccount user = requireUser(username);
    if (!user.isLockedAt(Clock::now()))
        throw Error::conflict(tr("The account %1 is not locked.").arg(user.username));
    RecordWriter(m_db, actor)
        .update(usersTable, user.uid,
                {{QStringLiteral("failed_attempts"), 0}, {QStringLiteral("locked_until"), QVariant()}});
    transaction.commit();
}

void UserService::resetPassword(const Actor& actor, const QString& username, const QString& newPassword)
{
    actor.require(Permission::ManageUsers);
    validatePassword(newPassword);
    const QString hash = PasswordHasher::hash(newPassword);
    Transaction transaction(m_db);
    const UserAccount user = requireUser(username);
    RecordWriter(m_db, actor)
        .update(usersTable, user.uid,
                {{QStringLiteral("password_hash"), hash},
                 {QStringLiteral("failed_attempts"), 0},
                 {QStringLiteral("locked_until"), QVariant()}});
    transaction.commit();
}

void UserService::setDisabled(const Actor& actor, const QString& username, bool disabled)
{
    actor.require(Permission::ManageUsers);
    Transaction transaction(m_db);
    const UserAccount user = requireUser(username);
    if (disabled && !actor.userUid().isEmpty() && user.uid == actor.userUid())
        throw Error::conflict(tr("You cannot disable your own account."));
    if (disabled && isLastActiveAdministrator(user))
        throw Error::conflict(
            tr("%1 is the last active administrator and cannot be disabled.").arg(username));
    RecordWriter(m_db, actor).update(usersTable, user.uid, {{QStringLiteral("disabled"), disabled ? 1 : 0}});
    transaction.commit();
}

void UserService::setRole(const Actor& actor, const QString& username, Role role)
{
    actor.require(Permission::ManageUsers);
    Transaction transaction(m_db);
    const UserAccount user = requireUser(username);
    if (role != Role::Administrator && isLastActiveAdministrator(user))
        throw Error::conflict(
            tr("%1 is the last active administrator and must keep that role.").arg(username));
    RecordWriter(m_db, actor)
        .update(usersTable, user.uid, {{QStringLiteral("role"), roleCodes().code(role)}});
    transaction.commit();
}

void UserService::changeOwnPassword(const Actor& actor, const QString& currentPassword,
                                    const QString& newPassword)
{
    if (actor.userUid().isEmpty())
        throw Error::permission(
            tr("%1 has no user account whose password could be changed.").arg(actor.name()));
    validatePassword(newPassword);
    Transaction transaction(m_db);
    const QString stored =
        sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE uid = ? AND deleted = 0"),
                    {actor.userUid()})
            .toString();
    if (!PasswordHasher::verify(currentPassword, stored))
        throw Error::validation(tr("Current password"), QVariant(), tr("is wrong"));
    RecordWriter(m_db, actor)
        .update(usersTable, actor.userUid(),
                {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)}});
    transaction.commit();
}

int UserService::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = Settings(m_db).value(IdleLockMinutesKey).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultIdleLockMinutes;
}

void UserService::setIdleLockMinutes(const Actor& actor, int minutes)
{
    actor.require(Permission::ManageSettings);
    if (minutes < 1 || minutes > 240)
        throw Error::validation(tr("Idle lock"), minutes, tr("must be between 1 and 240 minutes"));
    Settings(m_db).setValue(actor, IdleLockMinutesKey, QString::number(minutes));
}

} // namespace jinglao::core
