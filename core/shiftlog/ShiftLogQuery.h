#pragma once
// The log across shifts, newest first, a page at a time: keyset paging on (written_at, uid) so
// that ten years of entries open as fast as one week. Used by the lazy log model.

#include "auth/Actor.h"
#include "shiftlog/Incident.h"
#include "shiftlog/ShiftLogService.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;

class ShiftLogQuery {
public:
    struct Filter {
        QDate from;                         // written on or after (invalid: no bound)
        QDate to;                           // written on or before (invalid: no bound)
        QString residentUid;                // empty: every resident and none
        QString authorStaffUid;             // empty: every author
        bool incidentsOnly = false;         // only entries recording an incident …
        Incident incident = Incident::None; // … of this kind (None: any kind)
    };

    // Throws Error::permission unless the actor may view records.
    ShiftLogQuery(Database& db, const Actor& actor, Filter filter);

    // The next `limit` entries after those already fetched; fewer at the end.
    QList<ShiftLogService::Entry> fetchNext(int limit);
    bool atEnd() const { return m_atEnd; }
    const Filter& filter() const { return m_filter; }

private:
    Database& m_db;
    Filter m_filter;
    QString m_lastWrittenAt;
    QString m_lastUid;
    bool m_atEnd = false;
};

} // namespace jinglao::core
