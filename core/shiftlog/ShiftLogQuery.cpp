#include "shiftlog/ShiftLogQuery.h"

#include "storage/Sql.h"

#include <QStringList>

namespace jinglao::core {

ShiftLogQuery::ShiftLogQuery(Database& db, const Actor& actor, Filter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{
    actor.require(Permission::ViewRecords);
}

QList<ShiftLogService::Entry> ShiftLogQuery::fetchNext(int limit)
{
    if (m_atEnd || limit <= 0)
        return {};
    QStringList conditions{QStringLiteral("l.deleted = 0")};
    QVariantList values;
    // written_at is ISO 8601 text, so date bounds are prefix comparisons that use the indexes.
    if (m_filter.from.isValid()) {
        conditions.append(QStringLiteral("l.written_at >= ?"));
        values.append(m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        conditions.append(QStringLiteral("l.written_at < ?"));
        values.append(m_filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (!m_filter.residentUid.isEmpty()) {
        conditions.append(QStringLiteral("l.resident_uid = ?"));
        values.append(m_filter.residentUid);
    }
    if (!m_filter.authorStaffUid.isEmpty()) {
        conditions.append(QStringLiteral("l.author_staff_uid = ?"));
        values.append(m_filter.authorStaffUid);
    }
    if (m_filter.incidentsOnly) {
        if (m_filter.incident == Incident::None) {
            conditions.append(QStringLiteral("l.incident IS NOT NULL"));
        } else {
            conditions.append(QStringLiteral("l.incident = ?"));
            values.append(incidentCodes().code(m_filter.incident));
        }
    }
    if (!m_lastUid.isEmpty()) {
        // The redundant "<=" lets the index seek straight to the page start.
        conditions.append(QStringLiteral("l.written_at <= ? AND (l.written_at < ? OR l.uid < ?)"));
        values << m_lastWrittenAt << m_lastWrittenAt << m_lastUid;
    }
    values.append(limit);
    QList<ShiftLogService::Entry> page;
    QSqlQuery query = sql::exec(m_db,
                                ShiftLogService::entrySelect() + QStringLiteral("WHERE ") +
                                    conditions.join(QStringLiteral(" AND ")) +
                                    QStringLiteral(" ORDER BY l.written_at DESC, l.uid DESC LIMIT ?"),
                                values);
    while (query.next())
        page.append(ShiftLogService::entryFromRow(sql::currentRow(query)));
    if (page.size() < limit)
        m_atEnd = true;
    if (!page.isEmpty()) {
        m_lastWrittenAt = page.constLast().writtenAt;
        m_lastUid = page.constLast().uid;
    }
    return page;
}

} // namespace jinglao::core
