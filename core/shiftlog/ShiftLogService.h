#pragma once
// 交接班记录: the nurse on duty opens a planned shift, reads and accepts the previous handover,
// writes entries (notes, per-resident notes, incidents) and closes the shift with a handover
// note. Entries of a closed shift are never changed; corrections and follow-ups are new entries.

#include "auth/Actor.h"
#include "shiftlog/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace jinglao::core {

class Database;

class ShiftLogService {
    Q_DECLARE_TR_FUNCTIONS(ShiftLogService)

public:
    // A staff member or resident to choose in a list.
    struct Choice {
        QString uid;
        QString name;
    };

    // A row of the roster the nurse may open.
    struct PlannedShift {
        QString uid;
        QString staffUid;
        QString staffName;
        QDate date;
        QString code;
        QDateTime startAt;
        QDateTime endAt;
    };

    struct Session {
        QString uid;
        QString shiftUid;
        QString staffUid;
        QString staffName;
        QDate shiftDate;
        QString shiftCode;
        QString startAt;
        QString endAt;
        QString openedAt;
        QString previousUid;
        QString handoverAcceptedAt; // empty until accepted
        QString closedAt;           // empty while open
        QString handoverNote;
        bool isClosed() const { return !closedAt.isEmpty(); }
    };

    struct Entry {
        QString uid;
        QString shiftUid;
        QDate shiftDate;
        QString shiftCode;
        QString writtenAt;
        QString authorStaffUid;
        QString authorName;
        QString summary;
        QString residentUid;
        QString residentName;
        Incident incident = Incident::None;
        QString correctsUid;     // this entry corrects that one
        QString correctsSummary; // … whose text was this
        QString correctsWrittenAt;
        QString correctedByUid; // a later entry corrects this one
        QString resolvesUid;    // this entry follows up, and closes, that incident
        QString resolvedByUid;  // a later entry closed this incident
        bool editable = false;  // its shift is still open
    };

    struct NewEntry {
        QString summary;
        QString residentUid; // empty: not about one resident
        Incident incident = Incident::None;
        QString correctsUid;
        QString resolvesUid;
    };

    // What the nurse reads first when opening a shift.
    struct Handover {
        std::optional<Session> previous;
        QList<Entry> openIncidents;
    };

    explicit ShiftLogService(Database& db);

    // The staff record linked to the logged-in account (users.staff_uid), or empty.
    QString staffUidOfActor(const Actor& actor) const;
    // Staff with a planned or worked shift that is not over at `at` and not yet closed.
    QList<Choice> staffOnDuty(const Actor& actor, const QDateTime& at) const;
    // That staff member's shifts of the day of `at` (and a night shift begun the day before)
    // that are not over and not yet closed, earliest first.
    QList<PlannedShift> shiftsToOpen(const Actor& actor, const QString& staffUid, const QDateTime& at) const;

    // Opens the shift (or returns its session when it is already open). Refused for a closed
    // shift, an absent one, or a shift of someone else than the logged-in nurse's staff record.
    Session openShift(const Actor& actor, const QString& shiftUid);
    std::optional<Session> openSessionOfStaff(const Actor& actor, const QString& staffUid) const;
    Session session(const Actor& actor, const QString& sessionUid) const;
    Handover handover(const Actor& actor, const QString& sessionUid) const;
    // The handover waiting for the next shift: the shift closed last and the open incidents,
    // read before opening one's own shift.
    Handover latestHandover(const Actor& actor) const;
    // Records when the handover was accepted; accepting twice keeps the first time. Returns it.
    QString acceptHandover(const Actor& actor, const QString& sessionUid);
    // Writes an entry into an open shift, stamped now and authored by the nurse on duty.
    QString addEntry(const Actor& actor, const QString& sessionUid, const NewEntry& entry);
    // Change or withdraw an entry while its shift is open; refused once it is closed.
    void editEntry(const Actor& actor, const QString& entryUid, const NewEntry& entry);
    void deleteEntry(const Actor& actor, const QString& entryUid);
    // Closing requires a handover note; the shift is then marked worked.
    void closeShift(const Actor& actor, const QString& sessionUid, const QString& handoverNote);

    Entry entry(const Actor& actor, const QString& entryUid) const;
    QList<Entry> entriesOfShift(const Actor& actor, const QString& shiftUid) const;
    // Incidents not followed up yet (a corrected incident counts by its correction).
    QList<Entry> openIncidents(const Actor& actor) const;
    // A resident's entries, newest first (the resident detail view).
    QList<Entry> entriesOfResident(const Actor& actor, const QString& residentUid, int limit = 200) const;
    // Risk events (falls, choking, wandering) of a resident written in the `days` days up to and
    // including asOf; corrected entries count by their correction.
    QList<Entry> riskEvents(const Actor& actor, const QString& residentUid, const QDate& asOf,
                            int days = 30) const;
    // Residents an entry may be about (present today), or every resident for filtering the log.
    QList<Choice> residentChoices(const Actor& actor, bool includeFormer) const;
    // Staff who may author entries, for filtering the log.
    QList<Choice> staffChoices(const Actor& actor) const;
    // The duty sessions of shifts on one day, by start time (the printed handover sheet).
    QList<Session> sessionsOn(const Actor& actor, const QDate& day) const;

    // Shared with ShiftLogQuery: the entry columns and how a row becomes an Entry.
    static QString entrySelect();
    static Entry entryFromRow(const QVariantMap& row);

private:
    Session requireOpenSession(const QString& sessionUid) const;
    Session loadSession(const QString& sessionUid) const;
    Entry loadEntry(const QString& entryUid) const;
    void validate(const NewEntry& entry, const QString& currentResidentUid) const;
    void requireEditable(const Entry& entry) const;
    QList<Entry> entries(const QString& where, const QVariantList& values, const QString& tail = {}) const;

    Database& m_db;
};

} // namespace jinglao::core
