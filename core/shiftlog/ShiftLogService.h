#pragma once
// 交接班记录: the nurse on duty opens a planned shift, reads and accepts the previous handover,
// writes entries (notes, per-resident notes, incidents) and closes the shift with a handover
// note. Entries of a closed shift are never changed; corrections and follow-ups are new entries.

#include "auth/Actor.h"
#include "common/PersonChoice.h"
#include "shiftlog/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace jinglao::core {

class Database;

class ShiftLogService {
    Q_DECLARE_TR_FUNCTIONS(ShiftLogService)

public:
    // An incident is written in the shift it happened in or the next one: its time may lie this
    // many hours before its shift began (a whole preceding shift of either shift set), and never
    // after the entry was written.
    static constexpr int OccurrenceMarginHours = 12;
    // A nurse whose shift starts within this many minutes counts as on duty: she comes in early to
    // read the handover.
    static constexpr int EarlyArrivalMinutes = 60;

    // Whom the nurse-on-duty list offers, in this order: the logged-in account's own staff member;
    // the nurses and caregivers on duty now; then everyone else employed, doctors and managers
    // among them even when rostered. A nurse is offered only herself (she writes only her own
    // shifts); an account without a staff record nobody when it writes only its own.
    struct DutyChoices {
        std::optional<PersonChoice> own;
        QList<PersonChoice> onDuty;
        QList<PersonChoice> others;
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
        QString previousUid;        // the handover accepted (empty until then, or when there was none)
        QString handoverAcceptedAt; // empty until accepted
        QString closedAt;           // empty while open
        QString handoverNote;
        // The administrator's account that opened, accepted or closed on the nurse's behalf; empty
        // when she did it herself.
        QString openedOnBehalfBy;
        QString acceptedOnBehalfBy;
        QString closedOnBehalfBy;
        bool isClosed() const { return !closedAt.isEmpty(); }
    };

    struct Entry {
        QString uid;
        QString shiftUid;
        QDate shiftDate;
        QString shiftCode;
        QString writtenAt;
        QString
            occurredAt; // an incident's own time; empty for notes and incidents written before it was kept
        QString authorStaffUid;
        QString authorName;
        QString summary;
        QString residentUid;
        QString residentName;
        Incident incident = Incident::None;
        QString correctsUid;     // this entry corrects that one
        QString correctsSummary; // … whose text was this
        QString correctsWrittenAt;
        QString correctedByUid;    // a later entry corrects this one
        QString resolvesUid;       // this entry follows up, and closes, that incident
        QString resolvedByUid;     // a later entry closed this incident
        QString writtenOnBehalfBy; // the administrator's account that wrote it for the author, or empty
        bool editable = false;     // its shift is still open
        // When it happened: an incident's own time, else when it was written.
        QString happenedAt() const { return occurredAt.isEmpty() ? writtenAt : occurredAt; }
    };

    struct NewEntry {
        QString summary;
        QString residentUid; // empty: not about one resident
        Incident incident = Incident::None;
        QString correctsUid;
        QString resolvesUid;
        // When the incident happened (a fall at 02:10 written up at 06:30); invalid: when it is
        // written. Ignored for notes.
        QDateTime occurredAt = {};
    };

    // The shift before another in the roster: the shifts that start last before it (every person
    // rostered then), whether or not anyone has logged them.
    struct PrecedingShift {
        QDate date;
        QString code;
        QString startAt;
        QString endAt;
        QStringList staffNames;
    };

    // What the nurse reads first: the handover of the preceding shift in the roster, whenever
    // that shift closes, and the incidents still open.
    struct Handover {
        enum class State {
            First,     // no earlier shift in the roster
            Ready,     // the preceding shift was closed with its handover note (previous)
            Waiting,   // the preceding shift is still open (previous) or not handed over while it runs
            NotLogged, // the preceding shift ended and nobody logged it
        };
        State state = State::First;
        std::optional<Session> previous;
        PrecedingShift preceding;
        QList<Entry> openIncidents;
        // Accepting waits for the preceding shift to close.
        bool canAccept() const { return state != State::Waiting; }
        // Whose shift is still open, or which shift has not been handed over (translated).
        QString waitingMessage() const;
    };

    explicit ShiftLogService(Database& db);

