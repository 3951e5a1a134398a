#pragma once
// Rooms and beds: adding, editing, taking out of service, the bed map and its figures, and
// occupancy on any date from the bed history (bed_assignments).

#include "auth/Actor.h"
#include "beds/Bed.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

namespace jinglao::core {

class Database;

class BedService {
    Q_DECLARE_TR_FUNCTIONS(BedService)

public:
    // modules say which residents are away on referral and keep their bed (Module::residentsAwayOn).
    explicit BedService(Database& db, ModuleSet modules = ModuleSet::standard());

    // Adds one bed, in service from bed.inServiceSince (default today; not in the future) unless
    // bed.inService is false; an empty code is made from building, room and the next free
    // number. Returns the uid.
    QString addBed(const Actor& actor, const Bed& bed);
    // Adds count beds to a room, numbered after the room's highest bed: A-101-1, A-101-2 …, in
    // service from inServiceSince (default today). Returns the new beds' codes.
    QStringList addRoomBeds(const Actor& actor, const QString& building, const QString& floor,
                            const QString& room, int count, BedType type, bool dementiaUnit,
                            const QDate& inServiceSince = {});
    // Edits code, place, type and dementia flag (in-service state goes through setInService).
    void updateBed(const Actor& actor, const Bed& bed);
    // Takes a bed out of service from `on` (default today) with a reason (required), or puts it
    // back into service from `on` (reason optional). Refused for a future day, a day before the
    // current period began, and while a resident holds the bed on or after that day.
    void setInService(const Actor& actor, const QString& bedUid, bool inService, const QDate& on = {},
                      const QString& reason = {});
    // The bed's periods in service, earliest first.
    QList<BedServicePeriod> servicePeriods(const Actor& actor, const QString& bedUid) const;

    // For a stay from `day` until now in this bed (admission, transfer): refuses
    // (Error::validation) when the bed was out of service on `day` or after it. A day before the
    // bed's first period is accepted: a bed that held a resident was in service, and
    // recordHeldFrom moves that period's start back to the day.
    void requireInServiceFrom(const QString& bedUid, const QDate& day) const;
    // Inside the caller's transaction, after requireInServiceFrom.
    void recordHeldFrom(const Actor& actor, const QString& bedUid, const QDate& day);

    Bed bed(const Actor& actor, const QString& bedUid) const;
    // Throws Error::notFound when no bed has this code.
    Bed bedByCode(const Actor& actor, const QString& code) const;
    // Every bed, by building, floor, room and bed number.
    QList<Bed> beds(const Actor& actor) const;
    // In-service beds nobody holds, in the same order.
    QList<Bed> freeBeds(const Actor& actor) const;
    // The same, each with the present residents of its room (same building, floor and room).
    QList<FreeBed> freeBedsWithRoommates(const Actor& actor) const;
    // The present residents in the other beds of bedUid's room, by bed; exceptResidentUid (the
    // person being moved) is left out.
    QList<Roommate> roommates(const Actor& actor, const QString& bedUid,
                              const QString& exceptResidentUid = {}) const;
    // Of these roommates, those whose gender is known and not `gender`: placing a person of
    // `gender` among them asks for confirmation first. Empty when the gender is unknown.
    static QList<Roommate> otherGender(const QList<Roommate>& roommates, int gender);
    QList<BedView> bedMap(const Actor& actor) const;
    BedSummary summary(const Actor& actor) const;
    // The figures of a bed map already loaded.
    static BedSummary summarize(const QList<BedView>& beds);
    // The figures of any day up to today, from the service periods and the bed history. Refuses a
    // future day (Error::validation naming the date).
    BedSummary summaryOn(const Actor& actor, const QDate& day) const;

    // Beds held on date (bed uid → resident uid), from admissions, transfers and discharges.
    QMap<QString, QString> occupantsOn(const Actor& actor, const QDate& date) const;
    int occupancyOn(const Actor& actor, const QDate& date) const;

    // The next code for a room: "A-101-3" after A-101-1 and A-101-2 ("101-3" without building).
    QString nextCodeInRoom(const QString& building, const QString& room) const;

    static QString stateLabel(BedState state);
    // Natural order: A-101-2 before A-101-10.
    static bool codeLess(const QString& a, const QString& b);

private:
    Bed validated(const Bed& bed, const QString& exceptUid) const;
    static Bed fromRow(const QVariantMap& row);
    static QVariantMap toRow(const Bed& bed);

    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