    // The staff record linked to the logged-in account (users.staff_uid), or empty.
    QString staffUidOfActor(const Actor& actor) const;
    // True when the actor writes shift logs only for themselves (a nurse): then their account must
    // be linked to a staff record. Administrators write for anyone, recorded as on their behalf.
    static bool writesOnlyOwnShifts(const Actor& actor);
    // The nurse-on-duty list at `at` (see DutyChoices). On duty: a planned or worked shift, not yet
    // closed, that runs at `at` or starts within EarlyArrivalMinutes.
    DutyChoices dutyChoices(const Actor& actor, const QDateTime& at) const;
    // That staff member's shifts of the day of `at` (and a night shift begun the day before)
    // that are not over and not yet closed, earliest first.
    QList<PlannedShift> shiftsToOpen(const Actor& actor, const QString& staffUid, const QDateTime& at) const;

    // Opens the shift (or returns its session when it is already open). Refused for a closed
    // shift, an absent one, and for a nurse for any shift but her own (her account must be linked
    // to her staff record). An administrator opening someone's shift is recorded as doing so on
    // her behalf; the same holds for accepting, writing, editing, deleting and closing.
    Session openShift(const Actor& actor, const QString& shiftUid);
    std::optional<Session> openSessionOfStaff(const Actor& actor, const QString& staffUid) const;
    Session session(const Actor& actor, const QString& sessionUid) const;
    // The handover of an opened shift: the one accepted, or else the preceding shift's as it is now.
    Handover handover(const Actor& actor, const QString& sessionUid) const;
    // The handover a roster shift will read, before it is opened.
    Handover handoverFor(const Actor& actor, const QString& shiftUid) const;
    // Records when the handover was accepted and which it was; accepting twice keeps the first
    // time. Refused (Error::conflict, naming whose shift) while the preceding shift is open.
    QString acceptHandover(const Actor& actor, const QString& sessionUid);
    // Writes an entry into an open shift, stamped now and authored by the nurse on duty. An
    // incident's time (now when not given) is refused in the future, after the entry was written
    // and more than OccurrenceMarginHours before the shift began.
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
    // Entries with an incident that happened from..to (both days included; an incident without its
    // own time by the day it was written), a corrected incident once: by its correction. The
    // figure "incidents this month" and the county report read this.
    int incidentCount(const Actor& actor, const QDate& from, const QDate& to) const;
    // A resident's entries, newest first (the resident detail view).
    QList<Entry> entriesOfResident(const Actor& actor, const QString& residentUid, int limit = 200) const;
    // Risk events (falls, choking, wandering) of a resident that happened in the `days` days up to
    // and including asOf (by their own time, else by when they were written); corrected entries
    // count by their correction. The one window the GB/T 42195 raising rule reads.
    QList<Entry> riskEvents(const Actor& actor, const QString& residentUid, const QDate& asOf,
                            int days = 30) const;
    // The duty sessions of shifts on one day, by start time (the printed handover sheet).
    QList<Session> sessionsOn(const Actor& actor, const QDate& day) const;

    // Shared with ShiftLogQuery: the entry columns and how a row becomes an Entry.
    static QString entrySelect();
    static Entry entryFromRow(const QVariantMap& row);
    // SQL condition: the entry aliased `alias` has not been corrected by a later entry (it counts
    // itself; a corrected one counts by its correction).
    static QString notCorrected(const QString& alias);

private:
    Session requireOpenSession(const QString& sessionUid) const;
    // Refuses a nurse writing for anyone but herself; returns the on-behalf account to record
    // (the actor's name when an administrator writes for someone else, null otherwise).
    QVariant requireWriterFor(const Actor& actor, const QString& staffUid, const QString& label) const;
    Handover precedingHandover(const Actor& actor, const QString& startAt) const;
    Session loadSession(const QString& sessionUid) const;
    Entry loadEntry(const QString& entryUid) const;
    void validate(const NewEntry& entry, const QString& currentResidentUid) const;
    // The incident's time to store (null for a note): entry.occurredAt, or writtenAt when not
    // given; refused outside [shift start − OccurrenceMarginHours, writtenAt].
    QVariant checkedOccurrence(const NewEntry& entry, const QString& shiftUid,
                               const QDateTime& writtenAt) const;
    void requireEditable(const Entry& entry) const;
    QList<Entry> entries(const QString& where, const QVariantList& values, const QString& tail = {}) const;

    Database& m_db;
};

} // namespace jinglao::core
